/**
 * The settlement agreement's facts (domain.md §7.4): the debt the debtor acknowledges as of a date (which
 * also interrupts limitation, 诉讼时效规定 art. 14), any conditional waiver, the down payment, the instalment
 * schedule, the acceleration trigger, who bears the court fees and how the suit ends.
 *
 * There is one schedule rule, the tracking module's (core/tracking/settlement-plan.ts `buildSchedule`: even
 * instalments in whole fen, the last taking the remainder, due on the corresponding day of each later month,
 * CC 202). When the case has a stored settlement plan, the agreement prints that plan — its date, amounts,
 * schedule and grace days — so the document and the tracking tab never disagree; the terms a plan does not
 * hold (fee bearers, how the suit ends, account, place) come from the entered inputs. Without a stored plan
 * the entered figures are scheduled by the same `buildSchedule`. How the agreement is given effect (mediation
 * document, withdrawal, judicial confirmation, plain contract, 执行和解) is settlement-route.ts's decision, the same
 * one the filing set is chosen by (filing-set.ts); an ending nobody chose is left for the parties to tick.
 */
import type { Procedure } from '../court/fee-calculator';
import type { Fen } from '../money/fen';
import { buildSchedule } from '../tracking/settlement-plan';
import type { SettlementContext as SettlementStage, SettlementPlan } from '../tracking/settlement-plan';
import type { FeeBearer, SettlementEnding, SettlementInput } from './document-inputs';
import { settledAcceptanceFee } from './filing-court';
import type { InputChecker } from './filing-inputs';
import { intervalWording, scheduleIntervalMonths } from './settlement-interval';
import { settlementRoute, type SettlementChoice, type SettlementRoute } from './settlement-route';

/** One instalment with what remains owing after it is paid. */
export type ScheduledInstalment = { seq: number; dueDate: string; amountFen: Fen; remainingFen: Fen };

/** The terms of a stored settlement plan (core/tracking/settlement-plan.ts) that the agreement prints. */
export type StoredSettlement = Pick<SettlementPlan, 'agreedDate' | 'context' | 'totalFen' | 'graceDays' | 'onDefault' | 'originalDebtFen' | 'installments'>;

/** The settlement agreement's data. */
export type SettlementFacts = {
  /** Whether the schedule is the case's stored plan (tracking) or was entered for this document. */
  source: 'stored-plan' | 'entered';
  /** Where the settlement is made: the stored plan's context, else the entered stage (domain.md §7.4). */
  stage: SettlementStage;
  /** 执行案号 of an enforcement settlement (执行和解, domain.md §6.8); '' for the other stages. */
  enforcementCaseNumber: string;
  /** Months between instalments read from the schedule; null for one instalment or an irregular schedule. */
  intervalMonths: number | null;
  /** The interval as the agreement words it (每月, 每三个月 …); '' when the table's dates stand alone. */
  intervalText: string;
  agreedDate: string;
  confirmedAsOf: string;
  confirmedTotalFen: Fen;
  /** The claim's components when the confirmed total is the claim total; null when a different sum was agreed. */
  confirmedBreakdown: { principalFen: Fen; interestFen: Fen; penaltyFen: Fen; feesFen: Fen } | null;
  waivedFen: Fen;
  settledTotalFen: Fen;
  downPaymentFen: Fen;
  downPaymentDate: string;
  instalmentTotalFen: Fen;
  instalmentCount: number;
  schedule: ScheduledInstalment[];
  firstDueDate: string;
  lastDueDate: string;
  graceDays: number;
  acceptanceFeeFen: Fen | null;
  acceptanceFeeBearer: FeeBearer;
  preservationFeeBearer: FeeBearer;
  /** The ending the parties chose; null = not recorded, so the agreement leaves the choice unticked. */
  ending: SettlementEnding | null;
  /** How the agreement is given effect, decided from its stage and ending (settlement-route.ts). */
  route: SettlementRoute;
  /** The mediation organisation the agreement was reached through; '' = none (CPL 205). */
  mediationOrganisation: string;
  withdrawalWithinDays: number;
  repaymentAccount: string;
  signingPlace: string;
};

/** The claim as the settlement sees it. */
export type SettlementClaim = { asOfDate: string; principalFen: Fen; interestFen: Fen; penaltyFen: Fen; feesFen: Fen; totalFen: Fen };

/** What else the settlement needs: the filing date (the agreement's date when no plan holds one) and the procedure the fee is priced for. */
export type SettlementContext = { filingDate: string; procedure: Procedure | null; enforcementCaseNumber?: string };

