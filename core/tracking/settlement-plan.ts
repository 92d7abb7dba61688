/**
 * Settlement plans (和解/分期还款协议): an instalment schedule of at most 60 instalments (the 5-year ceiling
 * for personalised instalment plans, 《商业银行信用卡业务监督管理办法》第七十条, domain.md §5.1), payments
 * credited to the instalments in order, default detection, and the amount that falls due at once under
 * the acceleration clause (加速到期; domain.md §7.4). The settlement agreement document reads the same plan.
 */
import { z } from 'zod';
import type { Bilingual } from '../bilingual';
import { addDays, addMonths, addYears } from '../calendar/date-arithmetic';
import { isCalendarDate } from '../calendar/chinese-date';
import { DossierError } from '../errors';
import type { FieldIssue } from '../errors';
import { addFen, parseYuan } from '../money/fen';
import type { Fen } from '../money/fen';

/** The most instalments a plan may have: 5 years of monthly payments. */
export const maxInstallments = 60;

/** Where the settlement was reached; an enforcement settlement restarts the 2-year period (执行和解规定 art. 10). */
export const settlementContexts = ['pre-suit', 'in-suit', 'enforcement'] as const;
export type SettlementContext = (typeof settlementContexts)[number];

/** What falls due on default: the unpaid instalments, or the original debt (waived interest reinstated) less payments. */
export const accelerationBases = ['remaining-installments', 'original-debt'] as const;
export type AccelerationBasis = (typeof accelerationBases)[number];

/** One instalment. */
export type Installment = { seq: number; dueDate: string; amountFen: Fen };

/** A stored plan. */
export type SettlementPlan = {
  id: number;
  caseId: number;
  agreedDate: string;
  context: SettlementContext;
  totalFen: Fen;
  /** Days after a due date before a missed instalment counts as a default (宽限期). */
  graceDays: number;
  onDefault: AccelerationBasis;
  /** The full debt the debtor owes if the plan fails (for onDefault = 'original-debt'). */
  originalDebtFen: Fen;
  installments: Installment[];
  note: string;
  createdAt: string;
};

/** The plan as the user enters it: an even schedule is generated from count and first due date. */
export const planInput = z.object({
  agreedDate: z.string().trim().max(10),
  context: z.enum(settlementContexts),
  totalAmount: z.string().trim().max(24),
  installmentCount: z.number().int().min(1).max(maxInstallments),
  firstDueDate: z.string().trim().max(10),
  intervalMonths: z.number().int().min(1).max(12).default(1),
  graceDays: z.number().int().min(0).max(90).default(0),
  onDefault: z.enum(accelerationBases).default('remaining-installments'),
  originalDebtAmount: z.string().trim().max(24).default(''),
  note: z.string().trim().max(2000).default(''),
});
export type PlanInput = z.input<typeof planInput>;
export type PlanInputParsed = z.output<typeof planInput>;

/**
 * An even schedule: every instalment is the total divided by the count, in whole fen, and the last one
 * takes the remainder so the schedule adds up exactly. Due dates are the corresponding day of each later
 * month counted from the first (31 Jan → 28/29 Feb → 31 Mar, CC 202), never chained from the previous.
 */
export function buildSchedule(totalFen: Fen, count: number, firstDueDate: string, intervalMonths = 1): Installment[] {
  const base = Math.floor(totalFen / count);
  const remainder = totalFen - base * count;
  return Array.from({ length: count }, (_, i) => ({
    seq: i + 1,
    dueDate: addMonths(firstDueDate, i * intervalMonths),
    amountFen: i === count - 1 ? base + remainder : base,
  }));
}

/** Checks a plan input and returns it in fen with its schedule; throws DossierError listing every problem. */
export function planFromInput(input: PlanInputParsed): Omit<SettlementPlan, 'id' | 'caseId' | 'createdAt'> {
  const issues: FieldIssue[] = [];
  const problem = (field: string, message: Bilingual) => issues.push({ field, message });
  const amount = (field: string, text: string): Fen | null => {
    try {
      return parseYuan(text, field);
    } catch (error) {
      if (error instanceof DossierError) problem(field, error.text);
      return null;
    }
  };
  if (!isCalendarDate(input.agreedDate)) problem('agreedDate', { zh: '请填写协议签订日期（YYYY-MM-DD）', en: 'Enter the date of the agreement (YYYY-MM-DD)' });
  if (!isCalendarDate(input.firstDueDate)) problem('firstDueDate', { zh: '请填写首期还款日（YYYY-MM-DD）', en: 'Enter the first due date (YYYY-MM-DD)' });
  const totalFen = amount('totalAmount', input.totalAmount);
  if (totalFen !== null && totalFen < input.installmentCount) {
    problem('totalAmount', { zh: '和解金额不足以分成所填期数（每期至少 0.01 元）', en: 'The amount is too small for that many instalments (at least 0.01 each)' });
  }
  const originalDebtFen = input.originalDebtAmount === '' ? totalFen : amount('originalDebtAmount', input.originalDebtAmount);
  if (input.onDefault === 'original-debt' && input.originalDebtAmount === '') {
    problem('originalDebtAmount', { zh: '违约后恢复原债务的，请填写原债务金额', en: 'Enter the original debt that revives on default' });
  }
  if (totalFen !== null && originalDebtFen !== null && originalDebtFen < totalFen) {
    problem('originalDebtAmount', { zh: '原债务金额不应小于和解金额', en: 'The original debt cannot be less than the settlement amount' });
  }
  if (issues.length === 0 && input.firstDueDate < input.agreedDate) {
    problem('firstDueDate', { zh: '首期还款日不能早于协议签订日', en: 'The first due date cannot be before the agreement date' });
  }
  const installments = issues.length === 0 ? buildSchedule(totalFen!, input.installmentCount, input.firstDueDate, input.intervalMonths) : [];
  const last = installments.at(-1);
  if (last && last.dueDate > addYears(input.agreedDate, 5)) {
    problem('installmentCount', {
      zh: `最后一期（${last.dueDate}）超过协议签订后 5 年；个性化分期最长 5 年（《商业银行信用卡业务监督管理办法》第七十条）`,
      en: `The last instalment (${last.dueDate}) is more than 5 years after the agreement; personalised plans last at most 5 years (card measures art. 70)`,
    });
  }
  if (issues.length > 0) {
    throw new DossierError('invalid-input', { zh: '和解方案有误，请修改后再保存', en: 'The settlement plan has problems; please correct them' }, { field: issues[0]!.field }, issues);
  }
  return {
    agreedDate: input.agreedDate, context: input.context, totalFen: totalFen!, graceDays: input.graceDays,
    onDefault: input.onDefault, originalDebtFen: originalDebtFen!, installments, note: input.note,
  };
}

