/**
 * A path the batch names inside its output folder, as a full path to show: the services name the manifest and
 * each case's files relative to the job's folder. The separator is the folder's own (\ on Windows, / elsewhere).
 */
export function insideFolder(folder: string, name: string): string {
  if (name.startsWith('/') || /^[A-Za-z]:[\\/]/.test(name) || folder === '') return name;
  const separator = folder.includes('\\') && !folder.includes('/') ? '\\' : '/';
  const joined = folder.endsWith(separator) ? folder : folder + separator;
  return joined + (separator === '\\' ? name.replace(/\//g, '\\') : name);
}

/** A case's file named without its case folder, which the table shows once above the files. */
export function withinCaseFolder(caseFolder: string, name: string): string {
  return caseFolder && name.startsWith(`${caseFolder}/`) ? name.slice(caseFolder.length + 1) : name;
}
