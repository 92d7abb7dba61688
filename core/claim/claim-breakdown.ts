/**
 * The claim as of a date (欠款计算明细, domain.md §5.3 and §8 item 8): outstanding principal, interest
 * (as booked in the ledger plus interest at the agreement's rate after it), 违约金 and fees; the
 * combined annualised charge rate on principal with its 24 % warning and optional cap (domain.md §5.2,
 * 法发〔2017〕22号 item 2); flags for charges barred since 2017; and the wording for interest that keeps
 * running until payment. Each component is rounded to the fen once, in core/money/round-fen.ts.
 */
import type { Bilingual } from '../bilingual';
import { addDays, daysBetween } from '../calendar/date-arithmetic';
import { chineseDate } from '../calendar/chinese-date';
import type { Fen } from '../money/fen';
import { formatYuan, MAX_FEN } from '../money/fen';
import { DossierError } from '../errors';
import type { CardTerms } from './card-terms';
import { barredChargeBasis, barredChargeKind } from './charge-flags';
import type { BarredChargeKind, ChargeFlag } from './charge-flags';
import type { LedgerEntryType } from './ledger-model';
import { Dec, roundToFen } from '../money/round-fen';

/** A rate given as a fraction (0.0005) as a percentage with up to `places` decimals ("0.05%"). */
function percentText(rate: Dec, places = 4): string {
  return `${rate.times(100).toDecimalPlaces(places).toString()}%`;
}

/** The four components of a claim. */
export const claimComponents = ['principal', 'interest', 'penalty', 'fees'] as const;
export type ClaimComponent = (typeof claimComponents)[number];

/**
 * A ledger entry as the computation needs it. `opening` marks a balance entered directly (no history):
 * for the combined rate its principal is taken as outstanding from the start of the rate period.
 */
export type ClaimLedgerEntry = { date: string; type: LedgerEntryType; amountFen: Fen; description: string; opening?: boolean };

/** What the claim is computed from. */
export type ClaimInput = { asOf: string; entries: readonly ClaimLedgerEntry[]; terms: CardTerms; firstDefaultDate: string };

/** One line of the breakdown. */
export type ClaimLine = { component: ClaimComponent; label: Bilingual; ledgerFen: Fen; accruedFen: Fen; beforeCapFen: Fen; claimedFen: Fen; formula: Bilingual };

/** The combined annualised charge rate on principal and the 24 % cap. */
export type CombinedRate = {
  from: string;
  to: string;
  /** Σ of the day-end principal over the period, in fen-days (decimal text: it can exceed 2^53). */
  principalDays: string;
  averagePrincipalFen: Fen;
  chargesFen: Fen;
  /** Interest + penalty + fees as a percentage a year of the principal outstanding, or null without principal. */
  annualPercent: string | null;
  above24: boolean;
  /** The most that 24 % a year allows over the period. */
  capFen: Fen | null;
  capApplied: boolean;
  reductions: Record<'interest' | 'penalty' | 'fees', Fen>;
};

/** Interest computed at the agreement's rate after the ledger's last booked interest. */
export type Accrual = { from: string; to: string; days: number; dailyRate: string; exactFen: string; fen: Fen } | null;

/** The itemised claim the complaint and the evidence list use. */
export type ClaimBreakdown = {
  asOf: string;
  entryCount: number;
  ledgerFrom: string | null;
  ledgerTo: string | null;
  dailyRate: string;
  annualRatePercent: string;
  lines: ClaimLine[];
  accrual: Accrual;
  combinedRate: CombinedRate;
  flags: ChargeFlag[];
  /** Payments that exceeded everything owed at the time (an overpayment credit). */
  unallocatedPaymentFen: Fen;
  totalFen: Fen;
  runningInterest: Bilingual;
  warnings: Bilingual[];
};

const componentLabels: Record<ClaimComponent, Bilingual> = {
  principal: { zh: '透支本金', en: 'Principal' },
  interest: { zh: '利息', en: 'Interest' },
  penalty: { zh: '违约金', en: 'Penalty (违约金)' },
  fees: { zh: '手续费等费用', en: 'Fees' },
};

