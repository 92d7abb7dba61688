import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { caseInput } from '../../core/case/case-model';
import { openTestServices, seedProfiles } from '../support/service-fixture';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir('dossier-document-dates-');
const fileHash = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('document:generate dates', () => {
  it('dates the DOCX and the PDF with the service clock, and gives the same bytes when generated again at the same time', async () => {
    // The fixture's clock stands still at 2026-11-28 10:00 China time.
    const services = openTestServices(tempDir());
    try {
      const { cases } = await seedProfiles(services.handlers);
      const created = await services.handlers['case:create']({ values: caseInput.parse(cases[0]!) });
      const generate = () => services.handlers['document:generate']({ caseId: created.id, templateId: 'complaint', formats: ['docx', 'pdf'] });
      const first = await generate();
      await new Promise((resolve) => setTimeout(resolve, 2100));
      const second = await generate();
      for (const format of ['docx', 'pdf'] as const) {
        const a = first.find((d) => d.format === format)!;
        const b = second.find((d) => d.format === format)!;
        expect(b.path).not.toBe(a.path);
        expect(fileHash(b.path), format).toBe(fileHash(a.path));
      }
      const docx = first.find((d) => d.format === 'docx')!.path;
      expect(execFileSync('unzip', ['-p', docx, 'docProps/core.xml'], { encoding: 'utf8' })).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-11-28T02:00:00Z</dcterms:created>');
      expect(execFileSync('pdfinfo', [first.find((d) => d.format === 'pdf')!.path], { encoding: 'utf8' })).toMatch(/^CreationDate:\s+Sat Nov 28 02:00:00 2026 UTC$/m);
    } finally {
      services.close();
    }
  }, 120_000);
});
