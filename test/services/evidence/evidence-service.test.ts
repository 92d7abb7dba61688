import { existsSync, readdirSync, statSync, writeFileSync, chmodSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { caseInput } from '../../../core/case/case-model';
import { auditTrail } from '../../../electron/db/audit-log';
import { dispatch } from '../../../electron/services/dispatch';
import { openTestServices, seedProfiles } from '../../support/service-fixture';
import { useTempDir } from '../../support/temp-dir';
import { corruptPng, damagedPdf, encryptPdf, jpeg, makeDocx, makePdf, makeXlsx, png, truncatedJpeg } from './evidence-fixtures';

const tempDir = useTempDir();
const b64 = (bytes: Buffer) => bytes.toString('base64');

async function setUp() {
  const dataDir = tempDir();
  const services = openTestServices(dataDir);
  const { cases } = await seedProfiles(services.handlers);
  const first = await services.handlers['case:create']({ values: caseInput.parse(cases[0]!) });
  const second = await services.handlers['case:create']({ values: caseInput.parse(cases[1]!) });
  const storeFiles = () => (existsSync(join(dataDir, 'evidence')) ? readdirSync(join(dataDir, 'evidence'), { recursive: true }).filter((f) => String(f).length > 60) : []);
  return { ...services, dataDir, first, second, storeFiles };
}

describe('evidence store', () => {
  it('stores a PDF once by SHA-256, read-only, with its page count, and reads it back', async () => {
    const { handlers, context, dataDir, first, second, storeFiles, close } = await setUp();
    const bytes = await makePdf(3);
    const item = await handlers['evidence:add']({ caseId: first.id, fileName: 'C:\\扫描\\对账单.pdf', contentBase64: b64(bytes), meta: {} });
    expect(item).toMatchObject({ kind: 'statement', title: '对账单', fileName: '对账单.pdf', fileType: 'pdf', pageCount: 3, sizeBytes: bytes.length });
    expect(item.sha256).toMatch(/^[0-9a-f]{64}$/);
    const stored = join(dataDir, 'evidence', item.sha256.slice(0, 2), item.sha256);
    expect(statSync(stored).mode & 0o222).toBe(0);
    const content = await handlers['evidence:content']({ id: item.id });
    expect(Buffer.from(content.contentBase64, 'base64').equals(bytes)).toBe(true);
    // The same file for another case is stored once; for the same case it is refused.
    await handlers['evidence:add']({ caseId: second.id, fileName: 'x.pdf', contentBase64: b64(bytes), meta: { kind: 'statement' } });
    expect(storeFiles()).toHaveLength(1);
    const again = await dispatch(handlers, 'evidence:add', { caseId: first.id, fileName: 'copy.pdf', contentBase64: b64(bytes) });
    expect(again).toMatchObject({ ok: false, error: { code: 'conflict', file: 'copy.pdf' } });
    expect(auditTrail(context.db, 'case', first.id).some((a) => a.after_json?.includes('evidenceAdded'))).toBe(true);
    close();
  });

  it('refuses a damaged PDF with its error and stores nothing', async () => {
    const { handlers, first, storeFiles, close } = await setUp();
    const result = await dispatch(handlers, 'evidence:add', { caseId: first.id, fileName: '领用合约.pdf', contentBase64: b64(damagedPdf) });
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid-input', file: '领用合约.pdf' } });
    if (!result.ok) {
      expect(result.error.message.zh).toBe('文件“领用合约.pdf”已损坏（找不到页面树）。请从原始来源重新获取或重新扫描该文件');
      expect(result.error.message.en).toContain('damaged');
    }
    expect(storeFiles()).toEqual([]);
    expect(await handlers['evidence:list']({ caseId: first.id })).toEqual([]);
    close();
  });

  it('refuses an encrypted PDF, unreadable images, unsupported and oversize files', async () => {
    const { handlers, first, storeFiles, close } = await setUp();
    const add = (fileName: string, bytes: Buffer) => dispatch(handlers, 'evidence:add', { caseId: first.id, fileName, contentBase64: b64(bytes) });
    const encrypted = await add('secret.pdf', encryptPdf(await makePdf(1)));
    expect(!encrypted.ok && encrypted.error.message.zh).toContain('已加密，需要打开密码');
    const badPng = await add('id.png', corruptPng());
    expect(!badPng.ok && badPng.error.message.zh).toContain('校验失败');
    const badJpeg = await add('id.jpg', truncatedJpeg);
    expect(!badJpeg.ok && badJpeg.error.message.en).toContain('JPEG');
    const text = await add('notes.txt', Buffer.from('hello'));
    expect(!text.ok && text.error.message.zh).toContain('不支持的文件类型');
    await handlers['readiness:save-settings']({ settings: { maxFileMegabytes: 1, dailyContactLimit: 6 } });
    const big = await add('big.pdf', Buffer.concat([await makePdf(1), Buffer.alloc(1_200_000, 0x20)]));
    expect(!big.ok && big.error.message.zh).toContain('超过上限 1.0 MB');
    expect(storeFiles()).toEqual([]);
    close();
  });

  it('accepts PNG, JPEG, DOCX and XLSX originals', async () => {
    const { handlers, first, close } = await setUp();
    const add = async (fileName: string, bytes: Buffer) => handlers['evidence:add']({ caseId: first.id, fileName, contentBase64: b64(bytes), meta: {} });
    expect(await add('身份证.png', png)).toMatchObject({ fileType: 'png', kind: 'identity', pageCount: 1 });
    expect(await add('photo.jpg', jpeg)).toMatchObject({ fileType: 'jpeg', kind: 'other', mimeType: 'image/jpeg' });
    expect(await add('授权委托书.docx', await makeDocx())).toMatchObject({ fileType: 'docx', kind: 'power-of-attorney' });
    expect(await add('欠款计算.xlsx', await makeXlsx([['a', 'b'], [1, 2]]))).toMatchObject({ fileType: 'xlsx', kind: 'arrears-calculation', pageCount: null });
    close();
  });

  it('imports many files all or nothing, and reports a file whose stored copy was altered', async () => {
    const { handlers, dataDir, first, second, storeFiles, close } = await setUp();
    const good = await makePdf(1, 'A');
    const failed = await dispatch(handlers, 'evidence:add-many', { files: [
      { caseId: first.id, fileName: 'a.pdf', contentBase64: b64(good) },
      { caseId: second.id, fileName: 'broken.pdf', contentBase64: b64(damagedPdf) },
    ] });
    expect(failed).toMatchObject({ ok: false, error: { file: 'broken.pdf' } });
    expect(storeFiles()).toEqual([]);
    const added = await handlers['evidence:add-many']({ files: [
      { caseId: first.id, fileName: 'a.pdf', contentBase64: b64(good), kind: 'licence' },
      { caseId: second.id, fileName: 'b.pdf', contentBase64: b64(await makePdf(2, 'B')) },
    ] });
    expect(added.map((i) => [i.caseId, i.kind])).toEqual([[first.id, 'licence'], [second.id, 'other']]);
    const path = join(dataDir, 'evidence', added[0]!.sha256.slice(0, 2), added[0]!.sha256);
    chmodSync(path, 0o644);
    writeFileSync(path, 'tampered');
    const read = await dispatch(handlers, 'evidence:content', { id: added[0]!.id });
    expect(!read.ok && read.error.message.zh).toContain('已被改动');
    close();
  });

  it('updates what an item proves and its recorded facts, and deletes it', async () => {
    const { handlers, first, close } = await setUp();
    const item = await handlers['evidence:add']({ caseId: first.id, fileName: '申请表.pdf', contentBase64: b64(await makePdf(1)), meta: {} });
    const updated = await handlers['evidence:update']({ id: item.id, meta: { kind: 'application-form', title: '信用卡申请表', proves: '', periodFrom: '', periodTo: '', source: '', excluded: false, recordedName: '李晓梅', recordedIdNumber: first.defendant.residentId, hasKeyTermNotice: false } });
    expect(updated).toMatchObject({ recordedName: '李晓梅', proves: '被告申领信用卡，双方成立信用卡合同关系', source: '原告（被告签署）' });
    await handlers['evidence:delete']({ id: item.id });
    expect(await handlers['evidence:list']({ caseId: first.id })).toEqual([]);
    close();
  });
});
