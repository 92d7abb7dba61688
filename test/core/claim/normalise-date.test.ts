/**
 * The one date reader of the importers (cases, ledger, contacts): the forms banks write, with or without a clock
 * time after them, and nothing read in part — a date followed by other words is no date.
 */
import { describe, expect, it } from 'vitest';
import { normaliseDate } from '../../../core/claim/ledger-import';

describe('normaliseDate', () => {
  it.each([
    ['2026-03-05', '2026-03-05'], ['2026/3/5', '2026-03-05'], ['2026.03.05', '2026-03-05'], ['20260305', '2026-03-05'],
    ['2026年3月5日', '2026-03-05'], [' 2026-03-05 ', '2026-03-05'], ['2026-03-05 14:22', '2026-03-05'], ['2026-03-05 14:22:01', '2026-03-05'],
    ['2026/3/5 9:05:00.000', '2026-03-05'], ['2026-03-05T10:00:00+08:00', '2026-03-05'], ['2026-03-05T02:00:00Z', '2026-03-05'],
    ['2026年3月5日 21：30', '2026-03-05'], ['20260305 14:22', '2026-03-05'],
  ])('reads %j as %s', (text, date) => {
    expect(normaliseDate(text)).toBe(date);
  });

  it.each(['2026-03-05 待核实', '2026-03-05¥\rZ', '2026-03-05 下午9:30', '2026-03-05x', '2026-03-051', '202603051', '2026-02-30', '2026-13-01', '', '3/5/2026'])(
    'refuses %j', (text) => {
      expect(normaliseDate(text)).toBeNull();
    },
  );
});
