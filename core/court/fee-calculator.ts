/**
 * Court fees by the brackets of 《诉讼费用交纳办法》 (domain.md §3), exact to the fen. Amounts are
 * integer fen; each bracket's rate is applied with decimal.js, and the exact sum is rounded to the
 * fen once, half up, by the shared helper core/money/round-fen.ts (the Measures say nothing about
 * rounding, domain.md §3 [U]).
 */
import type { Bilingual } from '../bilingual';
import { DossierError } from '../errors';
import { assertFen } from '../money/fen';
import type { Fen } from '../money/fen';
import { Dec, roundToFen } from '../money/round-fen';
import { acceptanceSchedule, enforcementSchedule, preservationSchedule } from './fee-schedules';
import type { FeeBracket, FeeSchedule } from './fee-schedules';

/** The three procedures (GLOSSARY: 小额诉讼程序 / 简易程序 / 普通程序). */
export const procedures = ['small-claims', 'simplified', 'ordinary'] as const;
export type Procedure = (typeof procedures)[number];

/** How a case ended, as far as the fee is concerned: judgment, mediation (调解) or withdrawal (撤诉). */
export const closings = ['judgment', 'mediation', 'withdrawal'] as const;
export type Closing = (typeof closings)[number];

/** One bracket's share of a fee: the part of the amount inside it and what it charges. */
export type FeeBreakdownLine = {
  fromYuan: number;
  toYuan: number | null;
  flatYuan: number | null;
  ratePercent: string | null;
  /** The part of the amount inside this bracket, in fen. */
  partFen: Fen;
  /** The exact charge in yuan before rounding, e.g. "2111.103". */
  exactYuan: string;
  /** The charge rounded to the fen. */
  chargeFen: Fen;
};

/** A fee computed on one schedule, with its bracket-by-bracket breakdown. */
export type ScheduleFee = {
  schedule: FeeSchedule['id'];
  amountFen: Fen;
  lines: FeeBreakdownLine[];
  /** The sum of the brackets, rounded to the fen, before any cap. */
  uncappedFen: Fen;
  /** Set when the schedule's cap applied (preservation: 5,000 yuan). */
  capFen: Fen | null;
  feeFen: Fen;
  citation: Bilingual;
};

const FEN_PER_YUAN = 100;

function lineFor(bracket: FeeBracket, amountFen: Fen): { line: FeeBreakdownLine; exactFen: Dec } | null {
  const fromFen = bracket.fromYuan * FEN_PER_YUAN;
  const toFen = bracket.toYuan === null ? Number.POSITIVE_INFINITY : bracket.toYuan * FEN_PER_YUAN;
  // The first bracket's flat charge is due on any amount, including zero ("不超过1万元的，每件交纳50元").
  const isFlat = bracket.flatYuan !== undefined;
  if (!isFlat && amountFen <= fromFen) return null;
  const partFen = Math.max(0, Math.min(amountFen, toFen) - fromFen);
  const exactFen = isFlat
    ? new Dec(bracket.flatYuan!).times(FEN_PER_YUAN)
    : new Dec(partFen).times(bracket.ratePercent!).dividedBy(100);
  return {
    exactFen,
    line: {
      fromYuan: bracket.fromYuan,
      toYuan: bracket.toYuan,
      flatYuan: bracket.flatYuan ?? null,
      ratePercent: bracket.ratePercent ?? null,
      partFen,
      exactYuan: exactFen.dividedBy(FEN_PER_YUAN).toFixed(),
      chargeFen: roundToFen(exactFen),
    },
  };
}

/** Applies a schedule to an amount: each bracket's share, the exact sum rounded once, then the cap. */
export function applySchedule(schedule: FeeSchedule, amountFen: Fen): ScheduleFee {
  assertFen(amountFen);
  if (amountFen < 0) {
    throw new DossierError('invalid-input', { zh: '金额不能为负数', en: 'The amount cannot be negative' }, { field: 'amount' });
  }
  const lines: FeeBreakdownLine[] = [];
  let exact = new Dec(0);
  for (const bracket of schedule.brackets) {
    const computed = lineFor(bracket, amountFen);
    if (!computed) continue;
    lines.push(computed.line);
    exact = exact.plus(computed.exactFen);
  }
  const uncappedFen = roundToFen(exact);
  const capFen = schedule.capYuan !== undefined && uncappedFen > schedule.capYuan * FEN_PER_YUAN ? schedule.capYuan * FEN_PER_YUAN : null;
  return { schedule: schedule.id, amountFen, lines, uncappedFen, capFen, feeFen: capFen ?? uncappedFen, citation: schedule.citation };
}

