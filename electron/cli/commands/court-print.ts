import type { CaseJurisdiction } from '../../../core/court/court-operations';
import type { AcceptanceFee, FeeReport, ScheduleFee } from '../../../core/court/fee-calculator';
import type { Candidate } from '../../../core/court/jurisdiction-advisor';
import type { Finding } from '../../../core/court/jurisdiction-findings';
import type { ProcedureChoice } from '../../../core/court/procedure-choice';
import { candidateBasisLabels, procedureOutcomeLabels, standingLabels } from '../../../core/court/court-labels';
import { yuanString } from '../../../core/money/fen';

/**
 * How the court commands print: amounts as decimal yuan strings ("175.00"), never floats, so a
 * script reading --json gets exact values; text output Chinese first.
 */

function lines(fee: ScheduleFee) {
  return fee.lines.map((l) => ({
    from: String(l.fromYuan), to: l.toYuan === null ? null : String(l.toYuan),
    flat: l.flatYuan === null ? null : yuanString(l.flatYuan * 100), ratePercent: l.ratePercent,
    part: yuanString(l.partFen), exact: l.exactYuan, charge: yuanString(l.chargeFen),
  }));
}

function scheduleJson(fee: ScheduleFee) {
  return { amount: yuanString(fee.amountFen), lines: lines(fee), total: yuanString(fee.uncappedFen), cap: fee.capFen === null ? null : yuanString(fee.capFen), fee: yuanString(fee.feeFen), citation: fee.citation };
}

function acceptanceJson(fee: AcceptanceFee) {
  return { ...scheduleJson(fee), procedure: fee.procedure, closedBy: fee.closedBy, full: yuanString(fee.fullFen), halved: fee.halved, halvingGrounds: fee.halvingGrounds, payable: yuanString(fee.payableFen) };
}

/** `dossier fee` as JSON: the three fees and their breakdowns. */
export function feeJson(report: FeeReport) {
  return {
    amount: yuanString(report.amountFen),
    acceptanceFee: yuanString(report.acceptance.payableFen),
    preservationFee: yuanString(report.preservation.feeFen),
    enforcementFee: yuanString(report.enforcement.feeFen),
    breakdown: { acceptance: acceptanceJson(report.acceptance), preservation: scheduleJson(report.preservation), enforcement: scheduleJson(report.enforcement) },
  };
}

/** `dossier fee` as text: one block per fee, a line per bracket. */
export function feeText(report: FeeReport): string {
  const block = (title: string, fee: ScheduleFee, total: string, extra: string[] = []) => [
    `${title}：${total} 元（${fee.citation.zh}）`,
    ...fee.lines.map((l) => `  ${l.fromYuan}–${l.toYuan ?? '∞'} 元：${l.flatYuan !== null ? `每件 ${l.flatYuan} 元` : `${yuanString(l.partFen)} × ${l.ratePercent}% = ${l.exactYuan}`} → ${yuanString(l.chargeFen)}`),
    ...extra,
  ];
  const a = report.acceptance;
  return [
    `金额 Amount: ${yuanString(report.amountFen)}`,
    ...block('案件受理费 Acceptance fee', a, yuanString(a.payableFen), a.halved ? [`  全额 ${yuanString(a.fullFen)}，减半（仅减半一次，《民诉法解释》第二百零六条）：${a.halvingGrounds.map((g) => g.citation.zh).join('、')}`] : []),
    ...block('财产保全费 Preservation fee', report.preservation, yuanString(report.preservation.feeFen), report.preservation.capFen !== null ? ['  超过上限，按 5000 元收取'] : []),
    ...block('申请执行费 Enforcement fee', report.enforcement, yuanString(report.enforcement.feeFen)),
  ].join('\n');
}

function finding(f: Finding) {
  return { code: f.code, zh: f.text.zh, en: f.text.en, citation: f.citation };
}

function candidateJson(c: Candidate) {
  return {
    rank: c.rank, courtId: c.courtId, court: c.courtName, divisionCode: c.divisionCode, division: c.divisionPath, standing: c.standing,
    bases: c.bases, reasons: c.reasons.map(finding), warnings: c.warnings.map(finding),
    appeal: c.appeal && { courtId: c.appeal.courtId, court: c.appeal.courtName, reason: finding(c.appeal.reason) },
  };
}

/** `dossier calc procedure` as JSON. */
export function procedureJson(choice: ProcedureChoice & { provinceCode: string }) {
  const t = choice.threshold;
  return {
    procedure: choice.outcome, likelyProcedure: choice.likelyProcedure, provinceCode: choice.provinceCode,
    threshold: t && { province: t.province, mandatoryLimit: yuanString(t.mandatoryLimitFen), agreementLimit: yuanString(t.agreementLimitFen), wageYear: t.wageYear, wageBasis: t.wageBasis, inForceFrom: t.inForceFrom, source: t.source },
    reasons: choice.reasons.map((r) => ({ zh: r.text.zh, en: r.text.en, citation: r.citation })),
  };
}

/** `dossier court suggest` as JSON. */
export function suggestJson(view: CaseJurisdiction) {
  const { advice } = view;
  return {
    caseId: view.caseId, filingDate: advice.filingDate, amount: yuanString(advice.amountFen), level: advice.level,
    divisions: advice.divisions,
    candidates: advice.candidates.map(candidateJson), ruledOut: advice.ruledOut.map(candidateJson), warnings: advice.warnings.map(finding),
    procedure: procedureJson(advice.procedure), fees: feeJson(view.fees),
    chosen: view.chosen,
  };
}

/** `dossier court suggest` as text. */
export function suggestText(view: CaseJurisdiction): string {
  const { advice } = view;
  const out = [`案件 ${view.caseId} 候选管辖法院 Candidate courts (起诉日 ${advice.filingDate}，标的额 ${yuanString(advice.amountFen)} 元)`];
  for (const c of advice.candidates) {
    out.push(`${c.rank}. ${c.courtName}【${standingLabels[c.standing].zh}】${c.bases.map((b) => candidateBasisLabels[b].zh).join('、')}`);
    for (const r of c.reasons) out.push(`   理由：${r.text.zh}（${r.citation.zh}）`);
    for (const w of c.warnings) out.push(`   注意：${w.text.zh}（${w.citation.zh}）`);
    if (c.appeal) out.push(`   上诉：${c.appeal.courtName}`);
  }
  for (const c of advice.ruledOut) out.push(`✗ ${c.courtName}：${c.reasons.map((r) => `${r.text.zh}（${r.citation.zh}）`).join('；')}`);
  for (const w of advice.warnings) out.push(`! ${w.text.zh}（${w.citation.zh}）`);
  if (view.chosen && view.chosen.overrideReason !== '') out.push(`已选择候选法院以外的法院 Court outside the candidates: ${view.chosen.courtName}（理由：${view.chosen.overrideReason}）`);
  out.push(`程序 Procedure: ${procedureOutcomeLabels[advice.procedure.outcome].zh} / ${procedureOutcomeLabels[advice.procedure.outcome].en}`);
  out.push(`受理费 Acceptance fee: ${yuanString(view.fees.acceptance.payableFen)}`);
  return out.join('\n');
}
