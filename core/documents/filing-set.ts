/**
 * Which documents make up a case's filing set (`--template all`, the demo): one function of the case's
 * tracking stage and its settlement, so the set never holds two documents that contradict each other.
 * - In the suit: the complaints, evidence list, first-instance power of attorney and service-address
 *   confirmation; the preservation application when property leads were entered; the settlement agreement
 *   when a settlement is recorded or entered; the withdrawal application only when the settlement's chosen
 *   ending is withdrawal (or the plaintiff withdraws for another reason without a settlement) — a settlement
 *   recorded in a 民事调解书 ends the suit without one (domain.md §7.4, §10).
 * - In enforcement (effective document onward, 执行和解 included): the enforcement application and an
 *   enforcement-stage power of attorney (CPL 62; 执行和解规定 art. 4), with an 执行和解 agreement when one is recorded.
 * - Recovered or closed: nothing more to file.
 * What the records leave open is said in a notice naming the record to make; the set never guesses.
 */
import type { Bilingual } from '../bilingual';
import type { TrackingStage } from '../tracking/stages';
import { enforcementStages } from '../tracking/stages';
import type { DocumentInputsParsed } from './document-inputs';
import { settlementChoice, type StoredSettlement } from './filing-settlement';
import { settlementRoute, type SettlementRoute } from './settlement-route';

/** The part of the proceedings a filing is made in. */
export type FilingPhase = 'litigation' | 'enforcement' | 'concluded';

/** Where tracking puts the case: its stage, and whether its current settlement was reached in enforcement. */
export type TrackingPosition = { stage: TrackingStage; inEnforcementSettlement: boolean };

/** The phase of a case from its tracking stage: enforcement from the effective document on (CPL 247), concluded once recovered or closed. */
export function filingPhase(position: TrackingPosition): FilingPhase {
  if (position.stage === 'recovered' || position.stage === 'closed') return 'concluded';
  if (position.stage === 'effective' || enforcementStages.includes(position.stage)) return 'enforcement';
  if (position.stage === 'settlement' && position.inEnforcementSettlement) return 'enforcement';
  return 'litigation';
}

/** What the set is chosen from: the phase, the settlement (recorded plan or entered terms) and the entered sections. */
export type FilingSetRecords = {
  phase: FilingPhase;
  /** The settlement's route (settlement-route.ts) and whether it was reached in enforcement; null = no settlement recorded or entered. */
  settlement: { route: SettlementRoute; inEnforcement: boolean } | null;
  /** Property leads were entered for a preservation application. */
  preservationEntered: boolean;
  /** The withdrawal's reason when one was entered: a withdrawal without a settlement (the debt was paid …) needs it. */
  withdrawalReason: 'settled' | 'paid' | 'other' | null;
  /** The court has accepted the case: its 案号 is recorded (or entered). A withdrawal is applied for only in an accepted case (CPL 148). */
  accepted: boolean;
};

/** The chosen templates (in catalogue order) and what the records leave open. */
export type FilingSet = { templateIds: string[]; notices: Bilingual[] };

const litigationTemplates = ['complaint', 'complaint-element-2025', 'evidence-list', 'power-of-attorney', 'service-address-confirmation'];
const enforcementTemplates = ['enforcement-application', 'power-of-attorney'];

