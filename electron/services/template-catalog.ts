/**
 * The templates generation can use: the bundled ones (templates/documents, read-only, shipped with the
 * app) and the versions users saved in the database. Versions are append-only: a saved version is never
 * changed, so a document generated from it can always be traced to — and regenerated from — its text.
 * Without an explicit version the newest wins: the latest user version, else the bundled one.
 */
import type { TemplateSummary, TemplateVersionSummary } from '../../core/contract';
import { templateManifest, type DocumentTemplate, type TemplateManifest } from '../../core/documents/template-manifest';
import { DossierError } from '../../core/errors';
import { createTemplateVersionRepository, templateVersionFromRow, type TemplateVersionRow } from '../db/template-version-repository';
import type { ServiceContext } from './service-context';
import { createTemplateStore } from './template-store';

/** A template version ready to render, with where it came from. */
export type ResolvedTemplate = DocumentTemplate & { source: 'bundled' | 'user'; bundled: DocumentTemplate; row: TemplateVersionRow | null };

function manifestOf(row: TemplateVersionRow): TemplateManifest {
  return templateManifest.parse(JSON.parse(row.manifest_json));
}

/** The catalogue over the bundled folder and the database. */
export function createTemplateCatalog(context: ServiceContext) {
  const bundled = createTemplateStore(context.templatesDir);
  const versions = createTemplateVersionRepository(context.db);

  function bundledVersion(template: DocumentTemplate): TemplateVersionSummary {
    return { version: template.manifest.version, source: 'bundled', basedOn: '', title: template.manifest.title, note: '', createdAt: '', createdBy: 'Dossier' };
  }

  /** A template at a version (or its newest); not-found names the template and version. */
  function resolve(templateId: string, version?: string): ResolvedTemplate {
    const base = bundled.load(templateId);
    if (version === undefined || version === base.manifest.version) {
      const row = version === undefined ? versions.latest(templateId) : undefined;
      if (!row) return { ...base, source: 'bundled', bundled: base, row: null };
      return { manifest: manifestOf(row), body: row.body, source: 'user', bundled: base, row };
    }
    const row = versions.find(templateId, version);
    if (!row) {
      throw new DossierError('not-found', { zh: `模板“${base.manifest.title}”没有版本 ${version}`, en: `Template "${templateId}" has no version ${version}` }, { field: 'templateVersion' });
    }
    return { manifest: manifestOf(row), body: row.body, source: 'user', bundled: base, row };
  }

  function summary(templateId: string): TemplateSummary {
    const current = resolve(templateId);
    const m = current.manifest;
    return {
      id: m.id, title: m.title, version: m.version, caseTypes: m.caseTypes, edition: m.edition ?? '', group: m.group ?? m.id,
      basis: m.basis, inputs: m.inputs ?? [], required: m.required, source: current.source,
      bundledVersion: current.bundled.manifest.version, versionCount: 1 + versions.list(templateId).length,
    };
  }

  return {
    resolve,
    summary,
    bundledIds: (): string[] => bundled.list().map((t) => t.manifest.id),
    list: (): TemplateSummary[] => bundled.list().map((t) => summary(t.manifest.id)),
    /** The bundled version first, then the user versions oldest first. */
    versions(templateId: string): TemplateVersionSummary[] {
      const base = bundled.load(templateId);
      return [bundledVersion(base), ...versions.list(templateId).map((row) => templateVersionFromRow(row, manifestOf(row).title))];
    },
    versionSummary(template: ResolvedTemplate): TemplateVersionSummary {
      return template.row ? templateVersionFromRow(template.row, template.manifest.title) : bundledVersion(template);
    },
    /** The next free user version name: the bundled version with -u1, -u2 … */
    nextVersion(templateId: string): string {
      const base = bundled.load(templateId).manifest.version;
      const taken = new Set(versions.list(templateId).map((row) => row.version));
      let n = 1;
      while (taken.has(`${base}-u${n}`)) n++;
      return `${base}-u${n}`;
    },
    repository: versions,
  };
}
export type TemplateCatalog = ReturnType<typeof createTemplateCatalog>;
