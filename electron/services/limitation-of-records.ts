/**
 * The limitation engine over a case's loaded records: the contact records (with their flags), the ledger's
 * payments and the limitation events entered by hand become the interrupting events of core/claim/limitation.
 * One implementation for the per-case path (readiness-facts.ts) and the set-based refresh of derived rows
 * (tracking-refresh.ts), which loads the same records for a thousand cases at a time.
 */
import type { Case } from '../../core/case/case-model';
import type { CardTerms } from '../../core/claim/card-terms';
import type { LedgerEntry } from '../../core/claim/ledger-model';
import type { ManualLimitationEvent } from '../../core/claim/claim-operations';
import { computeLimitation } from '../../core/claim/limitation';
import type { LimitationEvent, LimitationResult } from '../../core/claim/limitation';
import { limitationStart } from '../../core/claim/limitation-start';
import type { HolidayCalendar } from '../../core/calendar/holiday-calendar';
import { contactLimitationEvents, demandReading } from '../../core/evidence/contact-demand';
import { contactFlags } from '../../core/evidence/contact-flags';
import type { ContactRecord } from '../../core/evidence/contact-model';
import type { ContactView } from '../../core/evidence/contact-operations';

/** Words in a payment's description that mark a debit the bank made itself (银行卡规定 art. 3(1)). */
const bankDebit = /扣款|扣划|自动还款|代扣|debit/i;

/** The records of one case the limitation engine reads. */
export type LimitationRecords = {
  found: Case;
  terms: CardTerms;
  contacts: readonly ContactRecord[];
  ledger: readonly LedgerEntry[];
  manualEvents: readonly ManualLimitationEvent[];
};

/** Contact records with their flags (daily limit, hours, third parties) and the demand each proves, if any. */
export function contactViewsOf(records: readonly ContactRecord[], dailyContactLimit: number): ContactView[] {
  const flags = contactFlags(records, dailyContactLimit);
  return records.map((record) => {
    const recordFlags = flags.get(record.id) ?? [];
    const demand = record.party === 'cardholder' ? demandReading(record) : null;
    return { record, flags: recordFlags, reliable: recordFlags.length === 0, demand: demand && { proven: demand.interrupts, date: demand.date } };
  });
}

/**
 * The one limitation computation of a case (core/claim/limitation.ts) from its loaded records. `views`: the
 * contact views of `records.contacts` when the caller has them already (readiness shows them too).
 */
export function limitationOfRecords(
  records: LimitationRecords, dailyContactLimit: number, calendar: HolidayCalendar, filingDate: string,
  views: readonly ContactView[] = contactViewsOf(records.contacts, dailyContactLimit),
): LimitationResult {
  const flags = new Map(views.map((v) => [v.record.id, v.flags]));
  const events: LimitationEvent[] = [
    ...contactLimitationEvents(views.map((v) => v.record), (id) => flags.get(id) ?? []),
    ...records.ledger.filter((e) => e.type === 'payment').map((e): LimitationEvent => {
      const debit = bankDebit.test(e.description);
      return {
        date: e.date, kind: debit ? 'account-debit' : 'payment',
        description: debit ? { zh: `银行按约定扣收欠款 ${e.description}`.trim(), en: `Account debited by the bank ${e.description}`.trim() } : { zh: `持卡人还款 ${e.description}`.trim(), en: `Payment by the cardholder ${e.description}`.trim() },
        source: { type: 'ledger', id: e.id }, interrupts: true,
      };
    }),
    ...records.manualEvents.map((e): LimitationEvent => ({
      date: e.date, kind: e.kind, description: { zh: e.note || '手工登记的时效事件', en: e.note || 'Event entered by hand' },
      source: { type: 'manual', id: e.id }, interrupts: true,
    })),
  ];
  return computeLimitation({ start: limitationStart(records.terms, records.found.card.firstDefaultDate), events, calendar, filingDate });
}
