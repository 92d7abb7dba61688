import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { PDFDict, PDFDocument, PDFName, PDFNumber } from '@cantoo/pdf-lib';
import { describe, expect, it } from 'vitest';
import { caseInput } from '../../../core/case/case-model';
import { dispatch } from '../../../electron/services/dispatch';
import { openTestServices, seedProfiles } from '../../support/service-fixture';
import { useTempDir } from '../../support/temp-dir';
import { damagedPdf, encryptPdf, makePdf } from './evidence-fixtures';

const tempDir = useTempDir();
const b64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');

async function setUp() {
  const dataDir = tempDir();
  const services = openTestServices(dataDir);
  const { cases } = await seedProfiles(services.handlers);
  const created = await services.handlers['case:create']({ values: caseInput.parse(cases[0]!) });
  const storeFiles = () => (existsSync(join(dataDir, 'evidence')) ? readdirSync(join(dataDir, 'evidence'), { recursive: true }).filter((f) => String(f).length > 60) : []);
  const add = (fileName: string, bytes: Uint8Array) => dispatch(services.handlers, 'evidence:add', { caseId: created.id, fileName, contentBase64: b64(bytes) });
  return { ...services, caseId: created.id, storeFiles, add };
}

/** A baseline JPEG header declaring `width` × `height` pixels, with a scan and EOI (what file-type accepts). */
function jpegDeclaring(width: number, height: number): Uint8Array {
  return Uint8Array.from([
    0xff, 0xd8, 0xff, 0xc0, 0x00, 0x11, 0x08, height >> 8, height & 0xff, width >> 8, width & 0xff, 0x03,
    0x01, 0x11, 0x00, 0x02, 0x11, 0x00, 0x03, 0x11, 0x00,
    0xff, 0xda, 0x00, 0x0c, 0x03, 0x01, 0x00, 0x02, 0x11, 0x03, 0x11, 0x00, 0x3f, 0x00, 0x12, 0x34, 0xff, 0xd9,
  ]);
}

/** A real one-page PDF whose page tree declares `count` pages. */
async function pdfDeclaring(count: number): Promise<Uint8Array> {
  const doc = await PDFDocument.load(await makePdf(1));
  doc.catalog.lookup(PDFName.of('Pages'), PDFDict).set(PDFName.of('Count'), PDFNumber.of(count));
  return doc.save({ useObjectStreams: false });
}

describe('files checked at intake as the bundle checks them', () => {
  it('refuses a 65535×65535 JPEG by its pixel count, naming the file, and stores nothing', async () => {
    const { add, storeFiles, close } = await setUp();
    const result = await add('巨幅.jpg', jpegDeclaring(65535, 65535));
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', file: '巨幅.jpg' } });
    if (!result.ok) {
      expect(result.error.message.zh).toBe('文件“巨幅.jpg”过大（65535×65535 像素（4294.8 百万），上限 80.0 百万像素）。请拆分文件或降低扫描分辨率后重新添加');
      expect(result.error.message.en).toContain('The file "巨幅.jpg": the file is too large (65535×65535 pixels');
    }
    expect(storeFiles()).toEqual([]);
    close();
  });

  it('refuses a PDF whose /Count says 1e9, and one whose page tree does not hold the pages it declares', async () => {
    const { add, storeFiles, handlers, caseId, close } = await setUp();
    const started = Date.now();
    const huge = await add('卷宗.pdf', await pdfDeclaring(1e9));
    expect(Date.now() - started).toBeLessThan(5000);
    expect(huge).toMatchObject({ ok: false, error: { code: 'invalid-input', file: '卷宗.pdf' } });
    expect(!huge.ok && huge.error.message.zh).toContain('文件“卷宗.pdf”过大（1000000000 页，上限 5000 页）');
    const short = await add('短缺.pdf', await pdfDeclaring(3));
    expect(!short.ok && short.error.message.zh).toContain('页面树声明 3 页，实际只找到 1 页');
    expect(!short.ok && short.error.message.en).toContain('The file "短缺.pdf": the file is damaged (the page tree declares 3 pages but only 1 are present)');
    expect(storeFiles()).toEqual([]);
    expect(await handlers['evidence:list']({ caseId })).toEqual([]);
    close();
  });

  it('refuses encrypted and unparseable PDFs in the bundle’s own words', async () => {
    const { add, storeFiles, close } = await setUp();
    const encrypted = await add('加密.pdf', encryptPdf(await makePdf(1)));
    expect(!encrypted.ok && encrypted.error.message.zh).toBe('文件“加密.pdf”已加密，需要打开密码。请提供未加密的文件（用原软件去除打开密码后另存）后重新生成');
    const damaged = await add('损坏.pdf', damagedPdf);
    expect(!damaged.ok && damaged.error.message.zh).toMatch(/^文件“损坏\.pdf”已损坏（/);
    expect(storeFiles()).toEqual([]);
    close();
  });

  it('accepts an ordinary PDF and image with the bundle’s page count', async () => {
    const { add, close } = await setUp();
    expect(await add('三页.pdf', await makePdf(3))).toMatchObject({ ok: true, value: { pageCount: 3 } });
    expect(await add('小图.jpg', jpegDeclaring(800, 600))).toMatchObject({ ok: true, value: { pageCount: 1, fileType: 'jpeg' } });
    close();
  });
});