const notices = {
  concluded: {
    zh: '案件已全额回收或者已结案，不再生成文书。',
    en: 'The case is recovered in full or closed: there is nothing more to file.',
  },
  endingNotRecorded: {
    zh: '和解协议尚未选择案件处理方式：请在和解方案中选择“申请出具民事调解书”或者“原告撤诉”。选择撤诉后才生成撤诉申请书；未选择前，和解协议的处理方式一条留待双方勾选。',
    en: 'The settlement does not say how the suit ends: choose a court mediation document or a withdrawal in the settlement terms. The withdrawal application is generated only once withdrawal is chosen; until then the agreement leaves the choice for the parties to tick.',
  },
  confirmation: {
    zh: '司法确认由双方自调解协议生效之日起三十日内共同向人民法院申请（《中华人民共和国民事诉讼法》第二百零五条），申请书不在本套文书中。',
    en: 'Judicial confirmation is applied for jointly within 30 days of the agreement taking effect (Civil Procedure Law art. 205); the application is not part of this set.',
  },
  settledWithoutSettlement: {
    zh: '撤诉理由为“已和解”，但案件没有和解方案：请先记录和解方案并选择撤诉，或者改填撤诉理由。',
    en: 'The withdrawal gives a settlement as its reason, but the case has none: record the settlement and choose withdrawal, or give another reason.',
  },
  suitSettlementInEnforcement: {
    zh: '记录的和解方案是诉讼中达成的，案件已进入执行阶段，不再生成该和解协议；执行中达成和解的，请记录执行和解方案。',
    en: 'The recorded settlement was reached during the suit and the case is now in enforcement, so that agreement is not generated again; record a settlement reached in enforcement as such.',
  },
  withdrawalBeforeAcceptance: {
    zh: '撤诉申请书须在法院受理、确定案号后提交：请在“跟踪”页登记受理及案号后再生成。',
    en: 'A withdrawal is applied for once the court has accepted the case and given it a number: record the acceptance and its case number on the tracking tab, then generate it.',
  },
  enforcementSettlementInSuit: {
    zh: '记录的和解方案为执行和解，但跟踪记录中案件尚未进入执行阶段：请先在“跟踪”页记录生效和申请执行。',
    en: 'The recorded settlement is an enforcement settlement, but tracking does not show the case in enforcement yet: record the effective document and the enforcement application on the tracking tab.',
  },
} satisfies Record<string, Bilingual>;

/** The filing set for a case, chosen from `available` (the catalogue's template ids, in its order). */
export function filingSet(records: FilingSetRecords, available: readonly string[]): FilingSet {
  const chosen = new Set<string>();
  const open: Bilingual[] = [];
  const { phase, settlement } = records;
  if (phase === 'concluded') return { templateIds: [], notices: [notices.concluded] };
  if (phase === 'enforcement') {
    for (const id of enforcementTemplates) chosen.add(id);
    if (settlement?.inEnforcement) chosen.add('settlement-agreement');
    else if (settlement) open.push(notices.suitSettlementInEnforcement);
  } else {
    for (const id of litigationTemplates) chosen.add(id);
    if (records.preservationEntered) chosen.add('preservation-application');
    if (settlement?.inEnforcement) open.push(notices.enforcementSettlementInSuit);
    else if (settlement) chosen.add('settlement-agreement');
    if (settlement?.route === 'not-recorded') open.push(notices.endingNotRecorded);
    if (settlement?.route === 'judicial-confirmation') open.push(notices.confirmation);
    const withdraw = () => (records.accepted ? chosen.add('withdrawal-application') : open.push(notices.withdrawalBeforeAcceptance));
    if (settlement?.route === 'withdrawal') withdraw();
    if (!settlement && records.withdrawalReason !== null) {
      if (records.withdrawalReason === 'settled') open.push(notices.settledWithoutSettlement);
      else withdraw();
    }
  }
  return { templateIds: available.filter((id) => chosen.has(id)), notices: open };
}

/** The case's records the set is chosen from: its phase from tracking and its latest stored settlement plan. */
export type FilingSetSources = { phase?: FilingPhase; settlement?: StoredSettlement | null; courtCaseNumber?: string | null };

/**
 * The filing set from the case's records and the entered inputs — the one selection `doc --template all` and the
 * demo use. The settlement's route is the agreement's own (settlement-route.ts), so the set and the agreement agree.
 */
export function filingSetOf(sources: FilingSetSources, inputs: DocumentInputsParsed | undefined, available: readonly string[]): FilingSet {
  const plan = sources.settlement ?? null;
  const entered = inputs?.settlement ?? null;
  const choice = plan || entered ? settlementChoice(entered, plan) : null;
  return filingSet(
    {
      phase: sources.phase ?? 'litigation',
      settlement: choice ? { route: settlementRoute(choice).route, inEnforcement: choice.stage === 'enforcement' } : null,
      preservationEntered: inputs?.preservation !== undefined,
      withdrawalReason: inputs?.withdrawal?.reason ?? null,
      accepted: (inputs?.proceedings?.courtCaseNumber ?? '').trim() !== '' || (sources.courtCaseNumber ?? '') !== '',
    },
    available,
  );
}
