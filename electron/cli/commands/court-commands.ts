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
import type { CommandInput, CommandRun } from '../cli-command';
import { printValue, unwrap } from '../cli-output';
import { feeJson, feeText, procedureJson, suggestJson, suggestText } from './court-print';
import { required } from './document-commands';
import { caseIdArg } from './evidence-commands';

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
export const runCourtSuggest: CommandRun = async (input) => {
    const caseId = caseIdArg(input.args[0]);
    const view = await withServices(input, async (call) => (await call('jurisdiction:get', { caseId })) as CaseJurisdiction);
    printValue(input.printer, suggestJson(view), () => suggestText(view));
  };

/** `dossier court search TEXT`. */
export const runCourtSearch: CommandRun = async (input) => {
    const query = input.args.join(' ');
    required(query || undefined, 'TEXT');
    const level = stringFlag(input, 'level');
    const courts = await withServices(input, async (call) => (await call('court:search', { query, ...(level ? { level } : {}) })) as CourtEntry[]);
    printValue(input.printer, courts, (list) => list.map((c) => `${c.id}\t${c.name}\t${c.divisionCode}\t${c.divisionPath}`));
  };

/** `dossier court export --out FILE`. */
export const runCourtExport: CommandRun = async (input) => {
    const out = resolve(required(stringFlag(input, 'out'), '--out'));
    const result = await withServices(input, async (call) => (await call('court:export', {})) as { count: number; csv: string });
    writeFileSync(out, result.csv);
    printValue(input.printer, { path: out, count: result.count }, ({ path, count }) => `已导出 ${count} 个法院 / Exported ${count} court(s): ${path}`);
  };

/** `dossier court import FILE`. */
export const runCourtImport: CommandRun = async (input) => {
    const path = resolve(required(input.args[0], 'FILE'));
    const encoding = stringFlag(input, 'encoding') ?? 'auto';
    const counts = await withServices(input, async (call) => (await call('court:import', { source: { path }, encoding })) as { created: number; updated: number; unchanged: number });
    printValue(input.printer, counts, (c) => `新增 ${c.created}，修改 ${c.updated}，未变 ${c.unchanged} / ${c.created} added, ${c.updated} changed, ${c.unchanged} unchanged`);
  };

/** `dossier fee --amount A [--procedure small|simplified|ordinary] [--closed-by judgment|mediation|withdrawal]`: pure, no database. */
export const runFee: CommandRun = async (input) => {
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
    printValue(input.printer, feeJson(report), () => feeText(report));
  };

/** `dossier calc procedure --province NAME --amount A --date YYYY-MM-DD`. */
export const runCalcProcedure: CommandRun = async (input) => {
    const value = {
      province: required(stringFlag(input, 'province'), '--province'),
      amount: required(stringFlag(input, 'amount'), '--amount'),
      date: required(stringFlag(input, 'date'), '--date'),
      whereaboutsUnknown: input.flags['whereabouts-unknown'] === true,
      consent: input.flags.consent === true,
    };
    const choice = await withServices(input, async (call) => (await call('procedure:calculate', value)) as ProcedureChoice & { provinceCode: string });
    const json = procedureJson(choice);
    printValue(input.printer, json, () => [
      `程序 Procedure: ${procedureOutcomeLabels[choice.outcome].zh} / ${procedureOutcomeLabels[choice.outcome].en}`,
      ...(json.threshold ? [`标准 Threshold: ${json.threshold.mandatoryLimit} / ${json.threshold.agreementLimit}（${json.threshold.inForceFrom}，${json.threshold.source}）`] : []),
      ...json.reasons.map((r) => `  ${r.zh}（${r.citation.zh}）`),
    ]);
  };

