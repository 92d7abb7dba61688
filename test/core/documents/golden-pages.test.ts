import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../../core/documents/render-docx';
import { renderTemplate } from '../../../core/documents/template-engine';
import { createTemplateStore } from '../../../electron/services/template-store';
import { defaultTemplatesDir } from '../../../electron/services/open-services';
import { compareImages, goldenData, goldenPages, goldenPdf, readGolden, renderPdfPage } from '../../support/golden-pages';
import { squash, zipEntry } from '../../support/parse-output';
import { useTempDir } from '../../support/temp-dir';

const tempDir = useTempDir();

describe('golden pages (pdftoppm, with tolerance)', () => {
  it.each(goldenPages.map((g) => [g.name, g] as const))('%s matches its golden image', async (_name, golden) => {
    const actual = renderPdfPage(await goldenPdf(golden), golden.page);
    const expected = readGolden(golden.name);
    const difference = compareImages(actual, expected);
    expect(difference.sameSize).toBe(true);
    // Anti-aliasing may differ a little between poppler builds; a moved line or a lost glyph does not pass.
    expect(difference.meanDifference).toBeLessThan(2);
    expect(difference.differingShare).toBeLessThan(0.005);
  });

  it('tells a different page from the golden one', async () => {
    const golden = goldenPages[0];
    const other = renderPdfPage(await goldenPdf(goldenPages[1]), 1);
    const difference = compareImages(other, readGolden(golden.name));
    expect(difference.meanDifference > 2 || difference.differingShare > 0.005).toBe(true);
  });
});

describe('a table over three pages and more', () => {
  it('continues on each page under its repeated header row, rows never split (PDF)', async () => {
    const golden = goldenPages[1];
    const path = join(tempDir(), 'evidence.pdf');
    writeFileSync(path, await goldenPdf(golden));
    const pages = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [path], { encoding: 'utf8' }))![1]);
    expect(pages).toBeGreaterThanOrEqual(3);
    const texts = Array.from({ length: pages }, (_, i) => squash(execFileSync('pdftotext', ['-raw', '-f', String(i + 1), '-l', String(i + 1), path, '-'], { encoding: 'utf8' })));
    for (const [i, text] of texts.entries()) {
      if (!text.includes('对账单')) continue;
      expect(text, `page ${i + 1}`).toContain('序号证据名称证据来源证明内容页码SHA-256');
    }
    expect(texts.filter((t) => t.includes('对账单')).length).toBeGreaterThanOrEqual(3);
    // Each of the 120 rows is on exactly one page, whole (its number, name and page range together).
    const data = goldenData(120);
    for (const item of data.evidenceList!.items) {
      const holding = texts.filter((t) => t.includes(squash(`${item.name}`)) && t.includes(item.sha256Short.replace(' ', '')));
      expect(holding, `row ${item.seq}`).toHaveLength(1);
    }
  });

  it('repeats the header row in Word too (w:tblHeader) and keeps rows whole (w:cantSplit)', async () => {
    const template = createTemplateStore(defaultTemplatesDir()).load('evidence-list');
    const model = await renderTemplate(template, goldenData(120), 'h');
    const path = join(tempDir(), 'evidence.docx');
    writeFileSync(path, await renderDocx(model));
    const xml = zipEntry(path, 'word/document.xml');
    expect(xml.match(/<w:tblHeader\/>/g)).toHaveLength(1);
    expect((xml.match(/<w:cantSplit\/>/g) ?? []).length).toBe(121);
  });

  it('spans section rows over the table and shades them in Word, like the PDF', async () => {
    const template = createTemplateStore(defaultTemplatesDir()).load('complaint-element-2025');
    const model = await renderTemplate(template, goldenData(0), 'h');
    const path = join(tempDir(), 'element.docx');
    writeFileSync(path, await renderDocx(model));
    const xml = zipEntry(path, 'word/document.xml');
    expect((xml.match(/<w:gridSpan w:val="2"\/>/g) ?? []).length).toBe(5);
    expect((xml.match(/w:fill="E6E6E6"/g) ?? []).length).toBe(5);
    expect(xml).not.toMatch(/<w:tblHeader\/>/);
  });
});
