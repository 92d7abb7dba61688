import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { DossierError } from '../../../core/errors';
import { eventTypes, parties, propertyKinds } from '../../../core/tracking/event-types';
import type { EventDetails, EventType } from '../../../core/tracking/event-types';
import { writeFileAtomic } from '../../services/atomic-write';
import { readEvidenceFile } from '../../services/evidence-file-read';
import { dispatch } from '../../services/dispatch';
import { openCliServices } from '../cli-context';
import { stringFlag, stringFlags } from '../cli-command';
import type { CommandInput, CommandRun } from '../cli-command';
import { printValue, unwrap } from '../cli-output';
import { required } from './document-commands';
import { dashboardLines, deadlineLine, delayInterestLines, trackingLines } from './tracking-print';

function oneOf<T extends string>(value: string | undefined, allowed: readonly T[], name: string): T | undefined {
  if (value === undefined) return undefined;
  if (!(allowed as readonly string[]).includes(value)) {
    throw new DossierError('invalid-input', { zh: `${name} 应为 ${allowed.join('、')} 之一`, en: `${name} must be one of ${allowed.join(', ')}` }, { field: name });
  }
  return value as T;
}

function integer(value: string | undefined, name: string): number | undefined {
  if (value === undefined) return undefined;
  if (!/^\d+$/.test(value)) throw new DossierError('invalid-input', { zh: `${name} 应为非负整数`, en: `${name} must be a whole number` }, { field: name });
  return Number(value);
}

function caseId(text: string | undefined): number {
  return Number(integer(required(text, 'CASE_ID'), 'CASE_ID'));
}

/** The itemised award given as --award-* flags, or undefined when none is given. */
function awardFrom(input: CommandInput): EventDetails['award'] {
  const items = {
    principal: stringFlag(input, 'award-principal'), interest: stringFlag(input, 'award-interest'), penalty: stringFlag(input, 'award-penalty'),
    fees: stringFlag(input, 'award-fees'), litigationCosts: stringFlag(input, 'award-costs'), continuingInterest: stringFlag(input, 'award-continuing-interest'),
  };
  if (Object.values(items).every((v) => v === undefined)) return undefined;
  const given = Object.fromEntries(Object.entries(items).filter(([, v]) => v !== undefined));
  return { ...given, principal: items.principal ?? '' };
}

/** The event details given as flags. */
function detailsFrom(input: CommandInput): EventDetails {
  const details: EventDetails = {
    courtCaseNumber: stringFlag(input, 'case-number'),
    enforcementCaseNumber: stringFlag(input, 'enforcement-number'),
    documentKind: oneOf(stringFlag(input, 'document'), ['judgment', 'ruling'] as const, '--document'),
    final: input.flags.final === true ? true : undefined,
    performanceDays: integer(stringFlag(input, 'performance-days'), '--performance-days'),
    lastPerformanceDay: stringFlag(input, 'last-performance-day'),
    awardedAmount: stringFlag(input, 'awarded'),
    award: awardFrom(input),
    party: oneOf(stringFlag(input, 'party'), parties, '--party'),
    propertyKind: oneOf(stringFlag(input, 'property-kind'), propertyKinds, '--property-kind'),
    propertyDescription: stringFlag(input, 'property'),
    renewalOf: integer(stringFlag(input, 'renewal-of'), '--renewal-of'),
  };
  return Object.fromEntries(Object.entries(details).filter(([, v]) => v !== undefined)) as EventDetails;
}

function filterFrom(input: CommandInput) {
  return {
    withinDays: integer(stringFlag(input, 'within'), '--within') ?? null,
    owner: stringFlag(input, 'owner') ?? '', court: stringFlag(input, 'court') ?? '', branch: stringFlag(input, 'branch') ?? '',
  };
}

/** Opens the services, runs `body`, closes them. */
async function withServices(input: CommandInput, body: (call: (name: Parameters<typeof dispatch>[1], value: unknown) => Promise<unknown>) => Promise<void>) {
  const services = openCliServices(input.flags);
  try {
    await body(async (name, value) => unwrap(await dispatch(services.handlers, name, value)));
  } finally {
    services.close();
  }
}

/** `dossier event add CASE_ID --type TYPE --date YYYY-MM-DD [...]`. */
export const runEventAdd: CommandRun = async (input) => {
    const id = caseId(input.args[0]);
    const type = oneOf(required(stringFlag(input, 'type'), '--type'), eventTypes, '--type') as EventType;
    const attachPath = stringFlag(input, 'attach');
    // Read as evidence is: a FIFO or a link to a device is refused before a byte is read.
    const attachFile = attachPath ? await readEvidenceFile(resolve(attachPath)) : undefined;
    const attachment = attachFile ? { fileName: attachFile.fileName, base64: attachFile.contentBase64 } : undefined;
    await withServices(input, async (call) => {
      const result = (await call('event:add', {
        caseId: id, event: { type, date: required(stringFlag(input, 'date'), '--date'), note: stringFlag(input, 'note') ?? '', details: detailsFrom(input), attachment },
      })) as { event: { id: number }; tracking: Parameters<typeof trackingLines>[0]; warnings: { zh: string; en: string }[] };
      printValue(input.printer, result, (r) => [
        `已登记事件 #${r.event.id} / Recorded event #${r.event.id}`,
        ...r.warnings.map((w) => `注意 Note: ${w.zh} / ${w.en}`),
        ...trackingLines(r.tracking),
      ]);
    });
  };

