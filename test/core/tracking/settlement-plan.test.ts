import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCalendarDate } from '../../../core/calendar/chinese-date';
import { DossierError } from '../../../core/errors';
import { buildSchedule, maxInstallments, planFromInput, planStatus } from '../../../core/tracking/settlement-plan';

const plan = (installments = buildSchedule(1_000_000, 4, '2026-01-31'), extra = {}) => ({
  installments, totalFen: 1_000_000, graceDays: 0, onDefault: 'remaining-installments' as const, originalDebtFen: 1_500_000, ...extra,
});

describe('instalment schedule', () => {
  it('splits exactly, the last instalment taking the remainder, on month-end dates (CC 202)', () => {
    expect(buildSchedule(1_000_001, 3, '2024-01-31')).toEqual([
      { seq: 1, dueDate: '2024-01-31', amountFen: 333_333 },
      { seq: 2, dueDate: '2024-02-29', amountFen: 333_333 },
      { seq: 3, dueDate: '2024-03-31', amountFen: 333_335 },
    ]);
  });

  it('always adds up to the total, in at most 60 ascending instalments of at least one fen (property)', () => {
    fc.assert(fc.property(
      fc.integer({ min: 1, max: maxInstallments }),
      fc.integer({ min: 0, max: 10_000_000_000 }),
      fc.date({ min: new Date('2020-01-01'), max: new Date('2030-12-31'), noInvalidDate: true }),
      fc.integer({ min: 1, max: 3 }),
      (count, extra, start, interval) => {
        const total = count + extra;
        const first = start.toISOString().slice(0, 10);
        const schedule = buildSchedule(total, count, first, interval);
        expect(schedule).toHaveLength(count);
        expect(schedule.reduce((sum, i) => sum + i.amountFen, 0)).toBe(total);
        expect(schedule.every((i) => i.amountFen >= 1 && isCalendarDate(i.dueDate))).toBe(true);
        for (let k = 1; k < schedule.length; k++) expect(schedule[k]!.dueDate > schedule[k - 1]!.dueDate).toBe(true);
      },
    ));
  });

  it('refuses more than five years, a first due date before the agreement, bad amounts — naming each field', () => {
    const base = { agreedDate: '2026-01-10', context: 'in-suit' as const, totalAmount: '12,000', installmentCount: 60, firstDueDate: '2026-02-10', intervalMonths: 2, graceDays: 0, onDefault: 'remaining-installments' as 'remaining-installments' | 'original-debt', originalDebtAmount: '', note: '' };
    const fields = (input: typeof base) => {
      try {
        planFromInput(input);
        return [];
      } catch (error) {
        return (error as DossierError).details.map((d) => d.field);
      }
    };
    expect(fields(base)).toEqual(['installmentCount']);
    expect(fields({ ...base, intervalMonths: 1, firstDueDate: '2026-01-09' })).toEqual(['firstDueDate']);
    expect(fields({ ...base, intervalMonths: 1, totalAmount: '12.345' })).toEqual(['totalAmount']);
    expect(fields({ ...base, intervalMonths: 1, onDefault: 'original-debt' })).toEqual(['originalDebtAmount']);
    expect(fields({ ...base, intervalMonths: 1, originalDebtAmount: '100' })).toEqual(['originalDebtAmount']);
    const ok = planFromInput({ ...base, intervalMonths: 1 });
    expect(ok.installments).toHaveLength(60);
    expect(ok.installments.at(-1)!.dueDate).toBe('2031-01-10');
    expect(ok.totalFen).toBe(1_200_000);
  });
});

describe('plan status: payments, default, acceleration', () => {
  it('credits payments in order and is performing while every due instalment is paid', () => {
    const status = planStatus(plan(), [{ date: '2026-01-30', amountFen: 250_000 }, { date: '2026-02-27', amountFen: 250_000 }], '2026-03-15');
    expect(status.state).toBe('performing');
    expect(status.installments.map((i) => i.status)).toEqual(['paid', 'paid', 'due', 'due']);
    expect(status.installments[1]!.paidOn).toBe('2026-02-27');
    expect(status.acceleratedFen).toBe(0);
  });

  it('detects a default the day after a missed due date and computes the accelerated amount', () => {
    const payments = [{ date: '2026-01-30', amountFen: 250_000 }, { date: '2026-03-05', amountFen: 100_000 }];
    const status = planStatus(plan(), payments, '2026-03-10');
    expect(status.state).toBe('default');
    expect(status.firstDefaultOn).toBe('2026-03-01');
    expect(status.installments.map((i) => i.status)).toEqual(['paid', 'overdue', 'due', 'due']);
    expect(status.installments[1]!.paidFen).toBe(100_000);
    // Remaining instalments all fall due: 10,000.00 − 3,500.00 paid.
    expect(status.acceleratedFen).toBe(650_000);
    expect(status.acceleratedRule?.zh).toContain('加速到期');
    // With a reinstatement clause the original debt less payments falls due instead.
    expect(planStatus(plan(undefined, { onDefault: 'original-debt' }), payments, '2026-03-10').acceleratedFen).toBe(1_150_000);
  });

  it('gives a grace period before a late instalment counts as a default, and remembers a cured one', () => {
    const late = [{ date: '2026-01-30', amountFen: 250_000 }, { date: '2026-03-04', amountFen: 250_000 }];
    const withGrace = planStatus(plan(undefined, { graceDays: 5 }), late, '2026-03-10');
    expect(withGrace.state).toBe('performing');
    expect(withGrace.firstDefaultOn).toBeNull();
    const noGrace = planStatus(plan(), late, '2026-03-10');
    expect(noGrace.state).toBe('performing');
    expect(noGrace.installments[1]!.late).toBe(true);
    expect(noGrace.firstDefaultOn).toBe('2026-03-01');
  });

  it('is completed once the total is paid', () => {
    const status = planStatus(plan(), [{ date: '2026-02-01', amountFen: 1_000_000 }], '2026-02-02');
    expect(status).toMatchObject({ state: 'completed', outstandingFen: 0, paidFen: 1_000_000 });
    expect(status.installments.every((i) => i.status === 'paid')).toBe(true);
  });
});
