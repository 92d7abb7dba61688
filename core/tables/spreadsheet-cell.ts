/**
 * Text written to a spreadsheet (CSV or XLSX) that a spreadsheet program would read as a formula is made
 * inert: a cell starting with =, +, -, @, a tab or a carriage return gets a leading apostrophe, as OWASP's
 * "CSV Injection" advice has it. A defendant's name, an address or a file name comes from a bank's export or a
 * user and must never run as =HYPERLINK(…) or =cmd|… on the paralegal's machine. Every writer of a table for
 * spreadsheets passes its text cells through here.
 */

const FORMULA_START = /^[=+\-@\t\r]/;

/** `text` safe to write as a spreadsheet cell: unchanged unless it starts like a formula, then prefixed with '. */
export function safeSpreadsheetCell(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
