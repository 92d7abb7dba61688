import { createHash } from 'node:crypto';
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { renderDocx } from '../../../core/documents/render-docx';
import { renderPdf, type PdfFonts } from '../../../core/documents/render-pdf';
import { testFonts } from '../../support/fonts';
import { sampleDocument } from '../../support/sample-document';
import { useTempDir } from '../../support/temp-dir';

const tempDir = useTempDir('dossier-determinism-');
const CREATED = new Date('2026-03-04T05:06:08Z');
const OTHER = new Date('2027-11-12T13:14:16Z');
const sha256 = (bytes: Uint8Array): string => createHash('sha256').update(bytes).digest('hex');
// Longer than the zip's two-second date resolution and the PDF's one second, so a clock read would show.
const pause = () => new Promise((resolve) => setTimeout(resolve, 2100));
const decoder = new TextDecoder();

/** The PDF with every object written out uncompressed (qpdf QDF, with the fixed ID qpdf offers for tests), its dates replaced by a placeholder. */
function datelessQdf(dir: string, name: string, bytes: Uint8Array): { text: string; dates: string[] } {
  const input = join(dir, `${name}.pdf`);
  writeFileSync(input, bytes);
  const text = execFileSync('qpdf', ['--qdf', '--object-streams=disable', '--static-id', input, '-'], { encoding: 'latin1', maxBuffer: 64 * 1024 * 1024 });
  const dates = text.match(/D:\d{14}Z/g) ?? [];
  return { text: text.replace(/D:\d{14}Z/g, 'D:date'), dates };
}

let fonts: PdfFonts;
beforeAll(async () => {
  fonts = await testFonts();
});

describe('rendering with a fixed clock', () => {
  it('gives byte-identical DOCX and PDF files when rendered again later with the same date', async () => {
    const docx = await renderDocx(sampleDocument(), { createdAt: CREATED });
    const pdf = await renderPdf(sampleDocument(), fonts, { createdAt: CREATED });
    await pause();
    expect(sha256(await renderDocx(sampleDocument(), { createdAt: CREATED }))).toBe(sha256(docx));
    expect(sha256(await renderPdf(sampleDocument(), fonts, { createdAt: CREATED }))).toBe(sha256(pdf));
  });

  it('gives byte-identical DOCX files without a date, which then carry none', async () => {
    const first = await renderDocx(sampleDocument());
    await pause();
    const second = await renderDocx(sampleDocument());
    expect(sha256(second)).toBe(sha256(first));
    expect(decoder.decode(unzipSync(first)['docProps/core.xml'])).not.toContain('dcterms:created');
  });

  it('changes only the dates of a DOCX for another date: core properties and zip entry dates, in China time', async () => {
    const dir = tempDir();
    const a = await renderDocx(sampleDocument(), { createdAt: CREATED });
    const b = await renderDocx(sampleDocument(), { createdAt: OTHER });
    expect(sha256(a)).not.toBe(sha256(b));
    const partsA = unzipSync(a);
    const partsB = unzipSync(b);
    expect(Object.keys(partsB)).toEqual(Object.keys(partsA));
    for (const [name, data] of Object.entries(partsA)) {
      if (name === 'docProps/core.xml') continue;
      expect(sha256(partsB[name]!), name).toBe(sha256(data));
    }
    const coreA = decoder.decode(partsA['docProps/core.xml']);
    const coreB = decoder.decode(partsB['docProps/core.xml']);
    expect(coreA).toContain('<dcterms:created xsi:type="dcterms:W3CDTF">2026-03-04T05:06:08Z</dcterms:created>');
    expect(coreA).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2026-03-04T05:06:08Z</dcterms:modified>');
    expect(coreB.replaceAll('2027-11-12T13:14:16Z', '2026-03-04T05:06:08Z')).toBe(coreA);
    const file = join(dir, 'a.docx');
    writeFileSync(file, a);
    // unzip -Z -T lists each entry's date as yyyymmdd.hhmmss; 05:06:08 UTC is 13:06:08 in China.
    const listing = execFileSync('unzip', ['-Z', '-T', file], { encoding: 'utf8' }).split('\n').filter((line) => /^-/.test(line));
    expect(listing).toHaveLength(Object.keys(partsA).length);
    for (const line of listing) expect(line).toContain('20260304.130608');
    expect(execFileSync('unzip', ['-t', file], { encoding: 'utf8' })).toContain('No errors detected');
  });

  it('changes only the dates of a PDF for another date', async () => {
    const dir = tempDir();
    const a = datelessQdf(dir, 'a', await renderPdf(sampleDocument(), fonts, { createdAt: CREATED }));
    const b = datelessQdf(dir, 'b', await renderPdf(sampleDocument(), fonts, { createdAt: OTHER }));
    expect(a.dates).toEqual(['D:20260304050608Z', 'D:20260304050608Z']);
    expect(b.dates).toEqual(['D:20271112131416Z', 'D:20271112131416Z']);
    expect(b.text).toBe(a.text);
  });
});
