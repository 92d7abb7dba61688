import { resolve } from 'node:path';
import type { FieldIssue } from '../../../core/errors';
import { DossierError } from '../../../core/errors';
import { fieldLabel } from '../../../core/field-labels';
import { intakePathOfField } from '../../../core/import/import-field-paths';
import type { CaseImportMapping, CaseImportPreview, CaseImportReport, ImportProfile } from '../../../core/import/import-operations';
import { textEncodings } from '../../../core/claim/text-table';
import type { Organisation } from '../../../core/case/case-model';
import { dispatch } from '../../services/dispatch';
import { openCliServices } from '../cli-context';
import { stringFlag } from '../cli-command';
import type { CliCommand, CommandInput } from '../cli-command';
import { unwrap } from '../cli-output';
import { evidenceFolderLines, importEvidenceFolder } from './import-evidence-folder';
import type { EvidenceFolderResult } from './import-evidence-folder';
import { importRoutedTable, routedTableLines } from './import-routed-table';
import type { RoutedKind, RoutedTableResult } from './import-routed-table';

type Call = (name: Parameters<typeof dispatch>[1], value: unknown) => Promise<unknown>;

function choice<T extends string>(input: CommandInput, flag: string, allowed: readonly T[], fallback: T): T {
  const value = stringFlag(input, flag) ?? fallback;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new DossierError('invalid-input', { zh: `--${flag} 的值无效：${value}（可选：${allowed.join('、')}）`, en: `Invalid --${flag}: ${value} (choose from ${allowed.join(', ')})` }, { field: `--${flag}` });
}

function plaintiffFlag(input: CommandInput): number | null {
  const text = stringFlag(input, 'plaintiff');
  if (text === undefined) return null;
  const id = Number(text);
  if (Number.isSafeInteger(id) && id > 0) return id;
  throw new DossierError('invalid-input', { zh: `原告编号无效：${text}`, en: `Invalid plaintiff id: ${text}` }, { field: '--plaintiff' });
}

/** The label of an import field, for messages. */
function labelOf(field: keyof typeof intakePathOfField) {
  return fieldLabel(intakePathOfField[field]);
}

/**
 * The mapping to import with: the named profile, or the suggested one when it decides every required field.
 * Otherwise stops (exit 2), listing each required field no column names and each field two columns could be.
 */
async function mappingFor(input: CommandInput, call: Call, path: string, encoding: string): Promise<CaseImportMapping> {
  const profileName = stringFlag(input, 'profile');
  if (profileName !== undefined) {
    const profiles = (await call('import:profiles', {})) as ImportProfile[];
    const profile = profiles.find((p) => p.name === profileName);
    if (profile) return profile.mapping;
    const known = profiles.map((p) => p.name).join('、') || '无 none';
    throw new DossierError('not-found', { zh: `没有名为“${profileName}”的导入方案（已有：${known}）`, en: `No import profile named "${profileName}" (saved: ${known})` }, { field: '--profile' });
  }
  const preview = (await call('import:preview', { source: { path }, encoding })) as CaseImportPreview;
  const details: FieldIssue[] = [
    ...preview.unmatchedRequired.map((field) => ({
      field: labelOf(field).zh,
      message: { zh: '文件中没有对应的列', en: `no column of the file is the ${labelOf(field).en}` },
    })),
    ...preview.ambiguous.map((a) => {
      const columns = [a.header, ...a.ambiguousWith];
      return {
        field: labelOf(a.field).zh,
        message: { zh: `可能是以下任一列：${columns.join('、')}`, en: `could be any of the columns ${columns.join(', ')} (${labelOf(a.field).en})` },
      };
    }),
  ];
  if (details.length === 0) return preview.suggested;
  throw new DossierError('invalid-input', {
    zh: `无法自动确定列映射（${details.length} 项）。请在应用中映射并保存为导入方案，再用 --profile 导入`,
    en: `The column mapping cannot be decided automatically (${details.length} items). Map the columns in the app, save them as a profile and import with --profile`,
  }, { file: preview.fileName }, details);
}

/** The report as text: counts first, then every problem as 第 N 行 · 列名 · 值 · 问题. */
function reportLines(report: CaseImportReport): string[] {
  const head = report.dryRun ? '试运行（未写入）Dry run (nothing written)' : report.written ? `已导入（导入批次 ${report.importId}）Imported (import ${report.importId})` : '未写入任何案件 Nothing was written';
  const lines = [
    head,
    `  共 ${report.rows} 行 rows；新建 ${report.created} created；更新 ${report.updated} updated；未变 ${report.unchanged} unchanged；跳过重复 ${report.skippedDuplicates} duplicates skipped；有问题 ${report.refusedRows} 行 rows refused`,
  ];
  if (!report.written && !report.dryRun && report.problemCount > 0) {
    lines.push('  有问题的行未导入；如需只导入无误的行，请加 --valid-only / Fix the rows below, or import only the valid ones with --valid-only');
  }
  for (const p of report.problems) {
    lines.push(`  第 ${p.row} 行 · ${p.column || '（无列）'} · ${p.value || '（空）'} · ${p.message.zh} / ${p.message.en}`);
  }
  if (report.problemCount > report.problems.length) {
    lines.push(`  ……另有 ${report.problemCount - report.problems.length} 个问题未列出 / ${report.problemCount - report.problems.length} more problems not listed`);
  }
  return lines;
}

