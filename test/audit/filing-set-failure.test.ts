import { cpSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseInput } from '../../core/case/case-model';
import { generateEachTemplate } from '../../electron/services/document-set-generation';
import { defaultTemplatesDir, openServices } from '../../electron/services/open-services';
import { seedProfiles } from '../support/service-fixture';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();

describe('a whole filing set with one broken template', () => {
  it('reports the broken template by title and records every other document complete', async () => {
    const work = tempDir();
    const templatesDir = join(work, 'templates');
    cpSync(defaultTemplatesDir(), templatesDir, { recursive: true });
    writeFileSync(join(templatesDir, 'documents', 'evidence-list', 'body.liquid'), '{% if plaintiff.name %}\n未闭合的条件');
    const services = openServices({ dataDir: join(work, 'data'), actor: 'test', templatesDir, now: () => new Date('2026-11-28T02:00:00Z') });
    try {
      const { cases } = await seedProfiles(services.handlers);
      const created = await services.handlers['case:create']({ values: caseInput.parse(cases[0]!) });
      const set = await services.handlers['document:set']({ caseId: created.id });
      expect(set.templates.map((t) => t.id)).toContain('evidence-list');
      const { generated, failures } = await generateEachTemplate(services.handlers, set.templates, { caseId: created.id, formats: ['docx', 'pdf'] });
      // The broken template fails; so may one the bare case lacks the facts for. Each is named; the rest are made.
      expect(failures.map((f) => f.title)).toContain('证据目录');
      expect(failures.every((f) => f.error.zh !== '')).toBe(true);
      expect(generated.length).toBeGreaterThan(0);
      const failed = new Set(failures.map((f) => f.templateId));
      const recorded = services.context.db.prepare('SELECT template_id AS id, file_name AS name FROM documents WHERE case_id = ? ORDER BY id').all(created.id) as { id: string; name: string }[];
      expect(new Set(recorded.map((r) => r.id))).toEqual(new Set(set.templates.map((t) => t.id).filter((id) => !failed.has(id))));
      expect(recorded.length).toBe(generated.length);
      // What is recorded is on disk in full, and nothing else is.
      const onDisk = readdirSync(join(work, 'data', 'documents', `case-${created.id}`)).sort();
      expect(onDisk).toEqual(recorded.map((r) => r.name).sort());
    } finally {
      services.close();
    }
  }, 120_000);
});