/** A schedule with the balance left after each instalment, as the agreement's table prints it. */
function withRemaining(installments: readonly { seq: number; dueDate: string; amountFen: Fen }[], totalFen: Fen): ScheduledInstalment[] {
  let remaining = totalFen;
  return installments.map((i) => {
    remaining -= i.amountFen;
    return { seq: i.seq, dueDate: i.dueDate, amountFen: i.amountFen, remainingFen: remaining };
  });
}

/** The schedule and the amounts around it: the stored plan's, or the entered figures scheduled by `buildSchedule`. */
type ScheduleTerms = Pick<SettlementFacts, 'source' | 'agreedDate' | 'confirmedTotalFen' | 'waivedFen' | 'settledTotalFen' | 'downPaymentFen' | 'downPaymentDate' | 'instalmentTotalFen' | 'graceDays' | 'schedule'> & { confirmedAsEntered: boolean };

function planTerms(plan: StoredSettlement): ScheduleTerms {
  // A plan whose default revives the original debt is a conditional waiver of the difference (domain.md §7.4);
  // one that accelerates the remaining instalments settles the debt at the plan's total.
  const revives = plan.onDefault === 'original-debt';
  const confirmedTotalFen = revives ? plan.originalDebtFen : plan.totalFen;
  return {
    source: 'stored-plan', agreedDate: plan.agreedDate, confirmedTotalFen, waivedFen: confirmedTotalFen - plan.totalFen,
    settledTotalFen: plan.totalFen, downPaymentFen: 0, downPaymentDate: '', instalmentTotalFen: plan.totalFen,
    graceDays: plan.graceDays, schedule: withRemaining(plan.installments, plan.totalFen), confirmedAsEntered: false,
  };
}

function enteredTerms(input: SettlementInput, claim: SettlementClaim, agreedDate: string, check: InputChecker): ScheduleTerms {
  const at = (field: string) => `settlement.${field}`;
  const confirmedTotalFen = check.amount(input.confirmedTotal ?? '', at('confirmedTotal'), claim.totalFen);
  const waivedFen = check.amount(input.waived ?? '0', at('waived'), 0);
  const downPaymentFen = check.amount(input.downPayment ?? '0', at('downPayment'), 0);
  const downPaymentDate = check.date(input.downPaymentDate ?? '', at('downPaymentDate'), downPaymentFen > 0 ? null : '');
  const firstDueDate = check.date(input.firstDueDate, at('firstDueDate'), null);
  const count = input.instalments;
  const settledTotalFen = confirmedTotalFen - waivedFen;
  const instalmentTotalFen = settledTotalFen - downPaymentFen;
  if (confirmedTotalFen <= 0) check.problem(at('confirmedTotal'), { zh: '确认的欠款金额必须大于 0', en: 'The confirmed debt must be more than 0' });
  if (waivedFen >= confirmedTotalFen && confirmedTotalFen > 0) {
    check.problem(at('waived'), { zh: '减免金额必须小于确认的欠款金额', en: 'The waiver must be less than the confirmed debt' });
  } else if (instalmentTotalFen < count) {
    check.problem(at('downPayment'), {
      zh: '首付款过大：扣除首付款后的余额不足以分为所填期数',
      en: 'The down payment is too large: what remains cannot be split into that many instalments',
    });
  }
  if (downPaymentDate !== '' && firstDueDate !== '' && downPaymentDate > firstDueDate) {
    check.problem(at('downPaymentDate'), { zh: '首付款日期应不晚于第一期还款日', en: 'The down payment is due no later than the first instalment' });
  }
  if (firstDueDate !== '' && firstDueDate < agreedDate) {
    check.problem(at('firstDueDate'), { zh: `第一期还款日不能早于协议签订日（${agreedDate}）`, en: `The first instalment cannot fall before the agreement date (${agreedDate})` });
  }
  const schedule = firstDueDate !== '' && instalmentTotalFen >= count
    ? withRemaining(buildSchedule(instalmentTotalFen, count, firstDueDate, input.intervalMonths ?? 1), instalmentTotalFen)
    : [];
  return {
    source: 'entered', agreedDate, confirmedTotalFen, waivedFen, settledTotalFen, downPaymentFen, downPaymentDate, instalmentTotalFen,
    graceDays: input.graceDays ?? 0, schedule, confirmedAsEntered: (input.confirmedTotal ?? '').trim() !== '',
  };
}

/** Where the settlement was reached (the stored plan's context wins), the ending chosen and the mediation organisation named. */
export function settlementChoice(input: SettlementInput | null, plan: StoredSettlement | null): SettlementChoice {
  return {
    stage: plan ? plan.context : (input?.stage ?? 'in-suit'),
    ending: input?.ending ?? null,
    mediationOrganisation: (input?.mediationOrganisation ?? '').trim(),
  };
}

