/**
 * Limitation scenarios (domain.md §4, §10) on the bundled holiday calendar: no interruption, each kind of
 * interruption, demands to the reserved contact (sent is enough) and to other contacts (must have reached
 * the cardholder), calls answered and unanswered, a flagged call with a promise to pay, a demand after
 * expiry, a payment after expiry, a period ending in the National Day holiday, and a period counted from
 * 29 February into a year the calendar does not cover.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { HolidayCalendar } from '../../../core/calendar/holiday-calendar';
import { computeLimitation, limitationLastDay } from '../../../core/claim/limitation';
import type { LimitationEvent } from '../../../core/claim/limitation';
import { limitationStart } from '../../../core/claim/limitation-start';
import { cardTermsInput } from '../../../core/claim/card-terms';
import { contactLimitationEvents } from '../../../core/evidence/contact-demand';
import { contactFlags } from '../../../core/evidence/contact-flags';
import { contactInput } from '../../../core/evidence/contact-model';
import type { ContactInput, ContactRecord } from '../../../core/evidence/contact-model';

const calendar = JSON.parse(readFileSync(new URL('../../../templates/data/holidays.json', import.meta.url), 'utf8')) as HolidayCalendar;
const start = { date: '2023-03-10', basis: { zh: '到期还款日', en: 'Due date' } };
let nextId = 1;
const record = (values: Partial<ContactInput>): ContactRecord => ({
  id: nextId++, caseId: 1,
  ...contactInput.parse({ occurredAt: '2025-06-01 10:00', channel: 'letter', party: 'cardholder', outcome: 'reached', ...values }),
});
const events = (...records: ContactRecord[]): LimitationEvent[] => {
  const flags = contactFlags(records, 6);
  return contactLimitationEvents(records, (id) => flags.get(id) ?? []);
};
const compute = (...records: ContactRecord[]) => computeLimitation({ start, events: events(...records), calendar, filingDate: '2026-11-28' });

describe('limitation', () => {
  it('runs three years from the due date to the corresponding date and expires before a later filing', () => {
    const result = computeLimitation({ start, events: [], calendar, filingDate: '2026-11-28' });
    expect(result.period).toMatchObject({ nominal: '2026-03-10', lastDay: '2026-03-10', calendarWarning: null });
    expect(result.status).toBe('expired');
    expect(result.expiresBeforeFiling).toBe(true);
    expect(result.restsOn?.date).toBe('2023-03-10');
  });

  it('a letter to the reserved address returned "查无此人" still interrupts, from the day it was sent (银行卡规定 art. 3(2))', () => {
    const letter = record({ occurredAt: '2025-06-01 10:00', deliveryProof: 'postal-tracking', trackingNumber: 'EA123456789CN', deliveryStatus: 'returned', outcome: 'unreachable', notes: '查无此人退回', toReservedContact: true });
    const result = compute(letter);
    // 2028-06-01 is a Thursday; 2028's holidays are not announced yet, so the user is warned.
    expect(result.timeline[0]).toMatchObject({ effect: 'restarted', date: '2025-06-01', lastDayAfter: '2028-06-01' });
    expect(result.timeline[0]!.note.zh).toContain('发送至持卡人预留的通讯地址，依《最高人民法院关于审理银行卡民事纠纷案件若干问题的规定》第三条第（二）项中断时效（无需送达凭证）');
    expect(result.restsOn?.basis.zh).toBe('《最高人民法院关于审理银行卡民事纠纷案件若干问题的规定》第三条第（二）项');
    expect(result.status).toBe('running');
  });

  it('a letter to the reserved address with no record of its posting does not interrupt', () => {
    const result = compute(record({ toReservedContact: true, deliveryProof: 'none' }));
    expect(result.timeline[0]!.effect).toBe('not-proven');
    expect(result.timeline[0]!.note.zh).toContain('不能证明已经发送');
    expect(result.period?.lastDay).toBe('2026-03-10');
  });

  it('an SMS to the reserved number without a delivery report interrupts on sending', () => {
    const result = compute(record({ channel: 'sms', occurredAt: '2025-02-05 10:00', deliveryProof: 'none', deliveryStatus: 'unknown', toReservedContact: true }));
    expect(result.timeline[0]).toMatchObject({ effect: 'restarted', kind: 'demand' });
    expect(result.timeline[0]!.note.zh).toContain('预留的电话号码');
    // 2028-02-05 is a Saturday: rolled to Monday 7 February.
    expect(result.period?.lastDay).toBe('2028-02-07');
  });

  it('an e-mail to the reserved address interrupts on sending', () => {
    const result = compute(record({ channel: 'email', occurredAt: '2025-02-10 10:00', toReservedContact: true }));
    expect(result.timeline[0]).toMatchObject({ effect: 'restarted', date: '2025-02-10' });
  });

  it('a demand to another contact interrupts only with proof that it reached the cardholder (诉讼时效规定 art. 8)', () => {
    const unproven = compute(record({ channel: 'sms', occurredAt: '2025-01-05 10:00', deliveryProof: 'none', toReservedContact: false }));
    expect(unproven.timeline[0]!.effect).toBe('not-proven');
    expect(unproven.timeline[0]!.note.zh).toContain('非预留');
    expect(unproven.period?.lastDay).toBe('2026-03-10');
    const reported = compute(record({ channel: 'sms', occurredAt: '2025-01-05 10:00', deliveryProof: 'sms-report', deliveryStatus: 'delivered', toReservedContact: false }));
    expect(reported.timeline[0]).toMatchObject({ effect: 'restarted', date: '2025-01-05' });
    const letter = compute(record({ deliveryProof: 'postal-tracking', trackingNumber: 'EA1', deliveryStatus: 'delivered', deliveredOn: '2025-06-03', toReservedContact: false }));
    // Counted from the day it reached the cardholder: 2028-06-03 is a Saturday, rolled to Monday 5 June.
    expect(letter.timeline[0]).toMatchObject({ effect: 'restarted', date: '2025-06-03', lastDayAfter: '2028-06-05' });
    expect(letter.restsOn?.basis.zh).toContain('第八条');
    const returned = compute(record({ deliveryProof: 'postal-tracking', trackingNumber: 'EA1', deliveryStatus: 'returned', toReservedContact: false }));
    expect(returned.timeline[0]!.effect).toBe('not-proven');
  });

  it('an answered call with its recording is a demand that reached the cardholder; an unanswered call is no demand', () => {
    const answered = compute(record({ channel: 'phone', occurredAt: '2025-04-01 10:00', outcome: 'refused', deliveryProof: 'call-recording' }));
    expect(answered.timeline[0]).toMatchObject({ effect: 'restarted', kind: 'demand' });
    const unanswered = compute(record({ channel: 'phone', occurredAt: '2025-04-01 10:00', outcome: 'unreachable', deliveryProof: 'call-recording', toReservedContact: true }));
    expect(unanswered.timeline[0]!.effect).toBe('not-proven');
    expect(unanswered.timeline[0]!.note.zh).toContain('不构成催收');
    const unrecorded = compute(record({ channel: 'phone', occurredAt: '2025-04-01 10:00', outcome: 'reached', deliveryProof: 'none' }));
    expect(unrecorded.timeline[0]!.effect).toBe('not-proven');
  });

  it('a promise to pay in a flagged 23:10 call interrupts, and the timeline asks for review of the flag', () => {
    const call = record({ channel: 'phone', occurredAt: '2025-11-03 23:10', outcome: 'promise-to-pay', deliveryProof: 'call-recording', toReservedContact: true, notes: '夜间致电，持卡人承诺月底前还款' });
    const result = compute(call);
    const step = result.timeline[0]!;
    expect(step).toMatchObject({ effect: 'restarted', kind: 'promise-to-pay', date: '2025-11-03' });
    expect(step.reviewFlags?.map((f) => f.zh)).toEqual(['22:00 至次日 08:00 联系']);
    expect(step.note.zh).toContain('仍计入时效');
    expect(step.note.zh).toContain('第一百零六条');
    expect(result.restsOn?.basis.zh).toContain('第十四条');
    expect(result.period?.lastDay).toBe('2028-11-03');
  });

  it('counts each interruption the bank or the cardholder made: debit, police report, payment, plan and acknowledgement', () => {
    const kinds = ['account-debit', 'police-report', 'payment', 'repayment-plan', 'acknowledgement', 'promise-to-pay', 'demand'] as const;
    for (const kind of kinds) {
      const event: LimitationEvent = { date: '2025-05-06', kind, description: { zh: '事件', en: 'Event' }, source: { type: 'manual', id: 1 }, interrupts: true };
      const result = computeLimitation({ start, events: [event], calendar, filingDate: '2026-11-28' });
      expect(result.timeline[0]!.effect, kind).toBe('restarted');
      expect(result.period?.nominal, kind).toBe('2028-05-06');
    }
    const police = computeLimitation({ start, events: [{ date: '2025-05-06', kind: 'police-report', description: { zh: '报案', en: 'Report' }, source: { type: 'manual', id: 1 }, interrupts: true }], calendar, filingDate: '2026-11-28' });
    expect(police.restsOn?.basis.zh).toBe('《最高人民法院关于审理银行卡民事纠纷案件若干问题的规定》第三条第（三）项');
  });

  it('a demand after expiry revives nothing', () => {
    const late = record({ channel: 'lawyer-letter', deliveryProof: 'signed-receipt', occurredAt: '2026-05-01 09:00' });
    const result = compute(late);
    expect(result.timeline[0]!.effect).toBe('after-expiry');
    expect(result.timeline[0]!.note.zh).toContain('第一百九十二条');
    expect(result.status).toBe('expired');
  });

  it('a payment after expiry waives the defence and a new period runs from it', () => {
    const payment: LimitationEvent = { date: '2026-05-20', kind: 'payment', description: { zh: '还款', en: 'Payment' }, source: { type: 'ledger', id: 9 }, interrupts: true };
    const result = computeLimitation({ start, events: [payment], calendar, filingDate: '2026-11-28' });
    expect(result.timeline[0]!.effect).toBe('waiver');
    expect(result.waivedAfterExpiry).toBe(true);
    expect(result.status).toBe('running');
    expect(result.period?.nominal).toBe('2029-05-20');
  });

  it('a period ending in the National Day holiday ends on the first working day after it', () => {
    // 2022-10-01 + 3 years = 2025-10-01, inside 1–8 October 2025; 9 October is a Thursday.
    expect(limitationLastDay('2022-10-01', calendar)).toMatchObject({ nominal: '2025-10-01', lastDay: '2025-10-09', calendarWarning: null });
  });

  it('counts from 29 February to 28 February and warns for a year the calendar does not cover', () => {
    const rolled = limitationLastDay('2024-02-29', calendar);
    // 2027-02-28 is a Sunday: rolled to Monday 1 March, with the warning that 2027's holidays are not in the calendar.
    expect(rolled).toMatchObject({ nominal: '2027-02-28', lastDay: '2027-03-01' });
    expect(rolled.calendarWarning?.en).toContain('2027');
  });

  it('starts from the last instalment under CC 189, or from an earlier acceleration', () => {
    const terms = cardTermsInput.parse({ dueDate: '2024-01-10', lastInstallmentDate: '2025-12-10' });
    expect(limitationStart(terms, '')?.date).toBe('2025-12-10');
    expect(limitationStart({ ...terms, accelerationDate: '2025-03-01' }, '')?.date).toBe('2025-03-01');
    expect(limitationStart(cardTermsInput.parse({}), '2025-06-20')?.date).toBe('2025-06-19');
    expect(limitationStart(cardTermsInput.parse({}), '')).toBeNull();
  });
});
