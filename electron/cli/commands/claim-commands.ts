import type { RolledDate } from '../../../core/calendar/holiday-calendar';
import type { ClaimBreakdown } from '../../../core/claim/claim-breakdown';
import type { LedgerPreview } from '../../../core/claim/claim-operations';
import { limitationSummary } from '../../../core/claim/limitation';
import type { LimitationResult } from '../../../core/claim/limitation';
import type { SkippedRow } from '../../../core/claim/text-table';
import { formatYuan } from '../../../core/money/fen';
import { dispatch } from '../../services/dispatch';
import { openCliServices } from '../cli-context';
import { stringFlag } from '../cli-command';
import type { CliCommand } from '../cli-command';
import { unwrap } from '../cli-output';
import { limitationLines } from '../limitation-lines';
import { required } from './document-commands';
import { caseIdArg, fileArg, runOperation } from './evidence-commands';

/** `dossier claim CASE_ID --as-of YYYY-MM-DD`. */
export const claimCommand: CliCommand = {
  words: ['claim'],
  usage: 'dossier claim CASE_ID [--as-of YYYY-MM-DD] [--db FILE] [--json]\n    计算截至某日的诉请金额明细 / Compute the claim as of a date',
  options: { 'as-of': { type: 'string' } },
  run: (input) => {
    const asOf = stringFlag(input, 'as-of');
    return runOperation<ClaimBreakdown>(input, 'claim:compute', { caseId: caseIdArg(input.args[0]), ...(asOf ? { asOf } : {}) }, (c) => [
      `截至 ${c.asOf} As of ${c.asOf}`,
      ...c.lines.map((l) => `  ${l.label.zh.padEnd(8, '　')} ${formatYuan(l.claimedFen).padStart(16)}  ${l.formula.zh}`),
      `  合计 Total ${formatYuan(c.totalFen).padStart(16)}`,
      `  综合年化费率 Combined rate: ${c.combinedRate.annualPercent ?? '-'}%${c.combinedRate.capApplied ? '（已按24%调减 capped）' : ''}`,
      ...c.flags.map((f) => `  ！${f.title.zh}：${formatYuan(f.originalFen)} → ${formatYuan(f.applied ? f.reducedFen : f.originalFen)}（${f.basis.zh}）`),
      ...c.warnings.map((w) => `  ！${w.zh}`),
      `  ${c.runningInterest.zh}`,
    ]);
  },
};

/** `dossier limitation CASE_ID --filing-date YYYY-MM-DD`. */
export const limitationCommand: CliCommand = {
  words: ['limitation'],
  usage: 'dossier limitation CASE_ID [--filing-date YYYY-MM-DD] [--db FILE] [--json]\n    计算诉讼时效 / Compute the limitation period',
  options: { 'filing-date': { type: 'string' } },
  run: (input) => {
    const filingDate = stringFlag(input, 'filing-date');
    return runOperation<LimitationResult>(input, 'limitation:compute', { caseId: caseIdArg(input.args[0]), ...(filingDate ? { filingDate } : {}) }, (r) => [
      ...limitationLines(limitationSummary(r)),
      `计划立案日 Filing date: ${r.filingDate} — ${r.expiresBeforeFiling ? '时效已届满，被告可提出时效抗辩 Expired: the defendant may plead limitation' : '未届满 Running'}`,
      ...(r.period?.calendarWarning ? [`！${r.period.calendarWarning.zh}`] : []),
      ...r.timeline.map((s) => `  ${s.date} ${s.description.zh}：${s.note.zh}`),
    ]);
  },
};

/** `dossier calc limitation --from YYYY-MM-DD`: the last day of a three-year period counted from that day. */
export const calcLimitationCommand: CliCommand = {
  words: ['calc', 'limitation'],
  usage: 'dossier calc limitation --from YYYY-MM-DD [--json]\n    计算三年诉讼时效的最后一日（起算事件当日不计入，遇法定节假日顺延）/ Last day of a three-year period',
  options: { from: { type: 'string' } },
  run: (input) =>
    runOperation<RolledDate>(input, 'limitation:calc', { from: required(stringFlag(input, 'from'), '--from') }, (r) => [
      r.lastDay,
      ...(r.skipped.length ? [`  顺延：${r.nominal} 为休息日 Rolled past rest days from ${r.nominal}`] : []),
      ...(r.calendarWarning ? [`  ！${r.calendarWarning.zh}`] : []),
    ]),
};

/** `dossier ledger import CASE_ID FILE`: imports transaction detail with the mapping suggested from its headers. */
export const ledgerImportCommand: CliCommand = {
  words: ['ledger', 'import'],
  usage: 'dossier ledger import CASE_ID FILE [--encoding auto|utf-8|gbk|gb18030] [--append] [--db FILE] [--json]\n    导入交易明细（CSV/XLSX，按表头自动识别列）/ Import transaction detail',
  options: { encoding: { type: 'string' }, append: { type: 'boolean', default: false } },
  run: async (input) => {
    const caseId = caseIdArg(input.args[0]);
    const file = { ...fileArg(input.args[1]), encoding: stringFlag(input, 'encoding') ?? 'auto' };
    const services = openCliServices(input.flags);
    let preview: LedgerPreview;
    try {
      preview = unwrap(await dispatch(services.handlers, 'ledger:preview', file)) as LedgerPreview;
    } finally {
      services.close();
    }
    return runOperation<{ imported: number; skipped: SkippedRow[] }>(input, 'ledger:import', { caseId, ...file, mapping: preview.suggested, replace: input.flags['append'] !== true },
      (r) => [
        `已导入 ${r.imported} 条交易记录（${preview.encoding}）Imported ${r.imported} entries`,
        ...r.skipped.map((s) => `  第 ${s.row} 行“${s.column}”：${s.reason.zh}  Row ${s.row}, "${s.column}": ${s.reason.en}`),
      ]);
  },
};

/** The claim-area commands, in --help order. */
export const claimCommands: CliCommand[] = [claimCommand, limitationCommand, calcLimitationCommand, ledgerImportCommand];
