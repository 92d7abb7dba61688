import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { documentFormats } from '../../../core/contract';
import type { DocumentFormat, FilingSetView, GeneratedDocument, GenerationResult, TemplateSummary } from '../../../core/contract';
import { DossierError } from '../../../core/errors';
import { writeFileAtomic } from '../../services/atomic-write';
import { readStoredFile } from '../../services/stored-file';
import type { FilesKey } from '../../services/stored-file';
import { demoAgent, demoCases, demoPlaintiff } from '../../services/demo-data';
import { seedDemoEvidence } from '../../services/demo-evidence';
import { demoDocumentInputs } from '../../services/document-demo-inputs';
import type { Case } from '../../../core/case/case-model';
import { chinaCalendarDate } from '../../../core/china-time';
import { dispatch } from '../../services/dispatch';
import { generateEachTemplate } from '../../services/document-set-generation';
import { checkDatabasePath, openCliServices } from '../cli-context';
import { stringFlag } from '../cli-command';
import type { CommandInput, CommandRun } from '../cli-command';
import { printValue, unwrap } from '../cli-output';
import { caseIdArg } from './evidence-commands';

function parseFormats(text: string | undefined): DocumentFormat[] {
  const formats = (text ?? 'docx,pdf').split(',').map((f) => f.trim()).filter(Boolean);
  const bad = formats.filter((f) => !(documentFormats as readonly string[]).includes(f));
  if (bad.length > 0 || formats.length === 0) {
    throw new DossierError('invalid-input', { zh: `不支持的格式：${bad.join(',')}（可选 docx、pdf）`, en: `Unsupported format: ${bad.join(',')} (use docx, pdf)` }, { field: 'format' });
  }
  return formats as DocumentFormat[];
}

/** A required flag or positional, with a bilingual error naming it. */
export function required(value: string | undefined, name: string): string {
  if (!value) throw new DossierError('invalid-input', { zh: `缺少参数 ${name}`, en: `Missing ${name}` }, { field: name });
  return value;
}

/** Copies generated files to an output folder (atomically, plain: decrypted with the files key of an encrypted store); returns the new paths. */
function copyOut(documents: GeneratedDocument[], outDir: string, key?: FilesKey): string[] {
  mkdirSync(outDir, { recursive: true });
  return documents.map((document) => {
    const target = join(outDir, document.fileName);
    writeFileAtomic(target, readStoredFile(document.path, document.fileName, key));
    return target;
  });
}

/** Reads a JSON file of document inputs (settlement plan, enforcement facts …) for `--inputs FILE`. */
function readInputs(path: string | undefined): unknown {
  if (path === undefined) return undefined;
  try {
    return JSON.parse(readFileSync(resolve(path), 'utf8'));
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DossierError('invalid-input', { zh: `无法读取输入文件：${reason}`, en: `Cannot read the inputs file: ${reason}` }, { field: '--inputs', file: path });
  }
}

/** `dossier doc CASE_ID --template ID|all --format docx,pdf --out DIR [--inputs FILE] [--template-version V]`. */
export const runDoc: CommandRun = async (input: CommandInput) => {
    const caseId = caseIdArg(input.args[0]);
    const outDir = resolve(required(stringFlag(input, 'out'), '--out'));
    const formats = parseFormats(stringFlag(input, 'format'));
    const inputs = readInputs(stringFlag(input, 'inputs'));
    const services = openCliServices(input.flags);
    try {
      const chosen = stringFlag(input, 'template') ?? 'complaint';
      // The whole set is the one the case's stage and settlement call for (core/documents/filing-set.ts).
      const set = chosen === 'all'
        ? (unwrap(await dispatch(services.handlers, 'document:set', { caseId, ...(inputs === undefined ? {} : { inputs }) })) as FilingSetView)
        : null;
      const version = stringFlag(input, 'template-version');
      const request = { caseId, formats, ...(inputs === undefined ? {} : { inputs }), ...(version === undefined ? {} : { templateVersion: version }) };
      // One template asked for: its failure is the command's. The whole set: each template on its own, the failures listed.
      const { generated, failures } = set
        ? await generateEachTemplate(services.handlers, set.templates, request)
        : { generated: unwrap(await dispatch(services.handlers, 'document:generate', { ...request, templateId: chosen })) as GenerationResult[], failures: [] };
      const files = copyOut(generated, outDir, services.context.filesKey);
      const notices = set?.notices ?? [];
      // The same warning comes with every file of a case: say it once.
      const warnings = [...new Map(generated.flatMap((d) => d.warnings).map((w) => [w.zh, w])).values()];
      printValue(input.printer, { files: generated.map((d, i) => ({ ...d, path: files[i]! })), notices, warnings, failures }, () => [
        ...files,
        ...notices.map((notice) => `提示：${notice.zh}\nNote: ${notice.en}`),
        ...warnings.map((warning) => `注意：${warning.zh}\nWarning: ${warning.en}`),
        ...failures.map((failure) => `未能生成“${failure.title}”：${failure.error.zh}\nNot generated: ${failure.title}: ${failure.error.en}`),
      ]);
      return failures.length > 0 ? 1 : 0;
    } finally {
      services.close();
    }
  };

