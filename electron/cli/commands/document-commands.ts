import { mkdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { documentFormats } from '../../../core/contract';
import type { DocumentFormat, GeneratedDocument, TemplateSummary } from '../../../core/contract';
import { DossierError } from '../../../core/errors';
import { writeFileAtomic } from '../../services/atomic-write';
import { demoAgent, demoCases, demoPlaintiff } from '../../services/demo-data';
import { dispatch } from '../../services/dispatch';
import { openCliServices } from '../cli-context';
import { stringFlag } from '../cli-command';
import type { CliCommand, CommandInput } from '../cli-command';
import { unwrap } from '../cli-output';

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
export const docCommand: CliCommand = {
  words: ['doc'],
  usage: 'dossier doc CASE_ID --template complaint --format docx,pdf --out DIR [--db FILE] [--json]\n    为案件生成文书 / Generate a document for a case',
  options: { template: { type: 'string' }, format: { type: 'string' }, out: { type: 'string' } },
  run: async (input: CommandInput) => {
    const caseId = Number(required(input.args[0], 'CASE_ID'));
    const outDir = resolve(required(stringFlag(input, 'out'), '--out'));
    const formats = parseFormats(stringFlag(input, 'format'));
    const services = openCliServices(input.flags);
    try {
      const generated = unwrap(
        await dispatch(services.handlers, 'document:generate', { caseId, templateId: stringFlag(input, 'template') ?? 'complaint', formats }),
      ) as GeneratedDocument[];
      const files = copyOut(generated, outDir);
      if (input.printer.json) input.printer.out(JSON.stringify({ ok: true, files: generated.map((d, i) => ({ ...d, path: files[i] })) }, null, 2));
      else for (const file of files) input.printer.out(file);
    } finally {
      services.close();
    }
  },
};

/** `dossier templates`. */
export const templatesCommand: CliCommand = {
  words: ['templates'],
  usage: 'dossier templates [--json]\n    列出文书模板 / List document templates',
  run: async ({ flags, printer }) => {
    const services = openCliServices(flags);
    try {
      const templates = unwrap(await dispatch(services.handlers, 'template:list', {})) as TemplateSummary[];
      if (printer.json) printer.out(JSON.stringify({ ok: true, templates }, null, 2));
      else for (const t of templates) printer.out(`${t.id}\t${t.title}\t${t.version}`);
    } finally {
      services.close();
    }
  },
};

/** `dossier demo --out DIR [--db FILE]`: a fresh database with three fictional cases and their complaints. */
export const demoCommand: CliCommand = {
  words: ['demo'],
  usage: 'dossier demo --out DIR [--db FILE] [--json]\n    创建含三个虚构案件的演示数据库，并将每案的民事起诉状（DOCX、PDF）写入 DIR\n    Create a demo database with three fictional cases and write each complaint to DIR',
  options: { out: { type: 'string' } },
  run: async (input: CommandInput) => {
    const outDir = resolve(required(stringFlag(input, 'out'), '--out'));
    mkdirSync(outDir, { recursive: true });
    const services = openCliServices({ ...input.flags, db: input.flags.db ?? join(outDir, 'demo.sqlite') });
    const { printer } = input;
    try {
      const call = async (name: Parameters<typeof dispatch>[1], value: unknown) => unwrap(await dispatch(services.handlers, name, value));
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
  },
};
