/**
 * The itemised award of a judgment or mediation document, entered with the judgment or mediation event.
 * It is what the enforcement application enforces (执行工作规定 item 18: the effective document with a
 * definite payment content, Interp 461), never the complaint's claims, which the court may have reduced.
 */
import type { Bilingual } from '../bilingual';
import { DossierError } from '../errors';
import { amountProblem, formatYuan, parseYuan } from '../money/fen';
import type { Fen } from '../money/fen';
import type { AwardDetails, EventDetails } from './event-types';

/** The award in fen. */
export type AwardFen = { principalFen: Fen; interestFen: Fen; penaltyFen: Fen; feesFen: Fen; litigationCostsFen: Fen; totalFen: Fen };

/** The items of an award with the words that name them to the user. */
const itemLabels: Record<Exclude<keyof AwardDetails, 'continuingInterest'>, Bilingual> = {
  principal: { zh: '判决/调解确定的透支本金', en: 'Principal awarded' },
  interest: { zh: '判决/调解确定的利息', en: 'Interest awarded' },
  penalty: { zh: '判决/调解确定的违约金', en: 'Penalty awarded' },
  fees: { zh: '判决/调解确定的手续费等费用', en: 'Fees awarded' },
  litigationCosts: { zh: '由被告负担的诉讼费用', en: 'Litigation costs borne by the defendant' },
};

function amount(text: string | undefined, item: keyof typeof itemLabels): Fen {
  if (text === undefined || text.trim() === '') return 0;
  const problem = amountProblem(text);
  if (problem) throw new DossierError('invalid-input', { zh: `${itemLabels[item].zh}：${problem.zh}`, en: `${itemLabels[item].en}: ${problem.en}` }, { field: `details.award.${item}` });
  return parseYuan(text);
}

/** The award in fen; the principal is the one item every money judgment on a card debt has. */
export function awardFen(award: AwardDetails): AwardFen {
  const principalFen = amount(award.principal, 'principal');
  const interestFen = amount(award.interest, 'interest');
  const penaltyFen = amount(award.penalty, 'penalty');
  const feesFen = amount(award.fees, 'fees');
  const litigationCostsFen = amount(award.litigationCosts, 'litigationCosts');
  return { principalFen, interestFen, penaltyFen, feesFen, litigationCostsFen, totalFen: principalFen + interestFen + penaltyFen + feesFen + litigationCostsFen };
}

/**
 * Checks the itemised award of a judgment or mediation event and keeps the total in step with it: an
 * award without a total gets its sum as the total; a total that differs from the items is refused, naming both.
 */
export function checkAward(details: EventDetails): void {
  const award = details.award;
  if (!award) return;
  if (award.principal.trim() === '') {
    throw new DossierError('invalid-input', { zh: `请填写${itemLabels.principal.zh}`, en: 'Enter the principal awarded' }, { field: 'details.award.principal' });
  }
  const { totalFen } = awardFen(award);
  if (!details.awardedAmount) {
    details.awardedAmount = formatYuan(totalFen);
    return;
  }
  const statedFen = parseYuan(details.awardedAmount, 'details.awardedAmount');
  if (statedFen !== totalFen) {
    throw new DossierError('invalid-input', {
      zh: `判决/调解确定的给付金额 ${formatYuan(statedFen)} 元与各分项合计 ${formatYuan(totalFen)} 元不符`,
      en: `The amount awarded, ${formatYuan(statedFen)} yuan, does not equal the sum of its items, ${formatYuan(totalFen)} yuan`,
    }, { field: 'details.awardedAmount' });
  }
}
