/**
 * One debt, one judgment, one enforcement: the guard against a repeat suit or a second enforcement
 * application on a debt (a card account) already decided, on this case or another case on the same card.
 */
import { DossierError } from '../errors';
import type { EventType } from './event-types';

/** Another case on the same debt: whether a document of it took effect and whether its enforcement was applied for. */
export type DebtCase = { caseId: number; effectiveDocument: boolean; enforcementApplied: boolean };

/** The case's own progress on the debt (TrackingState's flags). */
export type RepeatState = { effectiveDocument: boolean; enforcementApplied: boolean };

/**
 * A debt adjudicated by an effective document is not sued on again — a new suit on it is a repeat suit
 * (重复起诉, 《民诉法解释》第二百四十七条) — and it is enforced once: after an application the next round is a
 * resumption (恢复执行, 《民诉法解释》第四百六十六条、第五百一十七条), not a second application.
 */
export function refuseRepeatProceedings(type: EventType, state: RepeatState, others: readonly DebtCase[]): void {
  if (type === 'filed' || type === 'accepted') {
    const judged = others.find((o) => o.effectiveDocument);
    if (state.effectiveDocument || judged) {
      const where = judged ? `案件 ${judged.caseId} 的` : '本案';
      const whereEn = judged ? `case ${judged.caseId}` : 'this case';
      throw new DossierError('conflict', {
        zh: `该笔欠款已由${where}生效法律文书确定，再次起诉构成重复起诉（《民诉法解释》第二百四十七条），应依该文书申请强制执行`,
        en: `This debt is already decided by an effective document of ${whereEn}; suing on it again is a repeat suit (Interp art. 247) — apply to enforce that document instead`,
      }, { field: 'type' });
    }
  }
  if (type === 'enforcement-applied') {
    const applied = others.find((o) => o.enforcementApplied);
    if (state.enforcementApplied || applied) {
      const where = applied ? `在案件 ${applied.caseId} 中` : '在本案';
      const whereEn = applied ? `in case ${applied.caseId}` : 'on this case';
      throw new DossierError('conflict', {
        zh: `该笔欠款已${where}申请过强制执行，不能再次申请；终结本次执行或执行和解未履行的，应申请恢复执行（《民诉法解释》第四百六十六条、第五百一十七条）`,
        en: `Enforcement of this debt was already applied for ${whereEn}; it cannot be applied for again — after 终本 or a broken enforcement settlement, apply to resume enforcement (Interp arts. 466, 517)`,
      }, { field: 'type' });
    }
  }
}
