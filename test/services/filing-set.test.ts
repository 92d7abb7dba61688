/**
 * The whole filing set for fixture cases: every bundled template rendered in both formats, its PDF text
 * (pdftotext) and DOCX text carrying every value the template filled in and no template syntax, with
 * one embedded subset font whose glyphs all map back to their characters.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseInput } from '../../core/case/case-model';
import type { GeneratedDocument } from '../../core/contract';
import { documentInputs } from '../../core/documents/document-inputs';
import type { DocumentModel } from '../../core/documents/document-model';
import { chineseDate } from '../../core/calendar/chinese-date';
import { amountInCapitals } from '../../core/money/amount-in-capitals';
import { formatYuan } from '../../core/money/fen';
import { DossierError } from '../../core/errors';
import { demoDocumentInputs } from '../../electron/services/document-demo-inputs';
import { docxText, pdfFonts, pdfText, squash } from '../support/parse-output';
import { openTestServices, seedProfiles } from '../support/service-fixture';
import { useTempDir } from '../support/temp-dir';
import { callOperation } from '../support/call-operation';

const tempDir = useTempDir();
const TODAY = '2026-11-28';
const SYNTAX = /\{\{|\}\}|\{%|%\}|<br>|[\uE000\uE001]|\|=|\|%/;

async function setUp(caseIndex: number) {
  const dataDir = tempDir();
  const services = openTestServices(dataDir);
  const { cases } = await seedProfiles(services.handlers);
  const created = await services.handlers['case:create']({ values: caseInput.parse(cases[caseIndex]!) });
  // Every template of the catalogue is generated here, the withdrawal too, which needs the 案号 of an accepted case.
  const inputs = documentInputs.parse({ ...demoDocumentInputs(created, TODAY), proceedings: { courtCaseNumber: '（2026）云0103民初8101号' } });
  return { ...services, dataDir, created, inputs };
}

/**
 * The PDF's text in drawing order (pdftotext -raw keeps each table cell's lines together), whitespace
 * squashed and the page footers taken out, so a paragraph or row split by a page break reads whole.
 */
function pdfContent(path: string): string {
  return squash(execFileSync('pdftotext', ['-raw', '-enc', 'UTF-8', path, '-'], { encoding: 'utf8' })).replace(/第\d+页共\d+页/g, '');
}

/** Every text the template put into the document, as the renderer receives it. */
function modelTexts(model: DocumentModel): string[] {
  return model.blocks.flatMap((b) => {
    if (b.kind === 'table') return [...b.header, ...b.rows.flat()];
    if (b.kind === 'signature') return b.lines;
    if (b.kind === 'page-break') return [];
    return [b.text];
  });
}