const componentOf: Record<Exclude<LedgerEntryType, 'payment'>, ClaimComponent> = {
  consumption: 'principal', 'cash-advance': 'principal', adjustment: 'principal', interest: 'interest', penalty: 'penalty', fee: 'fees',
};

/** Payment allocation orders (card-terms.ts). */
const allocation: Record<CardTerms['allocationOrder'], ClaimComponent[]> = {
  'charges-first': ['fees', 'interest', 'penalty', 'principal'],
  'principal-first': ['principal', 'interest', 'penalty', 'fees'],
};

/** The daily rate as a fraction: a daily percentage / 100, or an annual one / 100 / 365. */
export function dailyRateOf(terms: CardTerms): Dec {
  const rate = new Dec(terms.interestRatePercent).dividedBy(100);
  return terms.rateBasis === 'daily' ? rate : rate.dividedBy(365);
}

type Balances = Record<ClaimComponent, Fen>;

/** Walks the ledger in date order; returns the balances and each date's closing principal. */
function walk(entries: readonly ClaimLedgerEntry[], order: ClaimComponent[]) {
  const balances: Balances = { principal: 0, interest: 0, penalty: 0, fees: 0 };
  const closing: { date: string; principal: Fen }[] = [];
  let unallocated = 0;
  for (const entry of entries) {
    if (entry.type === 'payment') {
      let left = entry.amountFen;
      for (const component of order) {
        const take = Math.min(left, Math.max(0, balances[component]));
        balances[component] -= take;
        left -= take;
      }
      unallocated += left;
    } else balances[componentOf[entry.type]] += entry.amountFen;
    const last = closing.at(-1);
    if (last?.date === entry.date) last.principal = balances.principal;
    else closing.push({ date: entry.date, principal: balances.principal });
  }
  return { balances, closing, unallocated };
}

/** Σ over days from..to (inclusive) of the day-end principal (never below zero), in fen-days. */
export function principalDays(closing: readonly { date: string; principal: Fen }[], from: string, to: string): Dec {
  let total = new Dec(0);
  if (to < from) return total;
  const changes = closing.filter((c) => c.date <= to);
  let balance = 0;
  let index = 0;
  // A day's end-of-day principal is the closing balance of the last change on or before it.
  while (index < changes.length && changes[index]!.date <= from) balance = changes[index++]!.principal;
  let cursor = from;
  for (;;) {
    const next = changes[index];
    const segmentEnd = next ? addDays(next.date, -1) : to;
    total = total.plus(new Dec(Math.max(0, balance)).times(daysBetween(cursor, segmentEnd) + 1));
    if (!next) return total;
    balance = next.principal;
    cursor = next.date;
    index++;
  }
}

/**
 * A ledger whose amounts add up to more than a claim can hold (MAX_FEN; stored by a version that checked each file
 * alone) is refused in words that say how to mend it, before any sum could leave the range of exact integers.
 */
function checkLedgerTotal(entries: readonly { amountFen: Fen }[]): void {
  let total = 0;
  for (const entry of entries) {
    total += Math.abs(entry.amountFen);
    if (total > MAX_FEN) {
      throw new DossierError('invalid-input', {
        zh: `本案账单流水的金额合计超过上限 ${formatYuan(MAX_FEN)} 元，无法计算诉请金额；请删除有误的账单流水，或重新导入正确的账单（替换现有记录）`,
        en: `This case's ledger adds up to more than the limit of ${formatYuan(MAX_FEN)} yuan, so no claim can be computed; delete the wrong entries, or import the correct ledger in place of the stored one`,
      }, { field: 'ledger' });
    }
  }
}

