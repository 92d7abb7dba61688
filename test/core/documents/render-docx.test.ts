import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DocumentModel } from '../../../core/documents/document-model';
import { renderDocx } from '../../../core/documents/render-docx';
import { DossierError } from '../../../core/errors';
import { LONG_PARAGRAPH, RARE_NAME, sampleDocument, TABLE_HEADER, TABLE_ROWS } from '../../support/sample-document';

let dir: string;
let file: string;
let bytes: Uint8Array;
let documentXml: string;

const part = (name: string, zip = file): string => execFileSync('unzip', ['-p', zip, name], { encoding: 'utf8' });
const unescapeXml = (s: string): string =>
  s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
/** The text of each w:p, its runs concatenated (explicit line breaks as \n). */
const paragraphTexts = (xml: string): string[] =>
  [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((p) =>
    [...p[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:br\/>/g)].map((m) => (m[0] === '<w:br/>' ? '\n' : unescapeXml(m[1]!))).join(''),
  );
const count = (xml: string, pattern: RegExp): number => xml.match(pattern)?.length ?? 0;

beforeAll(async () => {
  bytes = await renderDocx(sampleDocument());
  dir = mkdtempSync(join(tmpdir(), 'dossier-docx-'));
  file = join(dir, 'complaint.docx');
  writeFileSync(file, bytes);
  documentXml = part('word/document.xml');
});

afterAll(() => {
  if (dir) rmSync(dir, { recursive: true, force: true });
});

describe('renderDocx', () => {
  it('writes a valid zip package with the Word parts', () => {
    expect(execFileSync('unzip', ['-t', file], { encoding: 'utf8' })).toContain('No errors detected');
    const listing = execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).split('\n');
    for (const name of ['[Content_Types].xml', 'word/document.xml', 'word/styles.xml', 'docProps/core.xml']) expect(listing).toContain(name);
  });

  it('contains every value of the document in order, the rare character included', () => {
    const texts = paragraphTexts(documentXml);
    const all = texts.join('\n');
    for (const value of ['民事起诉状', RARE_NAME, '人民币壹万贰仟叁佰肆拾伍元陆角柒分', '¥12,345.67', LONG_PARAGRAPH, '1. 起诉状副本1份；\n2. 证据材料1套。']) {
      expect(all).toContain(value);
    }
    expect(texts[0]).toBe('民事起诉状');
    // Every cell is its own paragraph: header cells, then all 60 rows' cells.
    const rows = sampleDocument().blocks.flatMap((b) => (b.kind === 'table' ? b.rows : []));
    const headerAt = texts.indexOf(TABLE_HEADER[0]!);
    expect(texts.slice(headerAt, headerAt + TABLE_HEADER.length)).toEqual(TABLE_HEADER);
    expect(texts.slice(headerAt + TABLE_HEADER.length, headerAt + TABLE_HEADER.length * (TABLE_ROWS + 1))).toEqual(rows.flat());
  });

  it('names 宋体 in the eastAsia font slot and Times New Roman for Latin, on runs and as the default', () => {
    const runFonts = documentXml.match(/<w:rFonts [^>]*\/>/g) ?? [];
    expect(runFonts.length).toBeGreaterThan(TABLE_ROWS * 4);
    for (const fonts of runFonts) {
      expect(fonts).toContain('w:eastAsia="宋体"');
      expect(fonts).toContain('w:ascii="Times New Roman"');
      expect(fonts).toContain('w:hAnsi="Times New Roman"');
    }
    const defaults = /<w:docDefaults>[\s\S]*<\/w:docDefaults>/.exec(part('word/styles.xml'))?.[0] ?? '';
    expect(defaults).toContain('w:eastAsia="宋体"');
    expect(defaults).toMatch(/<w:lang [^>]*w:eastAsia="zh-CN"/);
  });

  it('sets A4 with the filing margins, and the body type', () => {
    expect(documentXml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(documentXml).toMatch(/<w:pgMar w:top="1440" w:right="1474" w:bottom="1440" w:left="1587" w:header="851" w:footer="737"/);
    // Title: 22 pt bold centred; body 12 pt on an exact 24 pt line (document default).
    expect(documentXml).toMatch(/<w:jc w:val="center"\/><\/w:pPr><w:r><w:rPr><w:rFonts[^>]*\/><w:b\/><w:bCs\/><w:sz w:val="44"\/>/);
    expect(part('word/styles.xml')).toMatch(/<w:spacing [^>]*w:line="480" w:lineRule="exact"/);
  });

  it('indents and justifies paragraphs as the model says', () => {
    const doc = sampleDocument();
    const indented = doc.blocks.filter((b) => b.kind === 'paragraph' && b.indent).length;
    expect(count(documentXml, /<w:ind w:firstLine="480" w:firstLineChars="200"\/>/g)).toBe(indented);
    const justified = doc.blocks.filter((b) => b.kind === 'paragraph' && b.align === 'justify').length;
    expect(count(documentXml, /<w:jc w:val="both"\/>/g)).toBe(justified);
  });

  it('marks only the header row as repeating and keeps every row whole', () => {
    expect(count(documentXml, /<w:tblHeader\/>/g)).toBe(1);
    expect(count(documentXml, /<w:tblHeader /g)).toBe(0);
    expect(count(documentXml, /<w:cantSplit\/>/g)).toBe(TABLE_ROWS + 1);
    expect(count(documentXml, /<w:tr>/g)).toBe(TABLE_ROWS + 1);
    // Column widths 1:2:4:2 of the 8845-twip measure, laid out fixed.
    expect(documentXml).toMatch(/<w:tblGrid><w:gridCol w:w="983"\/><w:gridCol w:w="1966"\/><w:gridCol w:w="3931"\/><w:gridCol w:w="1966"\/><\/w:tblGrid>/);
    expect(documentXml).toContain('<w:tblLayout w:type="fixed"/>');
  });

  it('sets table cells in 五号 on an exact 16 pt line through the TableText style', () => {
    const style = /<w:style [^>]*w:styleId="TableText"[^>]*>[\s\S]*?<\/w:style>/.exec(part('word/styles.xml'))?.[0] ?? '';
    expect(style).toMatch(/<w:spacing [^>]*w:line="320" w:lineRule="exact"/);
    expect(style).toContain('<w:sz w:val="21"/>');
    expect(count(documentXml, /<w:pStyle w:val="TableText"\/>/g)).toBe((TABLE_ROWS + 1) * TABLE_HEADER.length);
    // Body runs take 小四 from the document defaults; only the title states its size.
    expect([...new Set(documentXml.match(/<w:sz w:val="\d+"\/>/g))]).toEqual(['<w:sz w:val="44"/>']);
  });

  it('keeps nothing of one document in the next, though styles and footer are shared', async () => {
    const other: DocumentModel = {
      title: '撤诉申请书',
      meta: { templateId: 'withdrawal-application', templateVersion: '1', dataHash: 'other' },
      blocks: [{ kind: 'title', text: '撤诉申请书' }, { kind: 'paragraph', text: '申请人：某某银行', indent: true, align: 'justify' }],
    };
    const otherFile = join(dir, 'other.docx');
    writeFileSync(otherFile, await renderDocx(other));
    expect(paragraphTexts(part('word/document.xml', otherFile))).toEqual(['撤诉申请书', '申请人：某某银行']);
    expect(part('docProps/core.xml', otherFile)).not.toContain('民事起诉状');
    for (const shared of ['word/styles.xml', 'word/footer1.xml']) expect(part(shared, otherFile)).toBe(part(shared));
    // Rendering the first document again gives the same body: the shared parts carry no state.
    const againFile = join(dir, 'again.docx');
    writeFileSync(againFile, await renderDocx(sampleDocument()));
    expect(part('word/document.xml', againFile)).toBe(documentXml);
  });

  it('right-aligns the signature and breaks the page before 附件', () => {
    const paragraphs = [...documentXml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => m[0]);
    const signature = paragraphs.filter((p) => p.includes('具状人') || p.includes('2024年6月1日'));
    expect(signature).toHaveLength(2);
    for (const p of signature) expect(p).toContain('<w:jc w:val="right"/>');
    const breaks = paragraphs.filter((p) => p.includes('<w:pageBreakBefore/>'));
    expect(breaks).toHaveLength(1);
    expect(paragraphTexts(breaks[0]!)).toEqual(['附件']);
  });

  it('has a footer “第 PAGE 页 共 NUMPAGES 页” built from fields', () => {
    const footerName = /Target="(footer\d+\.xml)"/.exec(part('word/_rels/document.xml.rels'))?.[1];
    expect(footerName).toBeDefined();
    const footer = part(`word/${footerName}`);
    const instructions = [...footer.matchAll(/<w:instrText[^>]*>([^<]*)<\/w:instrText>/g)].map((m) => m[1]!.trim());
    expect(instructions).toEqual(['PAGE', 'NUMPAGES']);
    const texts = [...footer.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map((m) => m[1]);
    expect(texts).toEqual(['第 ', ' 页 共 ', ' 页']);
    expect(footer).toContain('<w:jc w:val="center"/>');
  });

  it('records title, author, the kind of case and keywords, and no template id, version or data hash, in the properties', () => {
    const core = part('docProps/core.xml');
    expect(core).toContain('<dc:title>民事起诉状</dc:title>');
    expect(core).toContain('<dc:creator>测试律师</dc:creator>');
    expect(core).toContain('<dc:subject>民事起诉状（信用卡纠纷）</dc:subject>');
    expect(core).toContain('<cp:keywords>信用卡纠纷; 民事起诉状</cp:keywords>');
    const propertyParts = execFileSync('unzip', ['-Z1', file], { encoding: 'utf8' }).split('\n').filter((name) => name.startsWith('docProps/'));
    expect(propertyParts).toContain('docProps/core.xml');
    for (const name of propertyParts) {
      const text = part(name);
      for (const internal of ['complaint-credit-card', 'sha256-0123abcd', '1.2.0', 'templateId', 'dataHash']) expect(text, name).not.toContain(internal);
    }
  });

  it('escapes XML-special characters and keeps explicit newlines as line breaks', async () => {
    const doc: DocumentModel = {
      title: 'A & B <test>',
      meta: { templateId: 't', templateVersion: '1', dataHash: 'h' },
      blocks: [
        { kind: 'paragraph', text: '甲 & 乙 <丙> "丁"\n第二行', indent: false, align: 'left' },
        { kind: 'page-break' },
      ],
    };
    const out = join(dir, 'escape.docx');
    writeFileSync(out, await renderDocx(doc));
    const xml = part('word/document.xml', out);
    expect(paragraphTexts(xml)).toContain('甲 & 乙 <丙> "丁"\n第二行');
    // A trailing page break produces no empty page.
    expect(xml).not.toContain('pageBreakBefore');
  });

  it('rejects column widths that do not match the columns', async () => {
    const doc: DocumentModel = {
      title: 't',
      meta: { templateId: 't', templateVersion: '1', dataHash: 'h' },
      blocks: [{ kind: 'table', header: ['a', 'b'], rows: [['1', '2']], columnWidths: [1] }],
    };
    await expect(renderDocx(doc)).rejects.toBeInstanceOf(DossierError);
  });

  it('refuses a text Word could not open (a control character, a lone surrogate) naming it, and keeps a rare ideograph', async () => {
    const doc = (text: string): DocumentModel => ({
      title: 't', meta: { templateId: 't', templateVersion: '1', dataHash: 'h' },
      blocks: [{ kind: 'paragraph', text, indent: false, align: 'left' }, { kind: 'table', header: ['a'], rows: [['𠮷']], columnWidths: [1] }],
    });
    const refusal = await renderDocx(doc('被告：张\u0001三')).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(DossierError);
    expect((refusal as DossierError).message).toContain('[U+0001]');
    await expect(renderDocx(doc('被告：张\ud842三'))).rejects.toBeInstanceOf(DossierError);
    const out = join(dir, 'rare.docx');
    writeFileSync(out, await renderDocx(doc('被告：张三\t（住所地）')));
    expect(paragraphTexts(part('word/document.xml', out)).join('')).toContain('𠮷');
  });
});