/** Why an acceptance fee is halved: the procedure (art. 16) or the way the case closed (art. 15). */
export type HalvingGround = { ground: 'simplified-procedure' | 'small-claims' | 'mediation' | 'withdrawal'; citation: Bilingual };

/** The case acceptance fee (案件受理费) as charged and as finally borne after any halving. */
export type AcceptanceFee = ScheduleFee & {
  procedure: Procedure;
  closedBy: Closing;
  /** The full fee on the schedule. */
  fullFen: Fen;
  /** Every ground that would halve the fee; the fee is halved once however many apply (Interp 206). */
  halvingGrounds: HalvingGround[];
  halved: boolean;
  /** The fee after halving (half the full fee, rounded half up to the fen). */
  payableFen: Fen;
};

/** Grounds for halving; several may apply but they never stack (司法解释第二百零六条). */
function halvingGroundsOf(procedure: Procedure, closedBy: Closing): HalvingGround[] {
  const grounds: HalvingGround[] = [];
  if (procedure === 'simplified') {
    grounds.push({ ground: 'simplified-procedure', citation: { zh: '《诉讼费用交纳办法》第十六条', en: 'Fee Measures art. 16' } });
  }
  if (procedure === 'small-claims') {
    // Small claims is a chapter of the simplified procedure, so art. 16 halves it too (domain.md §2.1 [S]).
    grounds.push({ ground: 'small-claims', citation: { zh: '《诉讼费用交纳办法》第十六条（小额诉讼属简易程序）', en: 'Fee Measures art. 16 (small claims is part of the simplified procedure)' } });
  }
  if (closedBy === 'mediation') grounds.push({ ground: 'mediation', citation: { zh: '《诉讼费用交纳办法》第十五条', en: 'Fee Measures art. 15' } });
  if (closedBy === 'withdrawal') grounds.push({ ground: 'withdrawal', citation: { zh: '《诉讼费用交纳办法》第十五条', en: 'Fee Measures art. 15' } });
  return grounds;
}

/** Halves a fee, rounding half a fen up: the court halves the fee it computed, not the exact sum. */
export function halveFen(fen: Fen): Fen {
  return roundToFen(new Dec(fen).dividedBy(2));
}

/** 案件受理费: art. 13(1) brackets, halved once for simplified/small-claims procedure, mediation or withdrawal. */
export function acceptanceFee(amountFen: Fen, procedure: Procedure = 'ordinary', closedBy: Closing = 'judgment'): AcceptanceFee {
  const fee = applySchedule(acceptanceSchedule, amountFen);
  const halvingGrounds = halvingGroundsOf(procedure, closedBy);
  const halved = halvingGrounds.length > 0;
  return { ...fee, procedure, closedBy, fullFen: fee.feeFen, halvingGrounds, halved, payableFen: halved ? halveFen(fee.feeFen) : fee.feeFen };
}

/** 财产保全申请费 on the value actually preserved (art. 14(2)), capped at 5,000 yuan. */
export function preservationFee(preservedFen: Fen): ScheduleFee {
  return applySchedule(preservationSchedule, preservedFen);
}

/** 申请执行费 on the amount to be enforced (art. 14(1)); not prepaid, collected from the debtor (arts. 20, 38). */
export function enforcementFee(enforcedFen: Fen): ScheduleFee {
  return applySchedule(enforcementSchedule, enforcedFen);
}

/** All three fees on one amount, as `dossier fee` prints them. */
export type FeeReport = {
  amountFen: Fen;
  acceptance: AcceptanceFee;
  preservation: ScheduleFee;
  enforcement: ScheduleFee;
};

/** Computes the acceptance, preservation and enforcement fees; preservation and enforcement default to the same amount. */
export function feeReport(input: { amountFen: Fen; procedure?: Procedure; closedBy?: Closing; preservedFen?: Fen; enforcedFen?: Fen }): FeeReport {
  return {
    amountFen: input.amountFen,
    acceptance: acceptanceFee(input.amountFen, input.procedure, input.closedBy),
    preservation: preservationFee(input.preservedFen ?? input.amountFen),
    enforcement: enforcementFee(input.enforcedFen ?? input.amountFen),
  };
}
