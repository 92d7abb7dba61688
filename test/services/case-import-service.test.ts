import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CaseImportMapping } from '../../core/import/import-operations';
import { suggestMapping } from '../../core/import/suggest-mapping';
import { checkImportFileOffThread } from '../../electron/services/case-import-off-thread';
import { exportHeaders, exportRow, writeGb18030Csv } from '../support/case-export';
import { openTestServices, seedProfiles } from '../support/service-fixture';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();
const mapping = suggestMapping(exportHeaders).suggested as CaseImportMapping;
const column = (header: (typeof exportHeaders)[number]) => exportHeaders.indexOf(header);

/** Row i of the export with some cells replaced. */
function rowWith(i: number, changes: Partial<Record<(typeof exportHeaders)[number], string>>): string[] {
  const row = exportRow(i);
  for (const [header, value] of Object.entries(changes)) row[column(header as (typeof exportHeaders)[number])] = value!;
  return row;
}

async function setUp() {
  const dir = tempDir();
  const services = openTestServices(dir);
  const { plaintiff } = await seedProfiles(services.handlers);
  const count = (table: string) => (services.context.db.prepare(`SELECT count(*) FROM ${table}`).pluck().get() as number);
  const run = (path: string, options: Partial<Parameters<typeof services.handlers['import:cases']>[0]> = {}) =>
    services.handlers['import:cases']({
      source: { path }, mapping, encoding: 'auto', plaintiffId: plaintiff.id, agentId: null, onDuplicate: 'skip', validOnly: false, dryRun: false, ...options,
    });
  return { ...services, dir, plaintiff, count, run };
}

/** Three good rows (one a name outside GBK) and one row for each kind of problem. */
function mixedRows(): string[][] {
  const goodId = exportRow(1)[column('证件号码')]!;
  const badCheck = goodId.slice(0, 17) + (goodId.endsWith('1') ? '2' : '1');
  const goodCard = exportRow(2)[column('信用卡卡号')]!;
  const badLuhn = goodCard.slice(0, 15) + String((Number(goodCard[15]) + 1) % 10);
  return [
    rowWith(0, { 客户姓名: '王䶮' }),
    rowWith(1, { 证件号码: badCheck }),
    rowWith(2, { 信用卡卡号: badLuhn }),
    rowWith(3, { 利息: '1000.255' }),
    rowWith(4, { 欠款总额: '1.00' }),
    rowWith(5, { 开卡日期: '2019-02-30' }),
    exportRow(6),
    exportRow(7),
  ];
}