describe('the filing set', () => {
  it.each([0, 1, 2])('renders every template for demo case %i as DOCX and PDF with every value and no syntax', async (index) => {
    const c = await setUp(index);
    const templates = await c.handlers['template:list']({});
    expect(templates.map((t) => t.id).sort()).toEqual([
      'complaint', 'complaint-element-2025', 'enforcement-application', 'evidence-list', 'power-of-attorney',
      'preservation-application', 'service-address-confirmation', 'settlement-agreement', 'withdrawal-application',
    ]);
    for (const template of templates) {
      const documents = await c.handlers['document:generate']({ caseId: c.created.id, templateId: template.id, formats: ['docx', 'pdf'], inputs: c.inputs });
      const pdf = documents.find((d) => d.format === 'pdf')!;
      const docx = documents.find((d) => d.format === 'docx')!;
      const pdfAll = pdfContent(pdf.path);
      const docxAll = squash(docxText(docx.path));
      // Re-render the model through the preview path to know exactly what the template filled in.
      const { templateVersion } = await c.handlers['template:preview']({ templateId: template.id, caseId: c.created.id, inputs: c.inputs });
      expect(templateVersion).toBe(pdf.templateVersion);
      const model = await modelOf(c, template.id);
      for (const text of modelTexts(model).filter((t) => t.trim() !== '')) {
        expect(pdfAll, `${template.id} PDF lacks “${text}”`).toContain(squash(text));
        expect(docxAll, `${template.id} DOCX lacks “${text}”`).toContain(squash(text));
      }
      expect(pdfAll, template.id).not.toMatch(SYNTAX);
      expect(docxAll, template.id).not.toMatch(SYNTAX);
      expect(pdfFonts(pdf.path)).toEqual([{ name: expect.stringMatching(/^[A-Z]{6}\+NotoSerifSC-Regular$/), embedded: true, subset: true }]);
      // Glyphs all present and mapped: no replacement characters in the extracted text.
      expect(pdfAll).not.toMatch(/\uFFFD/);
      // The plaintiff's own service-address confirmation is the one filing that does not name the defendant.
      if (template.id !== 'service-address-confirmation') expect(pdfAll).toContain(c.created.defendant.name);
    }
    c.close();
  });

  it('puts the entered facts where they belong: schedule, interest, evidence hashes, case number', async () => {
    const c = await setUp(1);
    const generate = async (templateId: string) => {
      const docs = await c.handlers['document:generate']({ caseId: c.created.id, templateId, formats: ['pdf', 'docx'], inputs: c.inputs });
      return { pdf: squash(pdfText(docs.find((d) => d.format === 'pdf')!.path)), docx: squash(docxText(docs.find((d) => d.format === 'docx')!.path)) };
    };
    const settlement = await generate('settlement-agreement');
    expect(settlement.pdf).toContain('加速到期');
    expect(settlement.pdf).toContain(squash(chineseDate('2026-12-28')));
    expect(settlement.pdf).toMatch(/12\d{4}年\d+月\d+日[\d,]+\.\d{2}0\.00/);
    const enforcement = await generate('enforcement-application');
    expect(enforcement.pdf).toContain('迟延履行期间的债务利息');
    expect(enforcement.pdf).toContain('0.0175%');
    const evidence = await generate('evidence-list');
    const firstHash = c.inputs.evidence![0]!.sha256!;
    // The two groups of eight sit on two lines of the cell; a tall row puts its other cells' lines between them.
    expect(evidence.pdf).toContain(firstHash.slice(0, 8));
    expect(evidence.pdf).toContain(firstHash.slice(8, 16));
    expect(evidence.docx).toContain('1–3');
    const withdrawal = await generate('withdrawal-application');
    expect(withdrawal.pdf).toContain(squash(c.inputs.proceedings!.courtCaseNumber));
    const element = await generate('complaint-element-2025');
    const total = c.created.claim.principalFen + c.created.claim.interestFen + c.created.claim.penaltyFen + c.created.claim.feesFen;
    for (const value of [formatYuan(total), amountInCapitals(total), '诉讼请求和依据', '约定管辖和诉讼保全', '对纠纷解决方式的意愿', '16.证据清单', c.created.card.cardNumber]) {
      expect(element.pdf).toContain(squash(value));
      expect(element.docx).toContain(squash(value));
    }
    c.close();
  });

  it('stops with the missing fields and writes nothing when a required section is absent', async () => {
    const c = await setUp(0);
    for (const [templateId, field] of [['settlement-agreement', 'settlement.confirmedTotalFen'], ['withdrawal-application', 'proceedings.courtCaseNumber'], ['evidence-list', 'evidenceList.items'], ['enforcement-application', 'enforcement.basis.caseNumber']] as const) {
      const error = await callOperation(c.handlers, 'document:generate', { caseId: c.created.id, templateId, formats: ['docx', 'pdf'] }).then(() => null, (e: unknown) => e);
      expect(error, templateId).toBeInstanceOf(DossierError);
      expect((error as DossierError).code).toBe('missing-fields');
      expect((error as DossierError).details.map((d) => d.field)).toContain(field);
    }
    expect(await c.handlers['document:list']({ caseId: c.created.id })).toEqual([]);
    expect(existsSync(join(c.dataDir, 'documents', `case-${c.created.id}`)) ? readdirSync(join(c.dataDir, 'documents', `case-${c.created.id}`)) : []).toEqual([]);
    c.close();
  });

  it('refuses a name the font cannot print (𠮷), naming it, and writes nothing', async () => {
    const dataDir = tempDir();
    const services = openTestServices(dataDir);
    const { cases } = await seedProfiles(services.handlers);
    const values = caseInput.parse({ ...cases[0]!, defendant: { ...cases[0]!.defendant, name: '吉𠮷' } });
    const created = await services.handlers['case:create']({ values });
    const error = await callOperation(services.handlers, 'document:generate', { caseId: created.id, templateId: 'power-of-attorney', formats: ['docx', 'pdf'] }).then(() => null, (e: unknown) => e);
    expect((error as DossierError).code).toBe('missing-glyph');
    expect((error as DossierError).text.zh).toContain('“𠮷”(U+20BB7)');
    expect(await services.handlers['document:list']({ caseId: created.id })).toEqual([]);
    services.close();
  });

  it('saves the inputs of a generation and offers them next time, with suggestions from the case', async () => {
    const c = await setUp(0);
    const before = await c.handlers['document:inputs']({ caseId: c.created.id, templateId: 'settlement-agreement' });
    expect(before.saved).toBeNull();
    expect(before.suggested.settlement).toMatchObject({ instalments: 12, firstDueDate: '2026-12-28' });
    expect(before.suggested.enforcement?.awarded.principal).toBe(formatYuan(c.created.claim.principalFen));
    const generated: GeneratedDocument[] = await c.handlers['document:generate']({ caseId: c.created.id, templateId: 'settlement-agreement', formats: ['pdf'], inputs: { settlement: c.inputs.settlement } });
    expect(generated).toHaveLength(1);
    const after = await c.handlers['document:inputs']({ caseId: c.created.id, templateId: 'settlement-agreement' });
    expect(after.saved?.settlement?.instalments).toBe(12);
    c.close();
  });
});

/** The document model of a template for the test case, as generation renders it. */
async function modelOf(c: Awaited<ReturnType<typeof setUp>>, templateId: string): Promise<DocumentModel> {
  const { loadFilingData } = await import('../../electron/services/document-filing-data');
  const { createTemplateCatalog } = await import('../../electron/services/template-catalog');
  const { renderTemplate } = await import('../../core/documents/template-engine');
  const { data } = loadFilingData(c.context, c.created.id, c.inputs);
  return renderTemplate(createTemplateCatalog(c.context).resolve(templateId), data, 'test');
}