/**
 * Builds the settlement facts from the stored plan (when there is one) and the entered terms, reporting
 * problems to `check`. An acceptance fee left empty is the court module's figure for how the suit ends,
 * unless the plan was reached before suit or in enforcement, when no acceptance fee is this agreement's to state.
 */
export function settlementFacts(input: SettlementInput | null, plan: StoredSettlement | null, claim: SettlementClaim, context: SettlementContext, check: InputChecker): SettlementFacts | null {
  const terms = plan ? planTerms(plan) : input ? enteredTerms(input, claim, context.filingDate, check) : null;
  if (!terms) return null;
  const at = (field: string) => `settlement.${field}`;
  const entered: Partial<SettlementInput> = input ?? {};
  // The debt is acknowledged as of a day no later than the agreement (诉讼时效规定 art. 14): the claim's
  // cut-off, or the agreement's own date when the claim was computed to a later day.
  const confirmedAsOf = check.date(entered.confirmedAsOf ?? '', at('confirmedAsOf'), claim.asOfDate <= terms.agreedDate ? claim.asOfDate : terms.agreedDate);
  if (confirmedAsOf > terms.agreedDate) {
    check.problem(at('confirmedAsOf'), { zh: `欠款确认日期不能晚于协议签订日（${terms.agreedDate}）`, en: `The debt cannot be confirmed as of a day after the agreement (${terms.agreedDate})` });
  }
  const acceptanceFee = (entered.acceptanceFee ?? '').trim();
  const { stage, ending, mediationOrganisation } = settlementChoice(input, plan);
  const inSuit = stage === 'in-suit';
  const { route, problem } = settlementRoute({ stage, ending, mediationOrganisation });
  if (problem) check.problem(at(problem.field), problem.message);
  // An enforcement settlement is filed in the enforcement case (执行和解规定 art. 2): it must name that case.
  const enforcementCaseNumber = stage === 'enforcement' ? ((entered.enforcementCaseNumber ?? '').trim() || (context.enforcementCaseNumber ?? '')) : '';
  if (stage === 'enforcement' && enforcementCaseNumber === '') {
    check.problem(at('enforcementCaseNumber'), {
      zh: '执行和解协议应写明执行案号：请填写，或先在“跟踪”页记录执行立案',
      en: 'An enforcement settlement names the enforcement case number: enter it, or record the enforcement acceptance on the tracking tab',
    });
  }
  const acceptanceFeeFen = acceptanceFee !== ''
    ? check.amount(acceptanceFee, at('acceptanceFee'), null)
    : inSuit ? settledAcceptanceFee(context.procedure, claim.totalFen, route === 'mediation-document' ? 'mediation' : route === 'withdrawal' ? 'withdrawal' : null) : null;
  const asClaimed = !terms.confirmedAsEntered && terms.confirmedTotalFen === claim.totalFen && confirmedAsOf === claim.asOfDate;
  const { schedule } = terms;
  const intervalMonths = scheduleIntervalMonths(schedule.map((i) => i.dueDate));
  return {
    source: terms.source,
    stage,
    enforcementCaseNumber,
    intervalMonths,
    intervalText: intervalWording(intervalMonths),
    agreedDate: terms.agreedDate,
    confirmedAsOf,
    confirmedTotalFen: terms.confirmedTotalFen,
    confirmedBreakdown: asClaimed
      ? { principalFen: claim.principalFen, interestFen: claim.interestFen, penaltyFen: claim.penaltyFen, feesFen: claim.feesFen }
      : null,
    waivedFen: terms.waivedFen,
    settledTotalFen: terms.settledTotalFen,
    downPaymentFen: terms.downPaymentFen,
    downPaymentDate: terms.downPaymentDate,
    instalmentTotalFen: terms.instalmentTotalFen,
    instalmentCount: schedule.length > 0 ? schedule.length : (input?.instalments ?? 0),
    schedule,
    firstDueDate: schedule[0]?.dueDate ?? '',
    lastDueDate: schedule.at(-1)?.dueDate ?? '',
    graceDays: terms.graceDays,
    acceptanceFeeFen,
    acceptanceFeeBearer: entered.acceptanceFeeBearer ?? 'defendant',
    preservationFeeBearer: entered.preservationFeeBearer ?? 'defendant',
    ending,
    route,
    mediationOrganisation,
    withdrawalWithinDays: entered.withdrawalWithinDays ?? 7,
    repaymentAccount: entered.repaymentAccount ?? '',
    signingPlace: entered.signingPlace ?? '',
  };
}
