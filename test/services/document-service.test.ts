import { existsSync, readFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { caseInput } from '../../core/case/case-model';
import { amountInCapitals } from '../../core/money/amount-in-capitals';
import { formatYuan } from '../../core/money/fen';
import { auditTrail } from '../../electron/db/audit-log';
import { docxText, pdfFonts, pdfText, squash, zipEntry } from '../support/parse-output';
import { openTestServices, seedProfiles } from '../support/service-fixture';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();

async function generatedComplaint(caseIndex: number) {
  const dataDir = tempDir();
  const services = openTestServices(dataDir);
  const { cases, plaintiff, agent } = await seedProfiles(services.handlers);
  const created = await services.handlers['case:create']({ values: caseInput.parse(cases[caseIndex]!) });
  const documents = await services.handlers['document:generate']({ caseId: created.id, templateId: 'complaint', formats: ['docx', 'pdf'] });
  return { ...services, dataDir, created, documents, plaintiff, agent };
}

/** Every value the complaint must carry, as written in the document. */
function expectedValues(c: Awaited<ReturnType<typeof generatedComplaint>>) {
  const { created, plaintiff, agent } = c;
  const total = created.claim.principalFen + created.claim.interestFen + created.claim.penaltyFen + created.claim.feesFen;
  return [
    plaintiff.name, plaintiff.creditCode, plaintiff.address, plaintiff.responsiblePerson,
    agent.name, agent.licenceNumber,
    created.defendant.name, created.defendant.residentId, created.defendant.registeredAddress, created.defendant.phone,
    created.card.cardNumber, created.courtName, `此致`,
    formatYuan(created.claim.principalFen), amountInCapitals(created.claim.principalFen),
    formatYuan(created.claim.interestFen), amountInCapitals(created.claim.interestFen),
    formatYuan(total), amountInCapitals(total),
    '诉讼请求', '事实和理由', '证据和证据来源', '2026年11月28日',
  ];
}

describe('document:generate (complaint)', () => {
  it('writes a PDF whose text carries every filled value and no template syntax', async () => {
    const c = await generatedComplaint(2);
    const pdf = c.documents.find((d) => d.format === 'pdf')!;
    expect(existsSync(pdf.path)).toBe(true);
    const text = squash(pdfText(pdf.path));
    for (const value of expectedValues(c)) expect(text).toContain(squash(value));
    expect(text).toContain('䶮文静');
    expect(text).not.toMatch(/\{\{|\}\}|\{%|%\}|[\uE000\uE001]|^#|\|/);
    // The rare name proves the glyph check; 第 x 页 共 y 页 footers prove pagination.
    expect(text).toMatch(/第1页共\d+页/);
    c.close();
  });

  it('embeds exactly one font: the subset CJK serif', async () => {
    const c = await generatedComplaint(0);
    const fonts = pdfFonts(c.documents.find((d) => d.format === 'pdf')!.path);
    expect(fonts).toEqual([{ name: expect.stringMatching(/^[A-Z]{6}\+NotoSerifSC-Regular$/), embedded: true, subset: true }]);
    c.close();
  });

  it('writes a DOCX with the same values, 宋体 in the eastAsia slot and page-number fields', async () => {
    const c = await generatedComplaint(1);
    const docx = c.documents.find((d) => d.format === 'docx')!;
    const text = squash(docxText(docx.path));
    for (const value of expectedValues(c)) expect(text).toContain(squash(value));
    expect(text).not.toMatch(/\{\{|\{%|[\uE000\uE001]/);
    const xml = zipEntry(docx.path, 'word/document.xml');
    expect(xml).toContain('w:eastAsia="宋体"');
    c.close();
  });

  it('records each file with its hash, template version and data hash, and audits it', async () => {
    const c = await generatedComplaint(0);
    expect(c.documents.map((d) => d.format).sort()).toEqual(['docx', 'pdf']);
    for (const document of c.documents) {
      const bytes = readFileSync(document.path);
      expect(document.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
      expect(document.sizeBytes).toBe(bytes.length);
      expect(document.templateVersion).toBe('2026.2');
      expect(document.path.startsWith(c.dataDir)).toBe(true);
    }
    expect(c.documents[0]!.dataHash).toBe(c.documents[1]!.dataHash);
    expect(await c.handlers['document:list']({ caseId: c.created.id })).toHaveLength(2);
    expect(auditTrail(c.context.db, 'case', c.created.id).filter((t) => t.action === 'generate')).toHaveLength(2);
    const revealed = await c.handlers['document:reveal']({ documentId: c.documents[0]!.id });
    expect(c.revealed).toEqual([c.documents[0]!.path]);
    expect(revealed.folder.startsWith(c.dataDir)).toBe(true);
    c.close();
  });

  it('gives a second generation in the same second its own files', async () => {
    const c = await generatedComplaint(0);
    const again = await c.handlers['document:generate']({ caseId: c.created.id, templateId: 'complaint', formats: ['pdf'] });
    expect(again[0]!.path).not.toBe(c.documents.find((d) => d.format === 'pdf')!.path);
    expect(existsSync(c.documents.find((d) => d.format === 'pdf')!.path)).toBe(true);
    c.close();
  });

  it('refuses an unknown template and writes nothing', async () => {
    const c = await generatedComplaint(0);
    await expect(async () =>
      c.handlers['document:generate']({ caseId: c.created.id, templateId: 'no-such-template', formats: ['pdf'] }),
    ).rejects.toThrow(/No document template/);
    expect(await c.handlers['document:list']({ caseId: c.created.id })).toHaveLength(2);
    c.close();
  });
});
