import { resolve } from 'node:path';
import type { OperationName } from '../../../core/contract';
import { evidenceKinds } from '../../../core/evidence/evidence-kinds';
import type { EvidenceAdded } from '../../../core/evidence/evidence-operations';
import type { Finding, FindingGroup, ReadinessReport } from '../../../core/evidence/readiness-model';
import type { FindingKind } from '../../../core/evidence/rule-set';
import { DossierError } from '../../../core/errors';
import { dispatch } from '../../services/dispatch';
import { readEvidenceFile } from '../../services/evidence-file-read';
import { defaultTableLimits, readTableFileBytes } from '../../tables/read-table';
import { openCliServices } from '../cli-context';
import { stringFlag } from '../cli-command';
import type { CommandInput, CommandRun } from '../cli-command';
import { printValue, unwrap } from '../cli-output';
import { limitationLines } from '../limitation-lines';

/** A positive whole-number case id from the command line. */
export function caseIdArg(text: string | undefined): number {
  // The message names the argument as the usage line does, so a user finds which word to fix.
  if (!text) throw new DossierError('invalid-input', { zh: '缺少参数 CASE_ID', en: 'Missing CASE_ID' }, { field: 'CASE_ID' });
  // Digits only: Number() would also take "1e3", "0x10" or " 7 " as a case id.
  const id = /^[1-9]\d*$/.test(text) ? Number(text) : Number.NaN;
  if (!Number.isSafeInteger(id)) {
    throw new DossierError('invalid-input', { zh: `案件编号 CASE_ID 无效：${text}`, en: `Invalid case id CASE_ID: ${text}` }, { field: 'CASE_ID' });
  }
  return id;
}

/** Reads an evidence file named on the command line as base64, refusing a pipe, a device or a link to one before reading. */
export async function fileArg(path: string | undefined): Promise<{ fileName: string; contentBase64: string }> {
  if (!path) throw new DossierError('invalid-input', { zh: '缺少参数 FILE', en: 'Missing FILE' }, { field: 'FILE' });
  return readEvidenceFile(resolve(path));
}

/** A table file named on the command line, checked as the reader checks it (a regular file, not too large) before it is read. */
export async function tableFileArg(path: string | undefined): Promise<{ fileName: string; contentBase64: string }> {
  if (!path) throw new DossierError('invalid-input', { zh: '缺少参数 FILE', en: 'Missing FILE' }, { field: 'FILE' });
  const { fileName, bytes } = await readTableFileBytes(resolve(path), defaultTableLimits.maxFileBytes);
  return { fileName, contentBase64: bytes.toString('base64') };
}

/** Runs one operation with the command's services and prints the value (JSON) or the text `render` makes of it. */
export async function runOperation<T>(input: CommandInput, name: OperationName, value: unknown, render: (result: T) => string[]): Promise<void> {
  const services = openCliServices(input.flags);
  try {
    const result = unwrap(await dispatch(services.handlers, name, value)) as T;
    printValue(input.printer, result, render);
  } finally {
    services.close();
  }
}

/** The headings lawyers use for the three kinds of finding; only the first two can stop a filing. */
const kindHeadings: Record<FindingKind, string> = {
  'filing-condition': '起诉条件 Filing conditions',
  'filing-material': '立案材料 Filing materials',
  'merits-risk': '诉讼风险 Litigation risks（不影响立案，可能影响胜诉 do not stop the filing）',
};

/** One finding as `check` prints it: its title and message, then basis and fix. */
function findingLines(finding: Finding): string {
  const mark = finding.severity === 'blocker' && finding.kind !== 'merits-risk' ? '阻碍' : '提示';
  return `  [${mark}] ${finding.title.zh}：${finding.message.zh}\n      依据：${finding.basis.zh}\n      处理：${finding.fix.zh}`;
}

/** One kind's heading with its findings, or 无 when nothing of that kind was found. */
function groupLines(group: FindingGroup): string[] {
  if (group.findings.length === 0) return [`${kindHeadings[group.kind]}：无 none`];
  const counts = group.kind === 'merits-risk'
    ? `（${group.warnings} 项提示 warnings）`
    : `（${group.blockers} 项阻碍 blockers，${group.warnings} 项提示 warnings）`;
  return [`${kindHeadings[group.kind]}${counts}`, ...group.findings.map(findingLines)];
}

/** `dossier check CASE_ID`: ready to file or not, and why, by kind of finding. Exit code 0 either way; the answer is in the output. */
export const runCheck: CommandRun = (input) =>
    runOperation<ReadinessReport>(input, 'readiness:check', { caseId: caseIdArg(input.args[0]) }, (report) => [
      report.ready
        ? `案件 ${report.caseId}：具备立案条件 Ready to file${report.warnings > 0 ? `（另有 ${report.warnings} 项诉讼风险提示 warnings）` : ''}`
        : `案件 ${report.caseId}：不具备立案条件 Not ready（${report.blockers} 项阻碍 blockers，${report.warnings} 项提示 warnings）`,
      ...limitationLines(report.limitation).map((line) => `  ${line}`),
      ...report.groups.flatMap(groupLines),
    ]);

/** `dossier evidence add CASE_ID FILE --kind KIND`. */
export const runEvidenceAdd: CommandRun = async (input) => {
    const kind = stringFlag(input, 'kind');
    if (kind !== undefined && !(evidenceKinds as readonly string[]).includes(kind)) {
      throw new DossierError('invalid-input', { zh: `证据类型无效：${kind}（可选：${evidenceKinds.join('、')}）`, en: `Invalid kind: ${kind} (choose from ${evidenceKinds.join(', ')})` }, { field: '--kind' });
    }
    const title = stringFlag(input, 'title');
    return runOperation<EvidenceAdded>(input, 'evidence:add', {
      caseId: caseIdArg(input.args[0]), ...(await fileArg(input.args[1])), meta: { ...(kind ? { kind } : {}), ...(title ? { title } : {}) },
    }, (item) => [
      `证据 ${item.id}：${item.title}（${item.kind}，${item.pageCount ?? '-'} 页）SHA-256 ${item.sha256}`,
      ...(item.textChanges ?? []).map((change) => `${change.message.zh} / ${change.message.en}`),
      ...(item.repairedCopy ? [`已用原件修复该证据${item.repairedCopy === 'missing' ? '缺失' : '被改动'}的存储副本 The stored copy was ${item.repairedCopy === 'missing' ? 'missing' : 'altered'} and has been repaired from the original`] : []),
    ]);
  };

/** `dossier contacts import CASE_ID FILE`. */
export const runContactsImport: CommandRun = async (input) =>
    runOperation<{ imported: number }>(input, 'contact:import', {
      caseId: caseIdArg(input.args[0]), ...(await tableFileArg(input.args[1])), encoding: stringFlag(input, 'encoding') ?? 'auto',
    }, (r) => [`已导入 ${r.imported} 条催收记录 Imported ${r.imported} contact records`]);