/** Stops early when no row could have a plaintiff: the file names none and --plaintiff was not given. */
async function requirePlaintiff(call: Call, mapping: CaseImportMapping, plaintiffId: number | null): Promise<void> {
  if ((mapping.plaintiffName ?? '') !== '' || plaintiffId !== null) return;
  const organisations = (await call('organisation:list', {})) as Organisation[];
  const known = organisations.map((o) => `${o.id} ${o.name}`).join('；') || '无 none';
  throw new DossierError('invalid-input', {
    zh: `文件中没有原告列，请用 --plaintiff 编号 指定原告（已登记：${known}）`,
    en: `The file has no plaintiff column; name the plaintiff with --plaintiff ID (registered: ${known})`,
  }, { field: '--plaintiff' });
}

/** `dossier import FILE`: imports cases from a bank's export, with evidence files alongside. */
export const importCommand: CliCommand = {
  words: ['import'],
  usage: `dossier import FILE [--profile NAME] [--save-profile NAME] [--dry-run] [--on-duplicate update|skip] [--valid-only]
      [--plaintiff ID] [--encoding auto|utf-8|gbk|gb18030] [--evidence DIR] [--contacts FILE] [--ledger FILE] [--db FILE] [--json]
    从银行导出的表格（XLSX/CSV）导入案件；--evidence 按文件或文件夹名中的卡号、身份证号添加证据；
    --contacts、--ledger 按卡号或身份证号列把催收记录、交易明细分到各案件 /
    Import cases from a bank's spreadsheet; --evidence adds the files named by card or ID number;
    --contacts and --ledger give each row of a contacts or ledger file to the case of its card or ID number`,
  options: {
    profile: { type: 'string' }, 'save-profile': { type: 'string' }, 'dry-run': { type: 'boolean', default: false },
    'on-duplicate': { type: 'string' }, 'valid-only': { type: 'boolean', default: false }, plaintiff: { type: 'string' },
    encoding: { type: 'string' }, evidence: { type: 'string' }, contacts: { type: 'string' }, ledger: { type: 'string' },
  },
  run: async (input) => {
    const file = input.args[0];
    if (!file) throw new DossierError('invalid-input', { zh: '缺少参数 FILE', en: 'Missing FILE' }, { field: 'FILE' });
    const path = resolve(file);
    const encoding = choice(input, 'encoding', textEncodings, 'auto');
    const onDuplicate = choice(input, 'on-duplicate', ['skip', 'update'] as const, 'skip');
    const plaintiffId = plaintiffFlag(input);
    const services = openCliServices(input.flags);
    const call: Call = async (name, value) => unwrap(await dispatch(services.handlers, name, value));
    try {
      const mapping = await mappingFor(input, call, path, encoding);
      await requirePlaintiff(call, mapping, plaintiffId);
      const saveAs = stringFlag(input, 'save-profile');
      if (saveAs !== undefined) await call('import:save-profile', { name: saveAs, mapping });
      const report = (await call('import:cases', {
        source: { path }, mapping, encoding, plaintiffId, onDuplicate,
        validOnly: input.flags['valid-only'] === true, dryRun: input.flags['dry-run'] === true,
      })) as CaseImportReport;
      const evidenceDir = stringFlag(input, 'evidence');
      const evidence: EvidenceFolderResult | null = evidenceDir !== undefined && !report.dryRun
        ? await importEvidenceFolder(call, resolve(evidenceDir))
        : null;
      const routed: Partial<Record<RoutedKind, RoutedTableResult>> = {};
      for (const kind of ['contacts', 'ledger'] as const) {
        const file = stringFlag(input, kind);
        if (file !== undefined && !report.dryRun) routed[kind] = await importRoutedTable(call, kind, resolve(file), encoding);
      }
      if (input.printer.json) {
        input.printer.out(JSON.stringify({ ok: true, value: { ...report, ...(evidence ? { evidence } : {}), ...routed } }, null, 2));
        return;
      }
      for (const line of reportLines(report)) input.printer.out(line);
      if (saveAs !== undefined) input.printer.out(`已保存导入方案“${saveAs}” Saved the import profile "${saveAs}"`);
      if (evidence) for (const line of evidenceFolderLines(evidence)) input.printer.out(line);
      for (const kind of ['contacts', 'ledger'] as const) {
        const result = routed[kind];
        if (result) for (const line of routedTableLines(kind, result)) input.printer.out(line);
      }
    } finally {
      services.close();
    }
  },
};

/** The import-area commands, in --help order. */
export const importCommands: CliCommand[] = [importCommand];