/** `dossier event batch --type TYPE --date DATE --case ID[:案号] ...`. */
export const runEventBatch: CommandRun = async (input) => {
    const type = oneOf(required(stringFlag(input, 'type'), '--type'), eventTypes, '--type') as EventType;
    const items = stringFlags(input, 'case').map((text) => {
      const [idText, number] = text.split(/:(.*)/s);
      const details: EventDetails = !number ? {} : type === 'accepted' ? { courtCaseNumber: number } : { enforcementCaseNumber: number };
      return { caseId: caseId(idText), details };
    });
    if (items.length === 0) required(undefined, '--case');
    await withServices(input, async (call) => {
      const result = (await call('event:add-batch', { type, date: required(stringFlag(input, 'date'), '--date'), note: stringFlag(input, 'note') ?? '', items })) as { recorded: { caseId: number; stageAfter: string }[] };
      printValue(input.printer, result, (r) => `已为 ${r.recorded.length} 个案件登记 / Recorded on ${r.recorded.length} case(s)`);
    });
  };

/** `dossier tracking CASE_ID`. */
export const runTrackingShow: CommandRun = async (input) => {
    const id = caseId(input.args[0]);
    await withServices(input, async (call) => {
      const tracking = (await call('tracking:get', { caseId: id })) as Parameters<typeof trackingLines>[0];
      printValue(input.printer, tracking, trackingLines);
    });
  };

/** `dossier deadlines [--within DAYS]`. */
export const runDeadlines: CommandRun = async (input) => {
    await withServices(input, async (call) => {
      const list = (await call('deadline:list', { ...filterFrom(input), limit: 5000 })) as { today: string; total: number; overdue: number; rows: Parameters<typeof deadlineLine>[0][] };
      printValue(input.printer, list, (l) => [`今天 Today ${l.today}：共 ${l.total} 项 items，已逾期 ${l.overdue} overdue`, ...l.rows.map(deadlineLine)]);
    });
  };

/** `dossier dashboard`. */
export const runDashboard: CommandRun = async (input) => {
    await withServices(input, async (call) => {
      const dashboard = (await call('dashboard:get', {})) as Parameters<typeof dashboardLines>[0];
      const xlsx = stringFlag(input, 'xlsx');
      let written: string | undefined;
      if (xlsx) {
        const { path } = (await call('dashboard:export', {})) as { path: string };
        written = resolve(xlsx);
        writeFileAtomic(written, readFileSync(path));
      }
      printValue(input.printer, { dashboard, xlsx: written ?? null }, () => [...dashboardLines(dashboard), ...(written ? [`\nXLSX: ${written}`] : [])]);
    });
  };

/** `dossier calendar --out FILE.ics`. */
export const runCalendar: CommandRun = async (input) => {
    const out = resolve(required(stringFlag(input, 'out'), '--out'));
    await withServices(input, async (call) => {
      const { path, count } = (await call('deadline:export-calendar', { ...filterFrom(input), limit: 5000 })) as { path: string; count: number };
      writeFileAtomic(out, readFileSync(path));
      printValue(input.printer, { path: out, count }, () => `已导出 ${count} 项期限 / Exported ${count} deadline(s): ${out}`);
    });
  };

/** `dossier calc enforcement-deadline --last-performance-day DATE`. */
export const runCalcEnforcement: CommandRun = async (input) => {
    await withServices(input, async (call) => {
      const r = (await call('calc:enforcement-deadline', { lastPerformanceDay: required(stringFlag(input, 'last-performance-day'), '--last-performance-day') })) as {
        date: string; nominal: string; skipped: string[]; rule: { zh: string; en: string }; calendarWarning: { zh: string; en: string } | null;
      };
      printValue(input.printer, r, () => [
        `申请执行期限届满日 Deadline: ${r.date}${r.skipped.length > 0 ? `（${r.nominal} 遇节假日顺延 rolled over ${r.skipped.join(', ')}）` : ''}`,
        `依据：${r.rule.zh}\nRule: ${r.rule.en}`,
        ...(r.calendarWarning ? [`注意：${r.calendarWarning.zh}\nNote: ${r.calendarWarning.en}`] : []),
      ]);
    });
  };

/** `dossier calc delay-interest --base AMOUNT --last-performance-day DATE --payment DATE:AMOUNT ...`. */
export const runCalcDelayInterest: CommandRun = async (input) => {
    const payments = stringFlags(input, 'payment').map((text, i) => {
      const match = /^(\d{4}-\d{2}-\d{2}):(.+)$/.exec(text);
      if (!match) throw new DossierError('invalid-input', { zh: `第 ${i + 1} 个 --payment 应写作 YYYY-MM-DD:金额`, en: `--payment ${i + 1} must be written YYYY-MM-DD:AMOUNT` }, { field: `payments.${i}` });
      return { date: match[1]!, amount: match[2]! };
    });
    await withServices(input, async (call) => {
      const result = (await call('calc:delay-interest', {
        base: required(stringFlag(input, 'base'), '--base'), lastPerformanceDay: required(stringFlag(input, 'last-performance-day'), '--last-performance-day'),
        payments, toDate: stringFlag(input, 'to') ?? '',
      })) as Parameters<typeof delayInterestLines>[0];
      printValue(input.printer, result, delayInterestLines);
    });
  };

