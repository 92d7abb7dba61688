import { caseListFieldLabels, listTimestamp, readinessLabel } from '../../../core/case/case-list-labels';
import type { CaseListColumn, CaseListPage, CaseListRow } from '../../../core/case/case-list-query';
import { DossierError } from '../../../core/errors';
import { formatYuan } from '../../../core/money/fen';
import { stageLabels, trackingStages } from '../../../core/tracking/stages';
import type { TrackingStage } from '../../../core/tracking/stages';
import { dispatch } from '../../services/dispatch';
import { stringFlag } from '../cli-command';
import type { CommandInput, CommandRun } from '../cli-command';
import { openCliServices } from '../cli-context';
import { printValue, unwrap } from '../cli-output';

/** The words `--sort` takes for each column: its Chinese name or one English word (never the stored column name). */
const sortWords: Record<string, CaseListColumn> = {
  编号: 'id', id: 'id', 被告: 'defendant', defendant: 'defendant', 身份证号: 'residentId', identity: 'residentId', 卡号: 'cardNumber', card: 'cardNumber',
  分行: 'branch', branch: 'branch', 法院: 'court', court: 'court', 案号: 'courtCaseNumber', number: 'courtCaseNumber', 阶段: 'stage', stage: 'stage',
  诉请金额: 'claim', claim: 'claim', 下一期限: 'nextDeadline', deadline: 'nextDeadline', 立案检查: 'readiness', readiness: 'readiness',
  经办人: 'owner', owner: 'owner', 更新时间: 'updated', updated: 'updated', 创建时间: 'created', created: 'created',
};
/** The words listed in --help and in the error for an unknown word. */
const sortWordList = Object.keys(sortWords).filter((w) => /[\u4e00-\u9fff]/.test(w)).join(' ');

function invalid(flag: string, zh: string, en: string): DossierError {
  return new DossierError('invalid-input', { zh: `${flag}：${zh}`, en: `${flag}: ${en}` }, { field: flag });
}

/** `--stage` as stage words or their Chinese names, comma-separated (--stage 已生效,effective). */
function stagesFlag(text: string | undefined): TrackingStage[] {
  if (text === undefined) return [];
  return text.split(/[,，、]/).map((word) => word.trim()).filter(Boolean).map((word) => {
    const stage = trackingStages.find((s) => s === word || stageLabels[s].zh === word);
    if (!stage) throw invalid('--stage', `没有“${word}”这一阶段`, `there is no stage "${word}"`);
    return stage;
  });
}

/** `--sort 列[:asc|desc]` (列: a column's Chinese name or English word); newest activity first when not given. */
function sortFlag(text: string | undefined): { column: CaseListColumn; direction: 'asc' | 'desc' } {
  if (text === undefined) return { column: 'updated', direction: 'desc' };
  const [word = '', direction = 'asc'] = text.split(/[:：]/);
  const column = Object.hasOwn(sortWords, word) ? sortWords[word] : undefined;
  if (!column) {
    const english = Object.keys(sortWords).filter((w) => /^[a-z]+$/.test(w)).join(', ');
    throw invalid('--sort', `应为以下列名之一：${sortWordList}`, `must be one of: ${english}`);
  }
  if (direction !== 'asc' && direction !== 'desc') throw invalid('--sort', '顺序应为 asc（升序）或 desc（降序）', 'the order must be asc or desc');
  return { column, direction };
}

/** `--archived no|only|all` (default: no, archived cases hidden). */
function archivedFlag(text: string | undefined): 'no' | 'only' | 'all' {
  if (text === undefined || text === 'no' || text === 'only' || text === 'all') return text ?? 'no';
  throw invalid('--archived', '应为 no（不含已归档）、only（只看已归档）或 all（全部）', 'must be no, only or all');
}

function limitFlag(text: string | undefined): number {
  if (text === undefined) return 1000;
  if (!/^\d+$/.test(text) || Number(text) < 1 || Number(text) > 1000) throw invalid('--limit', '应为 1 到 1000 的整数', 'must be a whole number from 1 to 1000');
  return Number(text);
}

/** The case ids given as arguments. */
function caseIds(args: readonly string[]): number[] {
  if (args.length === 0) throw invalid('CASE_ID', '请至少给出一个案件编号', 'give at least one case id');
  return args.map((text) => {
    if (!/^\d+$/.test(text) || Number(text) === 0) throw invalid('CASE_ID', `案件编号无效：${text}`, `invalid case id: ${text}`);
    return Number(text);
  });
}

/** One case as a line: words and yuan, the stage in both languages, never a stored code or fen. */
function caseLine(c: CaseListRow): string {
  const readiness = readinessLabel(c.readiness, c.blockingCount);
  return [
    c.id, c.defendantName, `¥${formatYuan(c.claimTotalFen)}`, c.courtName || '（未定法院）', c.courtCaseNumber || '—',
    `${stageLabels[c.stage].zh} ${stageLabels[c.stage].en}`, c.owner || '—', readiness.zh, listTimestamp(c.updatedAt),
    ...(c.archived ? ['已归档 archived'] : []),
  ].join('\t');
}

/** `dossier case list [--stage] [--court] [--branch] [--owner] [--search] [--sort] [--archived] [--limit]`. */
export const runCaseList: CommandRun = async (input: CommandInput) => {
  const request = {
    search: stringFlag(input, 'search') ?? '',
    filters: {
      stages: stagesFlag(stringFlag(input, 'stage')), court: stringFlag(input, 'court') ?? '', branch: stringFlag(input, 'branch') ?? '',
      owner: stringFlag(input, 'owner') ?? '', archived: archivedFlag(stringFlag(input, 'archived')),
    },
    sort: sortFlag(stringFlag(input, 'sort')),
    limit: limitFlag(stringFlag(input, 'limit')),
  };
  const services = openCliServices(input.flags);
  try {
    const page = unwrap(await dispatch(services.handlers, 'case:query', request)) as CaseListPage;
    const l = caseListFieldLabels;
    printValue(input.printer, page, (p) => [
      `共 ${p.total} 件，显示 ${p.rows.length} 件 / ${p.total} cases, ${p.rows.length} shown`,
      ...(p.rows.length > 0 ? [[l.id, l.defendant, l.claim, l.court, l.courtCaseNumber, l.stage, l.owner, l.readiness, l.updated].map((x) => x.zh).join('\t')] : []),
      ...p.rows.map(caseLine),
    ]);
  } finally {
    services.close();
  }
};

/** `dossier case archive ID...`: hides cases from the list, keeping every record; `case unarchive` undoes it. */
export const runCaseArchive: CommandRun = async (input) => {
  const ids = caseIds(input.args);
  const services = openCliServices(input.flags);
  try {
    const result = unwrap(await dispatch(services.handlers, 'case:archive', { ids })) as { archived: number };
    printValue(input.printer, result, (r) => `已归档 ${r.archived} 件 / Archived ${r.archived} case(s)`);
  } finally {
    services.close();
  }
};

/** `dossier case unarchive ID...`: brings archived cases back into the list. */
export const runCaseUnarchive: CommandRun = async (input) => {
  const ids = caseIds(input.args);
  const services = openCliServices(input.flags);
  try {
    const result = unwrap(await dispatch(services.handlers, 'case:unarchive', { ids })) as { unarchived: number };
    printValue(input.printer, result, (r) => `已撤销归档 ${r.unarchived} 件 / Unarchived ${r.unarchived} case(s)`);
  } finally {
    services.close();
  }
};