/** The claim as of `asOf`. */
export function computeClaim(input: ClaimInput): ClaimBreakdown {
  const { asOf, terms } = input;
  checkLedgerTotal(input.entries);
  const warnings: Bilingual[] = [];
  const sorted = input.entries.filter((e) => e.date <= asOf).map((e, i) => ({ e, i }))
    .sort((a, b) => (a.e.date === b.e.date ? a.i - b.i : a.e.date < b.e.date ? -1 : 1)).map(({ e }) => e);

  // Charges barred since 2017 are flagged, and left out when the terms say so.
  const flagged = new Map<BarredChargeKind, ClaimLedgerEntry[]>();
  for (const entry of sorted) {
    const kind = barredChargeKind(entry);
    if (kind) flagged.set(kind, [...(flagged.get(kind) ?? []), entry]);
  }
  const flags: ChargeFlag[] = [...flagged].map(([kind, entries]) => ({
    kind, ...barredChargeBasis[kind],
    entries: entries.map(({ date, description, amountFen }) => ({ date, description, amountFen })),
    originalFen: entries.reduce((sum, e) => sum + e.amountFen, 0),
    reducedFen: 0,
    applied: terms.removeBarredCharges,
  }));
  const counted = terms.removeBarredCharges ? sorted.filter((e) => barredChargeKind(e) === null) : sorted;

  const { balances, closing, unallocated } = walk(counted, allocation[terms.allocationOrder]);
  const dailyRate = dailyRateOf(terms);

  // Interest after the ledger: from the day after the last booked interest, on the day-end principal.
  const lastInterest = counted.filter((e) => e.type === 'interest').at(-1)?.date ?? '';
  const bookedThrough = terms.interestBookedThrough || lastInterest || (input.firstDefaultDate ? addDays(input.firstDefaultDate, -1) : '');
  let accrual: Accrual = null;
  if (!bookedThrough) {
    warnings.push({ zh: '账务明细中没有利息记录，也未填写首次逾期日或计息截止日，未计算账务明细之后的利息', en: 'The ledger has no interest entries and no default date or booked-through date is set; no interest after the ledger was computed' });
  } else if (bookedThrough < asOf) {
    const from = addDays(bookedThrough, 1);
    const exact = principalDays(closing, from, asOf).times(dailyRate);
    accrual = { from, to: asOf, days: daysBetween(from, asOf) + 1, dailyRate: dailyRate.toString(), exactFen: exact.toString(), fen: roundToFen(exact) };
  }

  const ledger: Balances = { ...balances, principal: Math.max(0, balances.principal) };
  if (balances.principal < 0) warnings.push({ zh: '调整后本金为负数，已按零计算', en: 'Adjustments take the principal below zero; it is counted as zero' });
  const beforeCap: Balances = { ...ledger, interest: ledger.interest + (accrual?.fen ?? 0) };

  // Combined annualised charge rate on principal (domain.md §5.2–5.3).
  const firstCharge = counted.find((e) => e.type === 'interest' || e.type === 'penalty' || e.type === 'fee')?.date;
  const rateFrom = input.firstDefaultDate || firstCharge || counted[0]?.date || asOf;
  // Balances entered directly carry no history: their principal counts from the start of the rate period.
  const rateClosing = counted.some((e) => e.opening)
    ? walk(counted.map((e) => (e.opening && e.date > rateFrom ? { ...e, date: rateFrom } : e)).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0)), allocation[terms.allocationOrder]).closing
    : closing;
  const days = principalDays(rateClosing, rateFrom, asOf);
  const chargesFen = beforeCap.interest + beforeCap.penalty + beforeCap.fees;
  const periodDays = daysBetween(rateFrom, asOf) + 1;
  const annual = days.isZero() ? null : new Dec(chargesFen).times(365).dividedBy(days);
  const capFen = days.isZero() ? null : roundToFen(days.times('0.24').dividedBy(365));
  const reductions = { interest: 0, penalty: 0, fees: 0 };
  const claimed: Balances = { ...beforeCap };
  const capApplied = terms.capAt24 && capFen !== null && chargesFen > capFen;
  if (capApplied) {
    // The part above 24 % comes off 违约金 first (CC 585(2) lets courts reduce it), then fees, then interest.
    let excess = chargesFen - capFen;
    for (const component of ['penalty', 'fees', 'interest'] as const) {
      const cut = Math.min(excess, claimed[component]);
      claimed[component] -= cut;
      reductions[component] = cut;
      excess -= cut;
    }
  }
  const combinedRate: CombinedRate = {
    from: rateFrom, to: asOf, principalDays: days.toString(),
    averagePrincipalFen: periodDays > 0 ? roundToFen(days.dividedBy(periodDays)) : 0,
    chargesFen, annualPercent: annual ? annual.times(100).toDecimalPlaces(2).toString() : null,
    above24: annual !== null && annual.greaterThan('0.24'), capFen, capApplied, reductions,
  };

  const rateText = terms.rateBasis === 'daily'
    ? { zh: `日利率${terms.interestRatePercent}%`, en: `${terms.interestRatePercent}% a day` }
    : { zh: `年利率${terms.interestRatePercent}%`, en: `${terms.interestRatePercent}% a year` };
  const lines: ClaimLine[] = claimComponents.map((component) => {
    const accruedFen = component === 'interest' ? (accrual?.fen ?? 0) : 0;
    const cut = component === 'principal' ? 0 : reductions[component];
    const formula: Bilingual = component === 'interest' && accrual
      ? {
          zh: `账务明细所列未还利息 ${formatYuan(ledger.interest)} 元 + 自${chineseDate(accrual.from)}至${chineseDate(accrual.to)}（${accrual.days} 天）以每日未还本金为基数按${rateText.zh}计算的利息 ${formatYuan(accrual.fen)} 元`,
          en: `Unpaid interest in the ledger ${formatYuan(ledger.interest)} + interest from ${accrual.from} to ${accrual.to} (${accrual.days} days) on the daily principal at ${rateText.en}: ${formatYuan(accrual.fen)}`,
        }
      : { zh: '账务明细所列未还金额（已按还款顺序冲抵）', en: 'Unpaid amount in the ledger (after allocating payments)' };
    const capNote: Bilingual | null = cut > 0 ? { zh: `；按年化24%上限调减 ${formatYuan(cut)} 元`, en: `; reduced by ${formatYuan(cut)} to the 24 % cap` } : null;
    return {
      component, label: componentLabels[component], ledgerFen: ledger[component], accruedFen,
      beforeCapFen: beforeCap[component], claimedFen: claimed[component],
      formula: capNote ? { zh: formula.zh + capNote.zh, en: formula.en + capNote.en } : formula,
    };
  });
  const totalFen = lines.reduce((sum, line) => sum + line.claimedFen, 0);

  const annualRate = dailyRate.times(365);
  const runningRate = terms.capAt24 && annualRate.greaterThan('0.24')
    ? { zh: '年利率24%', en: '24% a year' }
    : terms.rateBasis === 'daily'
      ? { zh: `日利率${terms.interestRatePercent}%（折合年利率${percentText(annualRate, 2)}）`, en: `${terms.interestRatePercent}% a day (${percentText(annualRate, 2)} a year)` }
      : rateText;
  const runningInterest: Bilingual = {
    zh: `以及自${chineseDate(addDays(asOf, 1))}起至实际清偿之日止，以未还透支本金人民币${formatYuan(claimed.principal)}元为基数，按${runningRate.zh}计算的利息${terms.capAt24 ? '（利息、违约金及费用合计以年利率24%为限）' : ''}`,
    en: `and interest from ${addDays(asOf, 1)} until actual payment on the unpaid principal of ${formatYuan(claimed.principal)} at ${runningRate.en}${terms.capAt24 ? ' (interest, penalty and fees together capped at 24% a year)' : ''}`,
  };
  if (combinedRate.above24 && !capApplied) {
    warnings.push({ zh: `利息、违约金及费用合计折合年化 ${combinedRate.annualPercent}%，超过24%，法院可能调减（法发〔2017〕22号第2条）`, en: `Interest, penalty and fees amount to ${combinedRate.annualPercent}% a year, above 24%; courts may reduce them (法发〔2017〕22号 item 2)` });
  }
  return {
    asOf, entryCount: counted.length, ledgerFrom: sorted[0]?.date ?? null, ledgerTo: sorted.at(-1)?.date ?? null,
    dailyRate: dailyRate.toString(), annualRatePercent: annualRate.times(100).toDecimalPlaces(4).toString(),
    lines, accrual, combinedRate, flags, unallocatedPaymentFen: unallocated, totalFen, runningInterest, warnings,
  };
}

/** The claimed amount of one component. */
export function claimedFen(breakdown: ClaimBreakdown, component: ClaimComponent): Fen {
  return breakdown.lines.find((line) => line.component === component)!.claimedFen;
}
