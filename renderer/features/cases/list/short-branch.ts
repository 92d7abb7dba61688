/**
 * A branch name without the bank's name that the plaintiff's name already states, so a column of
 * "云岭银行股份有限公司昆明分行" reads 昆明分行 (the full name stays in the cell's tooltip). A name that shares
 * too little with the plaintiff's is shown whole.
 */
export function shortBranch(branch: string, plaintiffName: string): string {
  let shared = 0;
  while (shared < branch.length && shared < plaintiffName.length && branch[shared] === plaintiffName[shared]) shared += 1;
  // Cut only after a whole organisation word, so 云岭银行昆明分行 under 云岭银行股份… keeps its meaning either way.
  const cut = Math.max(branch.lastIndexOf('公司', shared) + 2, branch.lastIndexOf('银行', shared) + 2);
  return cut >= 4 && cut < branch.length && cut <= shared ? branch.slice(cut) : branch;
}
