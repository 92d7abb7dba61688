/**
 * Where the limitation period starts (domain.md §4.1, §4.3): the due date the claim rests on; for an
 * instalment plan the last instalment's due date (CC 189), unless the bank called the whole balance due
 * earlier (加速到期 — practice varies [U], so the earlier date is taken, which is the cautious choice).
 */
import { addDays } from '../calendar/date-arithmetic';
import type { CardTerms } from './card-terms';
import type { LimitationStart } from './limitation';

/** The start of the period from the case's terms, or null when no date is known. */
export function limitationStart(terms: CardTerms, firstDefaultDate: string): LimitationStart | null {
  if (terms.lastInstallmentDate) {
    if (terms.accelerationDate && terms.accelerationDate < terms.lastInstallmentDate) {
      return { date: terms.accelerationDate, basis: { zh: '分期提前到期（加速到期）日', en: 'Date the instalment plan was accelerated' } };
    }
    return { date: terms.lastInstallmentDate, basis: { zh: '分期最后一期到期还款日（《民法典》第一百八十九条）', en: 'Due date of the last instalment (CC art. 189)' } };
  }
  if (terms.dueDate) return { date: terms.dueDate, basis: { zh: '到期还款日', en: 'Payment due date' } };
  if (terms.accelerationDate) return { date: terms.accelerationDate, basis: { zh: '加速到期日', en: 'Acceleration date' } };
  if (firstDefaultDate) {
    return { date: addDays(firstDefaultDate, -1), basis: { zh: '首次逾期日的前一日（未填写到期还款日，按案件信息推定）', en: 'Day before the first default date (no due date entered; inferred from the case)' } };
  }
  return null;
}
