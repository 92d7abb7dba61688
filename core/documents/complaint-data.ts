import type { Agent, Case, Organisation } from '../case/case-model';
import { ageOn } from '../calendar/chinese-date';
import { addDays } from '../calendar/date-arithmetic';

/**
 * The data a complaint template is filled with: the case, its plaintiff and agent, derived
 * facts (total, age, the day interest keeps running from) and the evidence it relies on.
 * Amounts stay integer fen; templates format them with the yuan and capitals filters.
 */

/** One line of the complaint's 证据和证据来源 section (CPL 124(4)). */
export type ComplaintEvidence = { name: string; source: string; proves: string };

/**
 * The standard evidence set of a bank credit-card suit (domain.md §8), offered as the starting rows of an
 * evidence list the user enters (suggested inputs, the demo); each entry says what it proves.
 */
export const standardEvidence: readonly ComplaintEvidence[] = [
  { name: '营业执照、金融许可证、负责人身份证明', source: '原告', proves: '原告的主体资格' },
  { name: '被告身份证复印件', source: '原告（申领时由被告提供）', proves: '被告的身份信息及住所地' },
  { name: '信用卡申请表', source: '原告（被告签署）', proves: '被告申领信用卡、双方成立信用卡合同关系' },
  { name: '信用卡领用合约及重要条款提示说明', source: '原告', proves: '双方关于透支利息、违约金、费用及违约责任的约定及重要条款的提示说明情况' },
  { name: '信用卡对账单、交易明细', source: '原告', proves: '被告透支消费、还款及逾期的事实' },
  { name: '欠款计算明细', source: '原告', proves: '截至计算日被告所欠本金、利息、违约金及费用的数额' },
  { name: '催收记录及送达凭证', source: '原告', proves: '原告向被告催收的情况' },
];

/** The row a complaint prints while the case has no evidence on record (readiness asks for it). */
const unrecordedEvidence: ComplaintEvidence = { name: '＿＿＿＿＿＿', source: '＿＿＿＿', proves: '＿＿＿＿＿＿' };

const sexLabel = { male: '男', female: '女' } as const;

/**
 * What the evidence and claim modules contribute when a case has them (electron/services/evidence-filing-sources.ts):
 * the case's own evidence items instead of the standard set, and the computed claim breakdown with its wording for
 * interest that keeps running until payment.
 */
export type ComplaintSources = {
  evidence?: readonly ComplaintEvidence[] | null;
  claim?: { asOfDate: string; principalFen: number; interestFen: number; penaltyFen: number; feesFen: number; runningInterest: string } | null;
};

/** Builds the complaint's template data; `filingDate` is the date printed under the signature. */
export function complaintData(c: Case, plaintiff: Organisation, agent: Agent | null, filingDate: string, sources: ComplaintSources = {}) {
  const fromBreakdown = sources.claim ?? null;
  const claimFigures = fromBreakdown
    ? { asOfDate: fromBreakdown.asOfDate, principalFen: fromBreakdown.principalFen, interestFen: fromBreakdown.interestFen, penaltyFen: fromBreakdown.penaltyFen, feesFen: fromBreakdown.feesFen }
    : c.claim;
  const { principalFen, interestFen, penaltyFen, feesFen } = claimFigures;
  return {
    plaintiff,
    agent,
    defendant: {
      ...c.defendant,
      sexLabel: sexLabel[c.defendant.sex],
      age: ageOn(c.defendant.birthDate, filingDate),
    },
    card: c.card,
    claim: {
      ...claimFigures,
      totalFen: principalFen + interestFen + penaltyFen + feesFen,
      // Interest after the cut-off keeps running under the card agreement until payment (domain.md §7.2 B.2).
      runningFrom: addDays(claimFigures.asOfDate, 1),
      runningInterest: fromBreakdown?.runningInterest ?? '',
    },
    court: { name: c.courtName },
    // One copy of the complaint for each defendant (《民事诉讼法》第一百二十三条); a case has one cardholder.
    complaintCopies: 1,
    // With no evidence on record the complaint lists none: one blank row for the lawyer, never the standard set as if filed.
    evidence: sources.evidence && sources.evidence.length > 0 ? sources.evidence : [unrecordedEvidence],
    filingDate,
  };
}
export type ComplaintData = ReturnType<typeof complaintData>;
