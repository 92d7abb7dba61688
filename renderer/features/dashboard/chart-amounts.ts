/**
 * Amounts on chart axes. Bars are drawn from integer fen; only the labels are divided, exactly, by
 * integer division and remainder (no binary fraction stands for money): in 万元 once the largest bar
 * reaches 10,000 yuan, otherwise in 元.
 */

/** The unit a chart's amounts are labelled in. */
export type AmountUnit = 'wan' | 'yuan';

/** Fen in one unit: 1 万元 = 10,000 元 = 1,000,000 分. */
const fenPerUnit: Record<AmountUnit, number> = { wan: 1_000_000, yuan: 100 };

/** 万元 when the largest amount is 10,000 yuan or more, otherwise 元. */
export function amountUnit(fenValues: readonly number[]): AmountUnit {
  return fenValues.some((fen) => Math.abs(fen) >= fenPerUnit.wan) ? 'wan' : 'yuan';
}

/** The smallest step between two axis ticks, in fen: one whole unit, so no tick falls between (no 0.5 万元). */
export function amountTickStep(unit: AmountUnit): number {
  return fenPerUnit[unit];
}

/**
 * Integer fen as a number of `unit`, exact, with thousands separators and no trailing zeros:
 * 2,500,000,000 fen → "2,500" (万元); 1,234,500 fen → "1.2345" (万元); 123,456 fen → "1,234.56" (元).
 */
export function formatAmountIn(fen: number, unit: AmountUnit): string {
  const whole = Math.round(fen); // an axis tick ECharts computed; stored amounts are whole fen already
  const abs = Math.abs(whole);
  const per = fenPerUnit[unit];
  const integer = Math.floor(abs / per);
  const digits = String(per).length - 1;
  const fraction = String(abs % per).padStart(digits, '0').replace(/0+$/, '');
  return `${whole < 0 ? '-' : ''}${integer.toLocaleString('en-US')}${fraction ? `.${fraction}` : ''}`;
}

/** A count axis label: whole numbers only (a count of 0.5 cases does not exist), '' for any other tick. */
export function formatCountTick(value: number): string {
  return Number.isInteger(value) ? value.toLocaleString('en-US') : '';
}
