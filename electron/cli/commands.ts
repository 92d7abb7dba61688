import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { documentFormats } from '../../core/contract';
import type { DocumentFormat, GeneratedDocument } from '../../core/contract';
import { formatYuan } from '../../core/money/fen';
import { DossierError } from '../../core/errors';
import { startBridge } from '../bridge/bridge-server';
import { writeFileAtomic } from '../services/atomic-write';
import { demoAgent, demoCases, demoPlaintiff } from '../services/demo-data';
import { dispatch } from '../services/dispatch';
import { openCliServices } from './cli-context';
import { unwrap } from './cli-output';
import type { Printer } from './cli-output';

/** Parsed flags shared by the commands. */
export type Flags = {
  db?: string | undefined; 'data-dir'?: string | undefined; out?: string | undefined; template?: string | undefined;
  format?: string | undefined; port?: string | undefined; json: boolean;
};

function parseFormats(text: string | undefined): DocumentFormat[] {
  const formats = (text ?? 'docx,pdf').split(',').map((f) => f.trim()).filter(Boolean);
  const bad = formats.filter((f) => !(documentFormats as readonly string[]).includes(f));
  if (bad.length > 0 || formats.length === 0) {
    throw new DossierError('invalid-input', { zh: `不支持的格式：${bad.join(',')}（可选 docx、pdf）`, en: `Unsupported format: ${bad.join(',')} (use docx, pdf)` }, { field: 'format' });
  }
  return formats as DocumentFormat[];
}

function requireFlag(value: string | undefined, name: string): string {
  if (!value) throw new DossierError('invalid-input', { zh: `缺少参数 --${name}`, en: `Missing --${name}` }, { field: name });
  return value;
}

/** Copies generated files to an output folder (atomically); returns the new paths. */
function copyOut(documents: GeneratedDocument[], outDir: string): string[] {
  mkdirSync(outDir, { recursive: true });
  return documents.map((document) => {
    const target = join(outDir, document.fileName);
    writeFileAtomic(target, readFileSync(document.path));
    return target;
  });
}

/** `dossier doc CASE_ID --template ID --format docx,pdf --out DIR`. */
export async function docCommand(caseIdText: string | undefined, flags: Flags, printer: Printer): Promise<void> {
  const caseId = Number(requireFlag(caseIdText, 'CASE_ID'));
  const outDir = resolve(requireFlag(flags.out, 'out'));
  const services = openCliServices(flags);
  try {
    const generated = unwrap(
      await dispatch(services.handlers, 'document:generate', { caseId, templateId: flags.template ?? 'complaint', formats: parseFormats(flags.format) }),
    ) as GeneratedDocument[];
    const files = copyOut(generated, outDir);
    if (printer.json) printer.out(JSON.stringify({ ok: true, files: generated.map((d, i) => ({ ...d, path: files[i] })) }, null, 2));
    else for (const file of files) printer.out(file);
  } finally {
    services.close();
  }
}

/** `dossier case list`. */
export async function caseListCommand(flags: Flags, printer: Printer): Promise<void> {
  const services = openCliServices(flags);
  try {
    const cases = unwrap(await dispatch(services.handlers, 'case:list', {})) as { id: number; defendantName: string; courtName: string; claimTotalFen: number; status: string }[];
    if (printer.json) printer.out(JSON.stringify({ ok: true, cases }, null, 2));
    else for (const c of cases) printer.out(`${c.id}\t${c.defendantName}\t¥${formatYuan(c.claimTotalFen)}\t${c.courtName}\t${c.status}`);
  } finally {
    services.close();
  }
}

/** `dossier templates`. */
export async function templatesCommand(flags: Flags, printer: Printer): Promise<void> {
  const services = openCliServices(flags);
  try {
    const templates = unwrap(await dispatch(services.handlers, 'template:list', {})) as { id: string; title: string; version: string }[];
    if (printer.json) printer.out(JSON.stringify({ ok: true, templates }, null, 2));
    else for (const t of templates) printer.out(`${t.id}\t${t.title}\t${t.version}`);
  } finally {
    services.close();
  }
}

/** `dossier demo --out DIR [--db FILE]`: a fresh database with three fictional cases and their complaints. */
export async function demoCommand(flags: Flags, printer: Printer): Promise<void> {
  const outDir = resolve(requireFlag(flags.out, 'out'));
  mkdirSync(outDir, { recursive: true });
  const services = openCliServices({ db: flags.db ?? join(outDir, 'demo.sqlite'), 'data-dir': flags['data-dir'] });
  try {
    const call = async (name: Parameters<typeof dispatch>[1], input: unknown) => unwrap(await dispatch(services.handlers, name, input));
    const plaintiff = (await call('organisation:save', { values: demoPlaintiff })) as { id: number };
    const agent = (await call('agent:save', { values: demoAgent })) as { id: number };
    const written: { caseId: number; defendant: string; files: string[] }[] = [];
    for (const values of demoCases(plaintiff.id, agent.id)) {
      const created = (await call('case:create', { values })) as { id: number; defendant: { name: string } };
      const generated = (await call('document:generate', { caseId: created.id, templateId: 'complaint', formats: ['docx', 'pdf'] })) as GeneratedDocument[];
      written.push({ caseId: created.id, defendant: created.defendant.name, files: copyOut(generated, outDir) });
    }
    if (printer.json) printer.out(JSON.stringify({ ok: true, database: services.context.databasePath, cases: written }, null, 2));
    else {
      printer.out(`演示数据库 Demo database: ${services.context.databasePath}`);
      for (const w of written) for (const f of w.files) printer.out(`案件 ${w.caseId} ${w.defendant}: ${f}`);
    }
  } finally {
    services.close();
  }
}

/** `dossier serve`: the loopback bridge for browser tests and development; runs until interrupted. */
export async function serveCommand(flags: Flags, printer: Printer): Promise<void> {
  const services = openCliServices(flags);
  const bridge = await startBridge({
    handlers: services.handlers,
    rendererDir: resolve('out/renderer'),
    ...(flags.port ? { port: Number(flags.port) } : {}),
  });
  printer.out(printer.json ? JSON.stringify({ ok: true, url: bridge.url }) : `测试桥已启动 Bridge listening: ${bridge.url}`);
  await new Promise<void>((done) => process.once('SIGINT', () => done()));
  await bridge.close();
  services.close();
}