/** A payment credited to a plan. */
export type PlanPayment = { date: string; amountFen: Fen };

/** Where each instalment stands on a day. */
export type InstallmentStatus = Installment & {
  paidFen: Fen;
  /** The day cumulative payments first covered this instalment. */
  paidOn: string | null;
  status: 'paid' | 'part-paid' | 'due' | 'overdue';
  /** Paid after the grace period ended (a default, even if cured later). */
  late: boolean;
};

/** The plan's position on `today`. */
export type PlanStatus = {
  installments: InstallmentStatus[];
  paidFen: Fen;
  outstandingFen: Fen;
  state: 'performing' | 'default' | 'completed';
  /** The first day an instalment was unpaid after its grace period, if ever. */
  firstDefaultOn: string | null;
  /** What the creditor may claim at once now (加速到期), when the plan is in default; otherwise 0. */
  acceleratedFen: Fen;
  acceleratedRule: Bilingual | null;
  /** The last due date: the 2-year resumption period of an enforcement settlement runs from it (执行和解规定 art. 10). */
  lastDueDate: string;
};

/** Credits payments to instalments in due-date order and finds defaults as of `today`. */
export function planStatus(plan: Pick<SettlementPlan, 'installments' | 'totalFen' | 'graceDays' | 'onDefault' | 'originalDebtFen'>, payments: readonly PlanPayment[], today: string): PlanStatus {
  const sorted = [...payments].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const paidBy = (date: string) => addFen(0, ...sorted.filter((p) => p.date <= date).map((p) => p.amountFen));
  const paidToday = paidBy(today);
  let cumulativeDue = 0;
  let firstDefaultOn: string | null = null;
  let inDefaultNow = false;
  const installments = plan.installments.map((inst): InstallmentStatus => {
    const dueBefore = cumulativeDue;
    cumulativeDue = addFen(cumulativeDue, inst.amountFen);
    const paidFen = Math.max(0, Math.min(inst.amountFen, paidToday - dueBefore));
    let runningTotal = 0;
    let paidOn: string | null = null;
    for (const p of sorted) {
      runningTotal = addFen(runningTotal, p.amountFen);
      if (runningTotal >= cumulativeDue) {
        paidOn = p.date;
        break;
      }
    }
    const graceEnd = addDays(inst.dueDate, plan.graceDays);
    const late = today > graceEnd && paidBy(graceEnd) < cumulativeDue;
    if (late && firstDefaultOn === null) firstDefaultOn = addDays(graceEnd, 1);
    const settled = paidFen >= inst.amountFen;
    const overdue = !settled && today > graceEnd;
    if (overdue) inDefaultNow = true;
    return {
      ...inst, paidFen, paidOn: settled ? paidOn : null, late,
      status: settled ? 'paid' : overdue ? 'overdue' : paidFen > 0 ? 'part-paid' : 'due',
    };
  });
  const paidFen = paidToday;
  const outstandingFen = Math.max(0, plan.totalFen - paidFen);
  const state = outstandingFen === 0 ? 'completed' : inDefaultNow ? 'default' : 'performing';
  let acceleratedFen = 0;
  let acceleratedRule: Bilingual | null = null;
  if (state === 'default') {
    if (plan.onDefault === 'original-debt') {
      acceleratedFen = Math.max(0, plan.originalDebtFen - paidFen);
      acceleratedRule = {
        zh: '协议约定违约即恢复原债务：原债务金额扣除已付款项后一次性到期',
        en: 'On default the original debt revives: the original debt less payments falls due at once',
      };
    } else {
      acceleratedFen = outstandingFen;
      acceleratedRule = {
        zh: '协议约定任一期未按时足额履行，剩余各期全部提前到期（加速到期条款）',
        en: 'A missed instalment makes every remaining instalment due at once (acceleration clause)',
      };
    }
  }
  return {
    installments, paidFen, outstandingFen, state, firstDefaultOn, acceleratedFen, acceleratedRule,
    lastDueDate: plan.installments.at(-1)?.dueDate ?? '',
  };
}
