/**
 * The settlement plan as the settlement agreement (和解协议) document will print it: the same schedule
 * the tracking tab shows, with amounts in figures and in capitals (《支付结算办法》 capitals rule) and
 * dates as filings write them. A template can fill its instalment table and acceleration clause from
 * this without redoing any arithmetic (domain.md §7.4 recommended contents).
 */
import { chineseDate } from '../calendar/chinese-date';
import { amountInCapitals } from '../money/amount-in-capitals';
import { formatYuan } from '../money/fen';
import type { Fen } from '../money/fen';
import type { SettlementPlan } from './settlement-plan';

/** An amount as a document writes it. */
export type DocumentAmount = { figures: string; capitals: string };

function amount(fen: Fen): DocumentAmount {
  return { figures: formatYuan(fen), capitals: amountInCapitals(fen) };
}

/** The plan in the form a settlement agreement template uses. */
export function settlementAgreementData(plan: SettlementPlan) {
  const grace = plan.graceDays > 0 ? `（宽限 ${plan.graceDays} 日）` : '';
  return {
    agreedDate: chineseDate(plan.agreedDate),
    total: amount(plan.totalFen),
    originalDebt: amount(plan.originalDebtFen),
    installmentCount: plan.installments.length,
    installments: plan.installments.map((i) => ({ seq: i.seq, dueDate: chineseDate(i.dueDate), ...amount(i.amountFen) })),
    accelerationClause: plan.onDefault === 'original-debt'
      ? `乙方任何一期未按期足额还款${grace}的，甲方有权解除本协议，按原债务人民币${amountInCapitals(plan.originalDebtFen)}扣除已还款项后的余额一次性主张。`
      : `乙方任何一期未按期足额还款${grace}的，剩余未还款项全部提前到期，甲方有权一次性主张。`,
  };
}
