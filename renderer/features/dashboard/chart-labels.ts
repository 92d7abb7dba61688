/**
 * Short names for chart axes. Branch and court names in one chart usually share a long head
 * (云岭银行股份有限公司第1分行, 云岭银行股份有限公司第2分行 …) that truncates every label to the same text;
 * the distinctive part is what follows the shared head, cut at the end of a whole word of the name
 * (公司, 银行, 中心, a city or district), so 第1分行 keeps its 第.
 */

/** Words after which a shared head may be cut: organisation forms and place names, longest first. */
const headEnds = ['股份有限公司', '有限责任公司', '有限公司', '信用卡中心', '公司', '银行', '中心', '自治州', '省', '市', '区', '县', '州'];

function commonHead(names: readonly string[]): string {
  let head = names[0] ?? '';
  for (const name of names.slice(1)) {
    let length = 0;
    while (length < head.length && length < name.length && head[length] === name[length]) length++;
    head = head.slice(0, length);
  }
  return head;
}

/** The longest start of `head` that ends with one of the cut words; '' when there is none. */
function cutAtWord(head: string): string {
  for (let end = head.length; end > 0; end--) {
    const start = head.slice(0, end);
    if (headEnds.some((word) => start.endsWith(word))) return start;
  }
  return '';
}

/**
 * Each name without the head all of them share (two names at least), e.g. 云岭银行股份有限公司第1分行 and
 * …昆明分行 → 第1分行 and 昆明分行. A name that would be left empty, or a single name, stays whole.
 */
export function shortNames(names: readonly string[]): string[] {
  if (names.length < 2) return [...names];
  const head = cutAtWord(commonHead(names));
  if (!head || names.some((name) => name.length <= head.length)) return [...names];
  return names.map((name) => name.slice(head.length));
}
