import { caseListFieldLabels, listTimestamp, readinessLabel } from '../../core/case/case-list-labels';
import type { CaseListRow } from '../../core/case/case-list-query';
import { formatYuan } from '../../core/money/fen';
import { deadlineKindLabels } from '../../core/tracking/derive-deadlines';
import { stageLabels } from '../../core/tracking/stages';
import { textTableWorkbook } from '../batch/text-table-workbook';

const columns = [
  'id', 'defendant', 'residentId', 'cardNumber', 'plaintiff', 'branch', 'court', 'courtCaseNumber', 'stage', 'claim',
  'nextDeadline', 'nextDeadlineKind', 'readiness', 'owner', 'updated', 'archived',
] as const satisfies readonly (keyof typeof caseListFieldLabels)[];

/** One row's cells in the order of `columns`: words and yuan, never codes or fen. */
function cells(row: CaseListRow): string[] {
  return [
    String(row.id), row.defendantName, row.residentIdMasked, row.cardNumberMasked, row.plaintiffName, row.branch, row.courtName,
    row.courtCaseNumber, stageLabels[row.stage].zh, formatYuan(row.claimTotalFen), row.nextDeadline?.date ?? '',
    row.nextDeadline ? deadlineKindLabels[row.nextDeadline.kind].zh : '', readinessLabel(row.readiness, row.blockingCount).zh,
    row.owner, listTimestamp(row.updatedAt), row.archived ? '是' : '否',
  ];
}

const wide = new Set<number>([columns.indexOf('plaintiff'), columns.indexOf('branch'), columns.indexOf('court')]);

/** The case list as a one-sheet workbook with Chinese headers, each cell neutralised against formulas. */
export function caseListWorkbook(rows: readonly CaseListRow[], createdAt: Date): Promise<Buffer> {
  return textTableWorkbook(
    { header: columns.map((c) => caseListFieldLabels[c].zh), rows: rows.map(cells) },
    { name: '案件列表', width: (i) => (wide.has(i) ? 30 : 16), wrap: (i) => wide.has(i), frozenColumns: 2 },
    createdAt,
  );
}
