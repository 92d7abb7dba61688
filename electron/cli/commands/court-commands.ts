import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { CaseJurisdiction } from '../../../core/court/court-operations';
import type { CourtEntry } from '../../../core/court/court-model';
import { closings, feeReport, procedures } from '../../../core/court/fee-calculator';
import type { Closing, Procedure } from '../../../core/court/fee-calculator';
import { procedureOutcomeLabels } from '../../../core/court/court-labels';
import type { ProcedureChoice } from '../../../core/court/procedure-choice';
import { DossierError } from '../../../core/errors';
import { parseYuan } from '../../../core/money/fen';
import { dispatch } from '../../services/dispatch';
import { openCliServices } from '../cli-context';
import { stringFlag } from '../cli-command';
import type { CliCommand, CommandInput } from '../cli-command';
import { unwrap } from '../cli-output';
import { courtOverrideCommand } from './court-override-command';
import { feeJson, feeText, procedureJson, suggestJson, suggestText } from './court-print';
import { required } from './document-commands';

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], flag: string, fallback: T): T {
  if (value === undefined) return fallback;
  const found = allowed.find((a) => a === value);
  if (!found) throw new DossierError('invalid-input', { zh: `${flag} 只能是 ${allowed.join('、')}`, en: `${flag} must be one of ${allowed.join(', ')}` }, { field: flag });
  return found;
}

/** `--procedure small` is accepted for small-claims. */
function procedureFlag(value: string | undefined): Procedure {
  return oneOf(value === 'small' ? 'small-claims' : value, procedures, '--procedure', 'ordinary');
}

async function withServices<T>(input: CommandInput, run: (call: (name: Parameters<typeof dispatch>[1], value: unknown) => Promise<unknown>) => Promise<T>): Promise<T> {
  const services = openCliServices(input.flags);
  try {
    return await run(async (name, value) => unwrap(await dispatch(services.handlers, name, value)));
  } finally {
    services.close();
  }
}

/** `dossier court suggest CASE_ID`. */
export const courtSuggestCommand: CliCommand = {
  words: ['court', 'suggest'],
  usage: 'dossier court suggest CASE_ID [--db FILE] [--json]\n    列出案件的候选管辖法院、理由与依据 / Candidate courts for a case, with reasons and citations',
  run: async (input) => {
    const caseId = Number(required(input.args[0], 'CASE_ID'));
    const view = await withServices(input, async (call) => (await call('jurisdiction:get', { caseId })) as CaseJurisdiction);
    input.printer.out(input.printer.json ? JSON.stringify({ ok: true, ...suggestJson(view) }, null, 2) : suggestText(view));
  },
};

/** `dossier court search TEXT`. */
export const courtSearchCommand: CliCommand = {
  words: ['court', 'search'],
  usage: 'dossier court search TEXT [--level basic|intermediate|high] [--db FILE] [--json]\n    按名称、拼音首字母或区划代码查找法院 / Search courts by name, pinyin initials or division code',
  options: { level: { type: 'string' } },
  run: async (input) => {
    const query = input.args.join(' ');
    required(query || undefined, 'TEXT');
    const level = stringFlag(input, 'level');
    const courts = await withServices(input, async (call) => (await call('court:search', { query, ...(level ? { level } : {}) })) as CourtEntry[]);
    if (input.printer.json) input.printer.out(JSON.stringify({ ok: true, courts }, null, 2));
    else for (const c of courts) input.printer.out(`${c.id}\t${c.name}\t${c.divisionCode}\t${c.divisionPath}`);
  },
};

/** `dossier court export --out FILE`. */
export const courtExportCommand: CliCommand = {
  words: ['court', 'export'],
  usage: 'dossier court export --out FILE.csv [--db FILE] [--json]\n    导出法院名录（CSV）/ Export the court directory as CSV',
  options: { out: { type: 'string' } },
  run: async (input) => {
    const out = resolve(required(stringFlag(input, 'out'), '--out'));
    const result = await withServices(input, async (call) => (await call('court:export', {})) as { count: number; csv: string });
    writeFileSync(out, result.csv);
    input.printer.out(input.printer.json ? JSON.stringify({ ok: true, path: out, count: result.count }, null, 2) : `${result.count} → ${out}`);
  },
};

