/**
 * How a settlement is given effect (domain.md §7.4, §10), decided once from where it was reached and the
 * ending the parties chose, and read by both the agreement (filing-settlement.ts) and the choice of the
 * filing set (filing-set.ts), so the agreement and the documents around it cannot disagree:
 * - in a suit: recorded by the court in a 民事调解书 (CPL 100; Fee Measures art. 15), or the plaintiff
 *   withdraws (CPL 148; Fee Measures arts. 15, 34) and keeps only a contract;
 * - an agreement reached through a people's mediation committee or another lawfully established mediation
 *   organisation: judicial confirmation on a joint application within 30 days (CPL 205–206; Interp 351);
 * - a private agreement before suit: a plain contract, sued on if broken;
 * - in enforcement: an 执行和解 (执行和解规定 arts. 2, 9).
 */
import type { Bilingual } from '../bilingual';
import type { SettlementContext } from '../tracking/settlement-plan';
import type { SettlementEnding } from './document-inputs';

/** The routes a settlement can take; 'not-recorded' = a settlement in suit whose ending nobody has chosen yet. */
export type SettlementRoute = 'mediation-document' | 'withdrawal' | 'judicial-confirmation' | 'private-contract' | 'enforcement-settlement' | 'not-recorded';

/** What the route is decided from: where the settlement was reached, the chosen ending and the mediation organisation named. */
export type SettlementChoice = { stage: SettlementContext; ending: SettlementEnding | null; mediationOrganisation: string };

/** A chosen ending that the settlement's circumstances do not allow, with the reason. */
export type RouteProblem = { field: 'ending' | 'mediationOrganisation'; message: Bilingual };

/** The route the settlement takes, and the problem when the chosen ending is not open to it. */
export function settlementRoute(choice: SettlementChoice): { route: SettlementRoute; problem: RouteProblem | null } {
  if (choice.stage === 'enforcement') return { route: 'enforcement-settlement', problem: null };
  const organisation = choice.mediationOrganisation.trim() !== '';
  if (choice.ending === 'judicial-confirmation') {
    if (!organisation) {
      return {
        route: choice.stage === 'pre-suit' ? 'private-contract' : 'not-recorded',
        problem: {
          field: 'mediationOrganisation',
          message: {
            zh: '司法确认只适用于经人民调解委员会或者其他依法设立的调解组织调解达成的协议（《中华人民共和国民事诉讼法》第二百零五条）：请填写调解组织名称，或者选择其他处理方式',
            en: 'Judicial confirmation is only for an agreement reached through a people’s mediation committee or another lawfully established mediation organisation (Civil Procedure Law art. 205): name the organisation, or choose another ending',
          },
        },
      };
    }
    if (choice.stage === 'in-suit') {
      return {
        route: 'not-recorded',
        problem: {
          field: 'ending',
          message: {
            zh: '诉讼中达成的和解，请选择由人民法院制作民事调解书或者撤诉；司法确认适用于起诉前经调解组织达成的调解协议（《中华人民共和国民事诉讼法》第二百零五条）',
            en: 'A settlement reached during the suit ends in a court mediation document or a withdrawal; judicial confirmation is for a mediation agreement reached before suit (Civil Procedure Law art. 205)',
          },
        },
      };
    }
    return { route: 'judicial-confirmation', problem: null };
  }
  if (choice.stage === 'pre-suit') {
    if (choice.ending === null) return { route: 'private-contract', problem: null };
    return {
      route: 'private-contract',
      problem: {
        field: 'ending',
        message: {
          zh: '起诉前达成的和解没有可撤回的诉讼，也不能由人民法院制作调解书：不选择处理方式即为双方自行达成的协议，经调解组织调解达成的可以申请司法确认',
          en: 'A settlement reached before suit has no suit to withdraw and no court to record it: leave the ending empty for a private agreement, or choose judicial confirmation for one reached through a mediation organisation',
        },
      },
    };
  }
  if (choice.ending === 'mediation') return { route: 'mediation-document', problem: null };
  if (choice.ending === 'withdrawal') return { route: 'withdrawal', problem: null };
  return { route: 'not-recorded', problem: null };
}