/** `dossier templates`. */
export const runTemplates: CommandRun = async ({ flags, printer }) => {
    const services = openCliServices(flags);
    try {
      const templates = unwrap(await dispatch(services.handlers, 'template:list', {})) as TemplateSummary[];
      // The title first; the id is shown only as the value to pass to `dossier doc --template`.
      printValue(printer, templates, (list) => list.map((t) => `${t.title}\t版本 ${t.version}${t.source === 'user' ? '（本地版本 user version）' : ''}${t.edition ? `\t示范文本 ${t.edition}` : ''}\t--template ${t.id}`));
    } finally {
      services.close();
    }
  };

type Call = (name: Parameters<typeof dispatch>[1], value: unknown) => Promise<unknown>;

/** The rest of a demo case's filing set (the set its stage and settlement call for), DOCX and PDF, filled with the demo's fictional inputs. */
async function writeFilingSet(call: Call, caseId: number, index: number, dir: string, today: string): Promise<{ files: string[]; notices: FilingSetView['notices'] }> {
  const found = (await call('case:get', { id: caseId })) as Case;
  const inputs = demoDocumentInputs(found, today, index);
  const set = (await call('document:set', { caseId, inputs })) as FilingSetView;
  const files: string[] = [];
  for (const template of set.templates.filter((t) => t.id !== 'complaint')) {
    const generated = (await call('document:generate', { caseId, templateId: template.id, formats: ['docx', 'pdf'], inputs })) as GeneratedDocument[];
    files.push(...copyOut(generated, dir));
  }
  return { files, notices: set.notices };
}

/**
 * `dossier demo --out DIR [--db FILE]`: a fresh database with three fictional cases, each complaint in DIR and the
 * rest of each case's filing set in DIR/filing-set/case-N.
 */
export const runDemo: CommandRun = async (input: CommandInput) => {
    const outDir = resolve(required(stringFlag(input, 'out'), '--out'));
    const target = resolve(input.flags.db ?? join(outDir, 'demo.sqlite'));
    // The demo is built under another name: the user's --db is checked as itself (a broken link, a pipe, a folder).
    checkDatabasePath(target);
    // A new demo database is built under a temporary name and put in place only once complete, so a killed demo
    // leaves no half-seeded database (which the next demo would refuse); the sweep on start removes the temp file.
    // An existing database named with --db is added to, as before.
    const building = input.flags.db !== undefined && existsSync(target) ? target : join(dirname(target), `.${basename(target)}.${randomBytes(6).toString('hex')}.tmp`);
    const services = openCliServices({ ...input.flags, db: building });
    // Only once the database opened: a refused --db leaves no output folder behind.
    mkdirSync(outDir, { recursive: true });
    const { printer } = input;
    let complete = false;
    try {
      const call = async (name: Parameters<typeof dispatch>[1], value: unknown) => unwrap(await dispatch(services.handlers, name, value));
      const plaintiff = (await call('organisation:save', { values: demoPlaintiff })) as { id: number };
      const agent = (await call('agent:save', { values: demoAgent })) as { id: number };
      const written: { caseId: number; defendant: string; files: string[] }[] = [];
      const filingSets: { caseId: number; files: string[]; notices: FilingSetView['notices'] }[] = [];
      const fonts = await services.context.loadFonts();
      for (const [index, values] of demoCases(plaintiff.id, agent.id).entries()) {
        const created = (await call('case:create', { values })) as { id: number; defendant: { name: string } };
        await seedDemoEvidence(call, index, created.id, fonts);
        const generated = (await call('document:generate', { caseId: created.id, templateId: 'complaint', formats: ['docx', 'pdf'] })) as GeneratedDocument[];
        written.push({ caseId: created.id, defendant: created.defendant.name, files: copyOut(generated, outDir) });
        filingSets.push({ caseId: created.id, ...(await writeFilingSet(call, created.id, index, join(outDir, 'filing-set', `case-${created.id}`), chinaCalendarDate(services.context.now()))) });
      }
      services.close();
      if (building !== target) {
        // A stale -wal or -shm beside the old file would be read as the new database's.
        for (const suffix of ['-wal', '-shm', '-journal']) rmSync(`${target}${suffix}`, { force: true });
        renameSync(building, target);
      }
      complete = true;
      printValue(printer, { database: target, cases: written, filingSets }, () => [
        `演示数据库 Demo database: ${target}`,
        ...written.flatMap((w) => w.files.map((f) => `案件 ${w.caseId} ${w.defendant}: ${f}`)),
        ...filingSets.flatMap((set) => [
          `案件 ${set.caseId} 全套文书 filing set: ${set.files.length} 个文件 files in ${join(outDir, 'filing-set', `case-${set.caseId}`)}`,
          ...set.notices.map((notice) => `案件 ${set.caseId} 提示：${notice.zh}\nNote: ${notice.en}`),
        ]),
      ]);
    } finally {
      services.close();
      if (!complete && building !== target) for (const suffix of ['', '-wal', '-shm', '-journal']) rmSync(`${building}${suffix}`, { force: true });
    }
  };
