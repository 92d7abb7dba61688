/**
 * Charges barred since 2017-01-01 by the PBOC's 2016 card notice (银发〔2016〕111号, domain.md §5.1):
 * 滞纳金 was abolished (a late charge must be an agreed 违约金), no over-limit fee (超限费) may be
 * charged, and no interest may be charged on 违约金, annual fees, cash-advance fees or other fees.
 * Entries are recognised by their type and the words of their description.
 */
import type { Bilingual } from '../bilingual';
import type { Fen } from '../money/fen';
import type { LedgerEntryType } from './ledger-model';

/** The day the 2016 notice took effect. */
export const barredChargesFrom = '2017-01-01';

/** Kinds of barred charge. */
export type BarredChargeKind = 'late-fee-after-2017' | 'over-limit-fee-after-2017' | 'interest-on-charges';

/** What the user is shown for each kind: the rule and its source. */
export const barredChargeBasis: Record<BarredChargeKind, { title: Bilingual; basis: Bilingual }> = {
  'late-fee-after-2017': {
    title: { zh: '2017年1月1日后收取的滞纳金', en: 'Late-payment fee (滞纳金) charged after 1 January 2017' },
    basis: { zh: '《中国人民银行关于信用卡业务有关事项的通知》（银发〔2016〕111号）自2017年1月1日起取消滞纳金，逾期只能按约定收取违约金', en: 'PBOC notice 银发〔2016〕111号 abolished 滞纳金 from 2017-01-01; only an agreed 违约金 may be charged for late payment' },
  },
  'over-limit-fee-after-2017': {
    title: { zh: '2017年1月1日后收取的超限费', en: 'Over-limit fee charged after 1 January 2017' },
    basis: { zh: '银发〔2016〕111号：发卡机构不得对持卡人超过信用额度用卡的行为收取超限费', en: 'PBOC notice 银发〔2016〕111号: no over-limit fee may be charged from 2017-01-01' },
  },
  'interest-on-charges': {
    title: { zh: '对违约金、年费、手续费等计收的利息', en: 'Interest charged on penalties or fees' },
    basis: { zh: '银发〔2016〕111号：发卡机构不得对违约金、年费、取现手续费、货币兑换费等服务费用计收利息', en: 'PBOC notice 银发〔2016〕111号: no interest may be charged on 违约金, annual fees, cash advance fees, conversion fees or similar fees' },
  },
};

/** The barred kind of one ledger entry, or null when the entry may be claimed. */
export function barredChargeKind(entry: { date: string; type: LedgerEntryType; description: string }): BarredChargeKind | null {
  if (entry.date < barredChargesFrom) return null;
  const text = entry.description;
  if (entry.type === 'interest') return /违约金|滞纳金|年费|手续费|费用|取现费|fee|penalt/i.test(text) ? 'interest-on-charges' : null;
  if (entry.type !== 'fee' && entry.type !== 'penalty') return null;
  if (/滞纳金|late\s*(payment\s*)?fee/i.test(text)) return 'late-fee-after-2017';
  if (/超限费|超限额费|超额费|over-?limit/i.test(text)) return 'over-limit-fee-after-2017';
  return null;
}

/** One flag on the claim: the entries concerned, the amount as charged and as reduced, and the rule. */
export type ChargeFlag = {
  kind: BarredChargeKind;
  title: Bilingual;
  basis: Bilingual;
  entries: { date: string; description: string; amountFen: Fen }[];
  originalFen: Fen;
  reducedFen: Fen;
  /** Whether the breakdown already leaves these charges out (the terms' removeBarredCharges). */
  applied: boolean;
};
