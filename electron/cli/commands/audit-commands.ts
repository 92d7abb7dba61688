import type { AuditExport, AuditProblem, AuditVerifyReport, EvidenceVerifyReport } from '../../../core/audit/audit-operations';
import { DossierError } from '../../../core/errors';
import { dispatch } from '../../services/dispatch';
import { openCliServices } from '../cli-context';
import { stringFlag } from '../cli-command';
import type { CommandInput, CommandRun } from '../cli-command';
import { printValue, unwrap } from '../cli-output';
import { caseIdArg, runOperation } from './evidence-commands';

/** Runs a check and prints its report; the exit code is 1 when the check found something broken. */
async function runCheck<T extends { intact: boolean }>(input: CommandInput, name: 'audit:verify' | 'evidence:verify', render: (report: T) => string[]): Promise<number> {
  const services = openCliServices(input.flags);
  try {
    const report = unwrap(await dispatch(services.handlers, name, {})) as T;
    printValue(input.printer, report, render);
    return report.intact ? 0 : 1;
  } finally {
    services.close();
  }
}

/** One problem of the audit log as a line: the record, its time and subject, what is wrong. */
function problemLine(problem: AuditProblem): string {
  const where = [problem.at, problem.concerns.zh].filter((part) => part !== '').join('，');
  return `  - ${problem.message.zh}${where ? `（${where}）` : ''}\n    ${problem.message.en}`;
}

/** `dossier audit verify`: walks the audit chain; exit code 1 when a record was edited, inserted or deleted. */
export const runAuditVerify: CommandRun = (input) =>
  runCheck<AuditVerifyReport>(input, 'audit:verify', (report) => report.intact
    ? [`操作记录完整：共 ${report.records} 条，未发现改动 The audit log is intact: ${report.records} records, no changes found`]
    : [
      `操作记录已被改动：共 ${report.records} 条，发现 ${report.problems.length} 处问题${report.firstBroken !== null ? `，最早从第 ${report.firstBroken} 号记录起` : ''}`,
      `The audit log has been tampered with: ${report.records} records, ${report.problems.length} problem(s)${report.firstBroken !== null ? `, the first at record ${report.firstBroken}` : ''}`,
      ...report.problems.map(problemLine),
    ]);

/** `dossier evidence verify`: re-hashes every stored evidence file; exit code 1 when one changed or vanished. */
export const runEvidenceVerify: CommandRun = (input) =>
  runCheck<EvidenceVerifyReport>(input, 'evidence:verify', (report) => report.intact
    ? [`证据文件完整：已核对 ${report.checked} 份 Evidence files intact: ${report.checked} checked`]
    : [
      `证据文件有问题：已核对 ${report.checked} 份，${report.problems.length} 份被改动或缺失 ${report.problems.length} of ${report.checked} evidence files changed or missing`,
      ...report.problems.map((p) => `  - ${p.message.zh}\n    ${p.message.en}`),
    ]);

/** `dossier audit export CASE_ID [--format csv|xlsx] [--out FILE]`: the case's audit trail as a spreadsheet. */
export const runAuditExport: CommandRun = (input) => {
  const format = stringFlag(input, 'format') ?? 'csv';
  if (format !== 'csv' && format !== 'xlsx') {
    throw new DossierError('invalid-input', { zh: `格式无效：${format}（可选：csv、xlsx）`, en: `Invalid format: ${format} (choose csv or xlsx)` }, { field: '--format' });
  }
  const out = stringFlag(input, 'out');
  return runOperation<AuditExport>(input, 'audit:export', { caseId: caseIdArg(input.args[0]), format, ...(out ? { path: out } : {}) },
    (r) => [`已导出 ${r.records} 条操作记录 Exported ${r.records} audit records：${r.path}`]);
};
