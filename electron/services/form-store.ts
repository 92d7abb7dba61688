/**
 * Where fillable forms come from: bundled samples in templates/forms (read-only, each with a default
 * mapping <name>.mapping.json beside it) and forms the user imported, copied under the data folder's
 * forms/ by their SHA-256 so the exact file a mapping was made for is kept.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FormSummary } from '../../core/contract';
import { DossierError } from '../../core/errors';
import { listFormFields } from '../../core/forms/acroform-read';
import { formMapping, type FormMapping } from '../../core/forms/form-model';
import { writeAudit } from '../db/audit-log';
import { createPdfFormRepository } from '../db/pdf-form-repository';
import { insideDataFolder } from './data-folder';
import { sha256 } from './document-files';
import { clockOf, type ServiceContext } from './service-context';
import { readStoredFile, writeStoredFile } from './stored-file';

/** A form's bytes with its summary. */
export type LoadedForm = { summary: FormSummary; bytes: Uint8Array; defaultMapping: FormMapping | null };

const notFound = (key: string) => new DossierError('not-found', { zh: `找不到表单：${key}`, en: `No form ${key}` }, { field: 'formKey' });

/** The forms catalogue of a data folder. */
export function createFormStore(context: ServiceContext) {
  const formsDir = join(context.templatesDir, 'forms');
  const repository = createPdfFormRepository(context.db);
  const clock = clockOf(context);
  // Field counts of bundled forms, by file: reading a form takes a few milliseconds, listing should not.
  const bundledCounts = new Map<string, { sha256: string; fieldCount: number }>();

  async function bundledFacts(file: string, bytes: Uint8Array) {
    const key = sha256(bytes);
    const known = bundledCounts.get(file);
    if (known && known.sha256 === key) return known;
    const facts = { sha256: key, fieldCount: (await listFormFields(bytes, file)).length };
    bundledCounts.set(file, facts);
    return facts;
  }

  function bundledMapping(file: string): FormMapping | null {
    const path = join(formsDir, file.replace(/\.pdf$/, '.mapping.json'));
    if (!existsSync(path)) return null;
    const parsed = formMapping.safeParse(JSON.parse(readFileSync(path, 'utf8')));
    if (!parsed.success) throw new DossierError('template-error', { zh: `表单映射文件有误：${path}`, en: `Invalid form mapping file ${path}` }, { file: path });
    return parsed.data;
  }

  async function load(key: string): Promise<LoadedForm> {
    if (key.startsWith('bundled:')) {
      const file = key.slice('bundled:'.length);
      const path = join(formsDir, file);
      if (!/^[A-Za-z0-9._-]+\.pdf$/.test(file) || !existsSync(path)) throw notFound(key);
      const bytes = new Uint8Array(readFileSync(path));
      const facts = await bundledFacts(file, bytes);
      const defaultMapping = bundledMapping(file);
      return {
        summary: { key, name: file, source: 'bundled', sha256: facts.sha256, fieldCount: facts.fieldCount, hasMapping: defaultMapping !== null || repository.hasMapping(key) },
        bytes,
        defaultMapping,
      };
    }
    const row = repository.find(Number(key.slice('user:'.length)));
    if (!row) throw notFound(key);
    const bytes = new Uint8Array(readStoredFile(insideDataFolder(context.dataDir, row.relative_path), row.name, context.filesKey));
    return {
      summary: { key, name: row.name, source: 'user', sha256: row.sha256, fieldCount: row.field_count, hasMapping: repository.hasMapping(key) },
      bytes,
      defaultMapping: null,
    };
  }

  return {
    load,
    repository,
    async list(): Promise<FormSummary[]> {
      const files = existsSync(formsDir) ? readdirSync(formsDir).filter((f) => f.endsWith('.pdf')).sort() : [];
      const bundled = await Promise.all(files.map(async (file) => (await load(`bundled:${file}`)).summary));
      const user = repository.list().map((row): FormSummary => ({
        key: `user:${row.id}`, name: row.name, source: 'user', sha256: row.sha256, fieldCount: row.field_count, hasMapping: repository.hasMapping(`user:${row.id}`),
      }));
      return [...bundled, ...user];
    },
    /** Copies a chosen form into the data folder (once per content) and records it. */
    async import(fileName: string, bytes: Uint8Array): Promise<FormSummary> {
      const fields = await listFormFields(bytes, fileName);
      if (fields.length === 0) {
        throw new DossierError('invalid-input', { zh: `“${fileName}”不含可填写的表单字段`, en: `"${fileName}" has no fillable form fields` }, { file: fileName });
      }
      const hash = sha256(bytes);
      const existing = repository.findBySha(hash);
      if (existing) return (await load(`user:${existing.id}`)).summary;
      const relativePath = join('forms', `${hash}.pdf`);
      writeStoredFile(insideDataFolder(context.dataDir, relativePath), bytes, context.filesKey);
      const at = clock.timestamp();
      const id = context.db.transaction(() => {
        const newId = repository.insert({ name: fileName, sha256: hash, relative_path: relativePath, field_count: fields.length, created_at: at });
        writeAudit(context.db, { at, actor: context.actor, entity: 'form', entityId: newId, action: 'create', before: null, after: { name: fileName, sha256: hash, fieldCount: fields.length } });
        return newId;
      }).immediate();
      return (await load(`user:${id}`)).summary;
    },
  };
}
export type FormStore = ReturnType<typeof createFormStore>;
