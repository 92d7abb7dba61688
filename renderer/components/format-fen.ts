/**
 * Money on screen. Amounts travel as integer fen (分) and are printed with integer arithmetic only:
 * the yuan part is Math.floor(fen / 100) and the fen part the remainder, so no binary fraction ever
 * stands for money.
 */

function parts(fen: number): { sign: string; yuan: number; cents: string } {
  const whole = Math.trunc(fen);
  const abs = Math.abs(whole);
  return { sign: whole < 0 ? '-' : '', yuan: Math.floor(abs / 100), cents: String(abs % 100).padStart(2, '0') };
}

/** Fen as yuan with the yuan sign and thousands separators, e.g. 1234567 → "¥12,345.67". */
export function formatFen(fen: number): string {
  const { sign, yuan, cents } = parts(fen);
  return `${sign}¥${yuan.toLocaleString('en-US')}.${cents}`;
}

/** Fen as the plain yuan text an amount field holds, e.g. 1234567 → "12345.67". */
export function fenToYuanText(fen: number): string {
  const { sign, yuan, cents } = parts(fen);
  return `${sign}${yuan}.${cents}`;
}
