/**
 * Pure helpers of the bundle tab's ordering. The renderer may import only types from core/, so the
 * exhibit numbering (证据一 …) is written here for display; the bundle itself is numbered by core.
 */

const DIGITS = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];

/** 1 → 证据一, 12 → 证据十二, 105 → 证据一百零五 (up to 999). */
export function exhibitLabelText(n: number): string {
  const hundreds = Math.floor(n / 100);
  const tens = Math.floor((n % 100) / 10);
  const units = n % 10;
  let text = hundreds > 0 ? `${DIGITS[hundreds]}百` : '';
  if (tens > 0) text += `${hundreds === 0 && tens === 1 ? '' : DIGITS[tens]}十`;
  else if (hundreds > 0 && units > 0) text += '零';
  if (units > 0) text += DIGITS[units];
  return `证据${text}`;
}

/** `order` with the item at `from` moved to position `to`. */
export function moveItem<T>(order: readonly T[], from: number, to: number): T[] {
  if (from === to || from < 0 || to < 0 || from >= order.length || to >= order.length) return [...order];
  const next = [...order];
  const [moved] = next.splice(from, 1);
  next.splice(to, 0, moved as T);
  return next;
}