describe('import:cases', () => {
  it('imports the good rows of a GB18030 file with validOnly and reports each bad one by row and column', async () => {
    const { run, handlers, count, context, dir, close } = await setUp();
    const path = join(dir, '案件.csv');
    writeGb18030Csv(path, mixedRows());
    const report = await run(path, { validOnly: true });
    expect(report).toMatchObject({ written: true, rows: 8, created: 3, refusedRows: 5, problemCount: 5 });
    expect(report.problems.map((p) => [p.row, p.column])).toEqual([
      [3, '证件号码'], [4, '信用卡卡号'], [5, '利息'], [6, '欠款总额'], [7, '开卡日期'],
    ]);
    expect(report.problems[3]!.message.zh).toContain('欠款总额');
    const names = (await handlers['case:list']({ query: '' })).map((c) => c.defendantName).sort();
    expect(names).toEqual(['测试客户6', '测试客户7', '王䶮']);
    expect(count('audit_log WHERE entity = \'case\'')).toBe(3 + 3);
    const importIds = context.db.prepare('SELECT DISTINCT import_id FROM cases').pluck().all();
    expect(importIds).toEqual([report.importId]);
    expect(context.db.prepare('SELECT file_name, created_count, refused_count FROM case_imports').get()).toEqual({ file_name: '案件.csv', created_count: 3, refused_count: 5 });
    close();
  });

  it('writes nothing when one row is bad and only the whole file may be imported', async () => {
    const { run, count, dir, close } = await setUp();
    const path = join(dir, '案件.csv');
    writeGb18030Csv(path, mixedRows());
    const report = await run(path);
    expect(report).toMatchObject({ written: false, importId: null, refusedRows: 5 });
    expect([count('cases'), count('case_imports'), count('audit_log')]).toEqual([0, 0, 2]);
    close();
  });

  it('a dry run reports what it would do and writes nothing', async () => {
    const { run, count, dir, close } = await setUp();
    const path = join(dir, '案件.csv');
    writeGb18030Csv(path, [exportRow(0), exportRow(1)]);
    const report = await run(path, { dryRun: true });
    expect(report).toMatchObject({ dryRun: true, written: false, created: 2, problemCount: 0 });
    expect([count('cases'), count('case_imports')]).toEqual([0, 0]);
    close();
  });

  it('a re-import of the same file changes nothing', async () => {
    const { run, count, context, dir, close } = await setUp();
    const path = join(dir, '案件.csv');
    writeGb18030Csv(path, [exportRow(0), exportRow(1), exportRow(2)]);
    await run(path);
    const before = context.db.prepare('SELECT * FROM cases ORDER BY id').all();
    const audits = count('audit_log');
    for (const onDuplicate of ['skip', 'update'] as const) {
      const again = await run(path, { onDuplicate });
      expect(again).toMatchObject({ written: false, created: 0, updated: 0, skippedDuplicates: 0, unchanged: 3 });
    }
    expect(context.db.prepare('SELECT * FROM cases ORDER BY id').all()).toEqual(before);
    expect([count('audit_log'), count('case_imports')]).toEqual([audits, 1]);
    close();
  });

  it('updates a changed duplicate or skips it as chosen, and never makes a second case', async () => {
    const { run, count, handlers, dir, close } = await setUp();
    const first = join(dir, 'first.csv');
    writeGb18030Csv(first, [exportRow(0), exportRow(1)]);
    await run(first);
    const changed = join(dir, 'changed.csv');
    writeGb18030Csv(changed, [rowWith(0, { 透支本金: '20000.50', 欠款总额: '21300.75', 经办人: '李经办' }), exportRow(1), exportRow(2)]);
    expect(await run(changed, { onDuplicate: 'skip' })).toMatchObject({ created: 1, skippedDuplicates: 1, unchanged: 1, updated: 0 });
    const updated = await run(changed, { onDuplicate: 'update' });
    expect(updated).toMatchObject({ created: 0, updated: 1, unchanged: 2 });
    expect(count('cases')).toBe(3);
    const id = (await handlers['case:list']({ query: '测试客户0' }))[0]!.id;
    expect((await handlers['case:get']({ id })).claim.principalFen).toBe(2_000_050);
    expect((await handlers['tracking:get']({ caseId: id })).owner).toBe('李经办');
    close();
  });

  it('refuses both rows of a card the file lists twice, each naming the other', async () => {
    const { run, count, dir, close } = await setUp();
    const path = join(dir, '案件.csv');
    writeGb18030Csv(path, [exportRow(0), exportRow(1), rowWith(0, { 客户姓名: '另一人' })]);
    const report = await run(path, { validOnly: true });
    expect(report).toMatchObject({ created: 1, refusedRows: 2 });
    expect(report.problems.map((p) => [p.row, p.column, p.message.zh])).toEqual([
      [2, '信用卡卡号', '信用卡卡号：与第 4 行重复，同一张卡只能是一个案件'],
      [4, '信用卡卡号', '信用卡卡号：与第 2 行重复，同一张卡只能是一个案件'],
    ]);
    expect(count('cases')).toBe(1);
    close();
  });

  it('refuses a card already on record for another ID number', async () => {
    const { run, dir, close } = await setUp();
    const first = join(dir, 'first.csv');
    writeGb18030Csv(first, [exportRow(0)]);
    await run(first);
    const other = join(dir, 'other.csv');
    writeGb18030Csv(other, [rowWith(0, { 证件号码: exportRow(5)[column('证件号码')]! })]);
    const report = await run(other, { onDuplicate: 'update', validOnly: true });
    expect(report).toMatchObject({ updated: 0, refusedRows: 1, problems: [{ row: 2, column: '信用卡卡号' }] });
    close();
  });

  it('reports a missing required column on the header row and reads no row', async () => {
    const { run, count, dir, close } = await setUp();
    const path = join(dir, '案件.csv');
    writeGb18030Csv(path, [exportRow(0).slice(0, -1)], exportHeaders.filter((h) => h !== '经办人'));
    const report = await run(path, { mapping: { ...mapping, owner: '经办人' }, validOnly: true });
    expect(report).toMatchObject({ written: false, rows: 0, problems: [{ row: 1, column: '经办人' }] });
    expect(count('cases')).toBe(0);
    close();
  });
});

