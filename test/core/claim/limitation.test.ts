/**
 * Limitation scenarios (domain.md §4) on the bundled holiday calendar: no interruption, an undelivered
 * letter, a delivered letter, a demand after expiry, a payment after expiry, a period ending in the
 * National Day holiday, and a period counted from 29 February into a year the calendar does not cover.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { HolidayCalendar } from '../../../core/calendar/holiday-calendar';
import { computeLimitation, limitationLastDay } from '../../../core/claim/limitation';
import type { LimitationEvent } from '../../../core/claim/limitation';
import { limitationStart } from '../../../core/claim/limitation-start';
import { cardTermsInput } from '../../../core/claim/card-terms';
import { contactLimitationEvents } from '../../../core/evidence/contact-demand';
import { contactInput } from '../../../core/evidence/contact-model';
import type { ContactInput, ContactRecord } from '../../../core/evidence/contact-model';

const calendar = JSON.parse(readFileSync(new URL('../../../templates/data/holidays.json', import.meta.url), 'utf8')) as HolidayCalendar;
const start = { date: '2023-03-10', basis: { zh: '到期还款日', en: 'Due date' } };
let nextId = 1;
const record = (values: Partial<ContactInput>): ContactRecord => ({
  id: nextId++, caseId: 1,
  ...contactInput.parse({ occurredAt: '2025-06-01 10:00', channel: 'letter', party: 'cardholder', outcome: 'reached', ...values }),
});
const events = (...records: ContactRecord[]): LimitationEvent[] => contactLimitationEvents(records, () => true);

describe('limitation', () => {
  it('runs three years from the due date to the corresponding date and expires before a later filing', () => {
    const result = computeLimitation({ start, events: [], calendar, filingDate: '2026-11-28' });
    expect(result.period).toMatchObject({ nominal: '2026-03-10', lastDay: '2026-03-10', calendarWarning: null });
    expect(result.status).toBe('expired');
    expect(result.expiresBeforeFiling).toBe(true);
    expect(result.restsOn?.date).toBe('2023-03-10');
  });

  it('an undelivered letter (returned by the post) does not interrupt', () => {
    const letter = record({ deliveryProof: 'postal-tracking', trackingNumber: 'EA123456789CN', deliveryStatus: 'returned', toReservedContact: true });
    const result = computeLimitation({ start, events: events(letter), calendar, filingDate: '2026-11-28' });
    expect(result.timeline[0]!.effect).toBe('not-proven');
    expect(result.period?.lastDay).toBe('2026-03-10');
    expect(result.status).toBe('expired');
  });

  it('a letter delivered to the reserved address restarts three years from the delivery day', () => {
    const letter = record({ deliveryProof: 'postal-tracking', trackingNumber: 'EA123456789CN', deliveryStatus: 'delivered', deliveredOn: '2025-06-03', toReservedContact: true });
    const result = computeLimitation({ start, events: events(letter), calendar, filingDate: '2026-11-28' });
    expect(result.timeline[0]).toMatchObject({ effect: 'restarted', date: '2025-06-03', lastDayAfter: '2028-06-05' });
    // 2028-06-03 is a Saturday; 2028's holidays are not announced yet, so only the weekend is rolled and the user is warned.
    expect(result.period).toMatchObject({ nominal: '2028-06-03', lastDay: '2028-06-05' });
    expect(result.period?.calendarWarning?.zh).toContain('2028');
    expect(result.status).toBe('running');
    expect(result.restsOn?.basis.zh).toContain('第一百九十五条');
  });

  it('an SMS counts only with a delivery report to the number the cardholder gave the bank', () => {
    const toOtherNumber = record({ channel: 'sms', deliveryProof: 'sms-report', deliveryStatus: 'delivered', toReservedContact: false, occurredAt: '2025-01-05 10:00' });
    const reported = record({ channel: 'sms', deliveryProof: 'sms-report', deliveryStatus: 'delivered', toReservedContact: true, occurredAt: '2025-02-05 10:00' });
    const result = computeLimitation({ start, events: events(toOtherNumber, reported), calendar, filingDate: '2026-11-28' });
    expect(result.timeline.map((s) => s.effect)).toEqual(['not-proven', 'restarted']);
    expect(result.period?.lastDay).toBe('2028-02-07');
  });

  it('a demand after expiry revives nothing', () => {
    const late = record({ channel: 'lawyer-letter', deliveryProof: 'signed-receipt', occurredAt: '2026-05-01 09:00' });
    const result = computeLimitation({ start, events: events(late), calendar, filingDate: '2026-11-28' });
    expect(result.timeline[0]!.effect).toBe('after-expiry');
    expect(result.timeline[0]!.note.zh).toContain('第一百九十二条');
    expect(result.status).toBe('expired');
  });

  it('a payment after expiry waives the defence and a new period runs from it', () => {
    const payment: LimitationEvent = { date: '2026-05-20', kind: 'payment', description: { zh: '还款', en: 'Payment' }, source: { type: 'ledger', id: 9 }, proven: true, relied: true };
    const result = computeLimitation({ start, events: [payment], calendar, filingDate: '2026-11-28' });
    expect(result.timeline[0]!.effect).toBe('waiver');
    expect(result.waivedAfterExpiry).toBe(true);
    expect(result.status).toBe('running');
    expect(result.period?.nominal).toBe('2029-05-20');
  });

  it('a flagged record is not relied on even when delivered', () => {
    const letter = record({ deliveryProof: 'signed-receipt' });
    const result = computeLimitation({ start, events: contactLimitationEvents([letter], () => false), calendar, filingDate: '2026-01-01' });
    expect(result.timeline[0]!.effect).toBe('not-relied');
    expect(result.period?.lastDay).toBe('2026-03-10');
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
