import { describe, expect, it } from 'vitest';
import { caseInput } from '../../../core/case/case-model';
import { withoutInvisible } from '../../../core/text/invisible-characters';
import { dispatch } from '../../../electron/services/dispatch';
import { openTestServices, seedProfiles } from '../../support/service-fixture';
import { useTempDir } from '../../support/temp-dir';
import { makePdf } from './evidence-fixtures';

const tempDir = useTempDir();
const b64 = (bytes: Buffer) => bytes.toString('base64');

async function setUp() {
  const services = openTestServices(tempDir());
  const { cases } = await seedProfiles(services.handlers);
  const created = await services.handlers['case:create']({ values: caseInput.parse(cases[0]!) });
  return { ...services, caseId: created.id };
}

const buildPreview = (handlers: Awaited<ReturnType<typeof setUp>>['handlers'], caseId: number) =>
  dispatch(handlers, 'bundle:build', { caseId, save: false, maxPagesPerVolume: null, maxMegabytesPerVolume: null, maxImageDpi: 300 });

describe('evidence words checked at intake', () => {
  it('removes control, bidi and zero-width characters from a title and reports the change; the bundle then builds', async () => {
    const { handlers, caseId, close } = await setUp();
    const title = '信用卡\u202e账单\u0007明细\u200b\u2066（2025）\u2069';
    const added = await handlers['evidence:add']({ caseId, fileName: 'a.pdf', contentBase64: b64(await makePdf(1)), meta: { title } });
    expect(added.title).toBe('信用卡账单明细（2025）');
    expect(added.textChanges).toMatchObject([{ field: 'title', from: title, to: '信用卡账单明细（2025）' }]);
    expect((await handlers['evidence:list']({ caseId }))[0]!.title).toBe('信用卡账单明细（2025）');
    expect(added.textChanges![0]!.message.zh).toBe('证据名称“信用卡[U+202E]账单[U+0007]明细[U+200B][U+2066]（2025）[U+2069]”已改为“信用卡账单明细（2025）”（已删去不可见的控制字符）');
    const built = await buildPreview(handlers, caseId);
    expect(built.ok).toBe(true);
    close();
  });

  it('cleans a file name used as the title, and a line break becomes a space', async () => {
    const { handlers, caseId, close } = await setUp();
    const added = await handlers['evidence:add']({ caseId, fileName: '还款\u200f记录\u0085第一页.pdf', contentBase64: b64(await makePdf(2)), meta: {} });
    expect(added.title).toBe('还款记录 第一页');
    expect(added.fileName).toBe('还款记录 第一页.pdf');
    expect(added.textChanges?.map((c) => c.field)).toEqual(['title', 'fileName']);
    expect(withoutInvisible('a\r\n\tb')).toBe('a b');
    const many = await handlers['evidence:add-many']({ files: [{ caseId, fileName: '\u202a合同\u202c.pdf', contentBase64: b64(await makePdf(3)) }] });
    expect(many[0]).toMatchObject({ title: '合同', fileName: '合同.pdf' });
    expect(many[0]!.textChanges?.[0]?.message.en).toBe('The title "[U+202A]合同[U+202C]" was changed to "合同" (invisible control characters removed)');
    close();
  });

  it('refuses an emoji the bundle font cannot draw, naming it, and stores nothing', async () => {
    const { handlers, caseId, close } = await setUp();
    const result = await dispatch(handlers, 'evidence:add', { caseId, fileName: 'b.pdf', contentBase64: b64(await makePdf(1)), meta: { title: '合同😀' } });
    expect(result).toMatchObject({ ok: false, error: { code: 'missing-glyph', file: 'b.pdf' } });
    if (!result.ok) {
      expect(result.error.message.zh).toContain('“😀”(U+1F600)');
      expect(result.error.message.en).toContain('"😀" (U+1F600)');
    }
    expect(await handlers['evidence:list']({ caseId })).toEqual([]);
    const named = await dispatch(handlers, 'evidence:add', { caseId, fileName: '照片🙂.pdf', contentBase64: b64(await makePdf(1)), meta: { title: '照片' } });
    expect(named).toMatchObject({ ok: false, error: { code: 'missing-glyph' } });
    close();
  });

  it('checks an edited title, source and facts proved the same way', async () => {
    const { handlers, caseId, close } = await setUp();
    const added = await handlers['evidence:add']({ caseId, fileName: 'c.pdf', contentBase64: b64(await makePdf(1)), meta: { kind: 'statement' } });
    const meta = { kind: 'statement' as const, title: '对账单\u202d', proves: '欠款\u00ad事实', source: '银行\u061c系统', periodFrom: '', periodTo: '', excluded: false, recordedName: '', recordedIdNumber: '', hasKeyTermNotice: false };
    const updated = await handlers['evidence:update']({ id: added.id, meta });
    expect(updated).toMatchObject({ title: '对账单', proves: '欠款事实', source: '银行系统' });
    expect(updated.textChanges?.map((c) => c.field)).toEqual(['title', 'source', 'proves']);
    expect((await handlers['evidence:update']({ id: added.id, meta: { ...meta, title: '\u200b\u202e' } })).title).toBe('对账单');
    const blank = await handlers['evidence:add']({ caseId, fileName: '流水.pdf', contentBase64: b64(await makePdf(4)), meta: { title: '\u2066\u2069' } });
    expect(blank.title).toBe('流水');
    const refused = await dispatch(handlers, 'evidence:update', { id: added.id, meta: { ...meta, proves: '🎉' } });
    expect(refused).toMatchObject({ ok: false, error: { code: 'missing-glyph' } });
    expect((await handlers['evidence:list']({ caseId }))[0]!.proves).toBe('欠款事实');
    close();
  });
});