describe('import:cases from bytes', () => {
  it('imports a file the renderer sends as bytes, as it imports one from a path', async () => {
    const { handlers, plaintiff, count, dir, close } = await setUp();
    const path = join(dir, '案件.csv');
    writeGb18030Csv(path, [exportRow(0), exportRow(1)]);
    const report = await handlers['import:cases']({
      source: { fileName: '案件.csv', contentBase64: readFileSync(path).toString('base64') }, mapping, encoding: 'auto',
      plaintiffId: plaintiff.id, agentId: null, onDuplicate: 'skip', validOnly: false, dryRun: false,
    });
    expect(report).toMatchObject({ written: true, created: 2 });
    expect(count('cases')).toBe(2);
    close();
  });
});

describe('import:preview and profiles', () => {
  it('previews a GB18030 file with the suggested mapping', async () => {
    const { handlers, dir, close } = await setUp();
    const path = join(dir, '案件.csv');
    writeGb18030Csv(path, [rowWith(0, { 客户姓名: '王䶮' })]);
    const preview = await handlers['import:preview']({ source: { path }, encoding: 'auto' });
    expect(preview).toMatchObject({ fileName: '案件.csv', encoding: 'gb18030', unmatchedRequired: [], ambiguous: [] });
    expect(preview.sampleRows[0]![0]).toBe('王䶮');
    expect(preview.suggested.cardNumber).toBe('信用卡卡号');
    close();
  });

  it('saves a profile by name, replaces it under the same name, lists and deletes it', async () => {
    const { handlers, close } = await setUp();
    const saved = await handlers['import:save-profile']({ name: '云岭银行', mapping: { defendantName: '姓名', cardNumber: '' } });
    expect(saved.mapping).toEqual({ defendantName: '姓名' });
    const replaced = await handlers['import:save-profile']({ name: '云岭银行', mapping: { defendantName: '客户姓名' } });
    expect(replaced.id).toBe(saved.id);
    expect((await handlers['import:profiles']({})).map((p) => [p.name, p.mapping])).toEqual([['云岭银行', { defendantName: '客户姓名' }]]);
    await handlers['import:delete-profile']({ id: saved.id });
    expect(await handlers['import:profiles']({})).toEqual([]);
    await expect(async () => handlers['import:delete-profile']({ id: saved.id })).rejects.toMatchObject({ code: 'not-found' });
    close();
  });
});

describe('checkImportFileOffThread', () => {
  it('reads and checks in a worker thread, and brings its errors back as they were thrown', async () => {
    const dir = tempDir();
    const path = join(dir, '案件.csv');
    writeGb18030Csv(path, [exportRow(0), rowWith(1, { 利息: '1.001' })]);
    const input = { source: { path }, encoding: 'auto' as const, mapping, today: '2026-11-28', plaintiffs: [], defaultPlaintiffId: 1, agentId: null };
    const checked = await checkImportFileOffThread(input);
    expect(checked).toMatchObject({ encoding: 'gb18030', rows: 2, problemCount: 1, kept: [{ row: 2 }] });
    await expect(checkImportFileOffThread({ ...input, source: { path: dir } })).rejects.toMatchObject({ code: 'invalid-input' });
  });
});