/** `dossier court import FILE`. */
export const courtImportCommand: CliCommand = {
  words: ['court', 'import'],
  usage: 'dossier court import FILE.csv [--encoding auto|utf-8|gbk|gb18030] [--db FILE] [--json]\n    导入法院名录修改（CSV 或 XLSX，全部成功或全部不导入）/ Import directory edits from CSV or XLSX (all or nothing)',
  options: { encoding: { type: 'string' } },
  run: async (input) => {
    const path = resolve(required(input.args[0], 'FILE'));
    const encoding = stringFlag(input, 'encoding') ?? 'auto';
    const counts = await withServices(input, async (call) => (await call('court:import', { source: { path }, encoding })) as { created: number; updated: number; unchanged: number });
    input.printer.out(input.printer.json ? JSON.stringify({ ok: true, ...counts }, null, 2) : `新增 ${counts.created}，修改 ${counts.updated}，未变 ${counts.unchanged}`);
  },
};

/** `dossier fee --amount A [--procedure small|simplified|ordinary] [--closed-by judgment|mediation|withdrawal]`: pure, no database. */
export const feeCommand: CliCommand = {
  words: ['fee'],
  usage: 'dossier fee --amount 12345.67 [--procedure small|simplified|ordinary] [--closed-by judgment|mediation|withdrawal] [--preservation A] [--enforcement A] [--json]\n    计算案件受理费、财产保全费、申请执行费及分段明细 / Court fees with their bracket-by-bracket breakdown',
  options: { amount: { type: 'string' }, procedure: { type: 'string' }, 'closed-by': { type: 'string' }, preservation: { type: 'string' }, enforcement: { type: 'string' } },
  run: async (input) => {
    const amountFen = parseYuan(required(stringFlag(input, 'amount'), '--amount'), '--amount');
    const procedure = procedureFlag(stringFlag(input, 'procedure'));
    const closedBy: Closing = oneOf(stringFlag(input, 'closed-by'), closings, '--closed-by', 'judgment');
    const preservation = stringFlag(input, 'preservation');
    const enforcement = stringFlag(input, 'enforcement');
    const report = feeReport({
      amountFen, procedure, closedBy,
      ...(preservation ? { preservedFen: parseYuan(preservation, '--preservation') } : {}),
      ...(enforcement ? { enforcedFen: parseYuan(enforcement, '--enforcement') } : {}),
    });
    input.printer.out(input.printer.json ? JSON.stringify({ ok: true, ...feeJson(report) }, null, 2) : feeText(report));
  },
};

/** `dossier calc procedure --province NAME --amount A --date YYYY-MM-DD`. */
export const calcProcedureCommand: CliCommand = {
  words: ['calc', 'procedure'],
  usage: 'dossier calc procedure --province 江苏 --amount 50000 --date 2026-03-01 [--whereabouts-unknown] [--consent] [--db FILE] [--json]\n    按省份小额诉讼标准判断程序 / Procedure from the province’s small-claims limit',
  options: { province: { type: 'string' }, amount: { type: 'string' }, date: { type: 'string' }, 'whereabouts-unknown': { type: 'boolean' }, consent: { type: 'boolean' } },
  run: async (input) => {
    const value = {
      province: required(stringFlag(input, 'province'), '--province'),
      amount: required(stringFlag(input, 'amount'), '--amount'),
      date: required(stringFlag(input, 'date'), '--date'),
      whereaboutsUnknown: input.flags['whereabouts-unknown'] === true,
      consent: input.flags.consent === true,
    };
    const choice = await withServices(input, async (call) => (await call('procedure:calculate', value)) as ProcedureChoice & { provinceCode: string });
    const json = procedureJson(choice);
    if (input.printer.json) input.printer.out(JSON.stringify({ ok: true, ...json }, null, 2));
    else {
      input.printer.out(`程序 Procedure: ${procedureOutcomeLabels[choice.outcome].zh} / ${procedureOutcomeLabels[choice.outcome].en}`);
      if (json.threshold) input.printer.out(`标准 Threshold: ${json.threshold.mandatoryLimit} / ${json.threshold.agreementLimit}（${json.threshold.inForceFrom}，${json.threshold.source}）`);
      for (const r of json.reasons) input.printer.out(`  ${r.zh}（${r.citation.zh}）`);
    }
  },
};

/** The court area's commands, in --help order. */
export const courtCommands: CliCommand[] = [courtSuggestCommand, courtOverrideCommand, courtSearchCommand, courtExportCommand, courtImportCommand, feeCommand, calcProcedureCommand];
