import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DossierError } from '../../core/errors';
import { templateManifest } from '../../core/documents/template-manifest';
import type { DocumentTemplate } from '../../core/documents/template-manifest';

/** Loads document templates from templates/documents/<id>/{manifest.json, body.liquid}. */
export function createTemplateStore(templatesDir: string) {
  const documentsDir = join(templatesDir, 'documents');

  function load(id: string): DocumentTemplate {
    if (!/^[a-z0-9-]{1,60}$/.test(id) || !existsSync(join(documentsDir, id, 'manifest.json'))) {
      throw new DossierError('not-found', { zh: `找不到文书模板：${id}`, en: `No document template named ${id}` });
    }
    const manifestPath = join(documentsDir, id, 'manifest.json');
    const parsed = templateManifest.safeParse(JSON.parse(readFileSync(manifestPath, 'utf8')));
    if (!parsed.success) {
      throw new DossierError('template-error', {
        zh: `模板清单有误：${manifestPath}：${parsed.error.message}`,
        en: `Invalid template manifest ${manifestPath}: ${parsed.error.message}`,
      }, { file: manifestPath });
    }
    return { manifest: parsed.data, body: readFileSync(join(documentsDir, id, 'body.liquid'), 'utf8') };
  }

  return {
    load,
    list(): DocumentTemplate[] {
      return readdirSync(documentsDir, { withFileTypes: true })
        .filter((entry) => entry.isDirectory() && existsSync(join(documentsDir, entry.name, 'manifest.json')))
        .map((entry) => load(entry.name));
    },
  };
}
export type TemplateStore = ReturnType<typeof createTemplateStore>;
