import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CaseImportReport } from '../../core/import/import-operations';
import { textPdf } from '../support/bundle-sources';
import { exportHeaders, exportRow, writeGb18030Csv } from '../support/case-export';
import { cli } from '../support/run-cli';
import { openTestServices, seedProfiles } from '../support/service-fixture';
import { useTempDir } from '../support/temp-dir';

const tempDir = useTempDir();

/** A database with the demo plaintiff and agent, and a folder to work in. */
async function setUp() {
  const dir = tempDir();
  const services = openTestServices(dir);
  const { plaintiff } = await seedProfiles(services.handlers);
  services.close();
  return { dir, db: join(dir, 'dossier.sqlite'), plaintiffId: String(plaintiff.id) };
}

const cardOf = (i: number) => exportRow(i)[exportHeaders.indexOf('信用卡卡号')]!;
const idOf = (i: number) => exportRow(i)[exportHeaders.indexOf('证件号码')]!;

describe('dossier import', () => {
  it('imports with the suggested mapping and prints counts, then each problem by row, column and value', async () => {
    const { dir, db, plaintiffId } = await setUp();
    const file = join(dir, '案件.csv');
    const bad = exportRow(1);
    bad[exportHeaders.indexOf('利息')] = '1000.255';
    writeGb18030Csv(file, [exportRow(0), bad]);
    const run = await cli(['import', file, '--plaintiff', plaintiffId, '--valid-only', '--db', db]);
    expect(run.code, run.err).toBe(0);
    expect(run.out).toContain('新建 1 created');
    expect(run.out).toContain('第 3 行 · 利息 · 1000.255 · 诉请利息：金额最多保留两位小数（精确到分）');
    const again = await cli(['import', file, '--plaintiff', plaintiffId, '--valid-only', '--json', '--db', db]);
    const parsed = JSON.parse(again.out) as { ok: true; value: CaseImportReport };
    expect(parsed).toMatchObject({ ok: true, value: { created: 0, unchanged: 1, refusedRows: 1, written: false } });
  });

  it('stops with exit 2 and lists the columns it cannot decide, in Chinese and English', async () => {
    const { dir, db, plaintiffId } = await setUp();
    const file = join(dir, '案件.csv');
    writeGb18030Csv(file, [[...exportRow(0), '13900139000']], [...exportHeaders, '联系电话']);
    const run = await cli(['import', file, '--plaintiff', plaintiffId, '--db', db]);
    expect(run.code).toBe(2);
    expect(run.err).toContain('被告联系电话: 可能是以下任一列：手机号码、联系电话');
    expect(run.err).toContain('could be any of the columns 手机号码, 联系电话');
    const list = await cli(['case', 'list', '--db', db, '--json']);
    expect(list.out).not.toContain('测试客户0');
  });

  it('saves the mapping as a profile and imports with it', async () => {
    const { dir, db, plaintiffId } = await setUp();
    const file = join(dir, '案件.csv');
    writeGb18030Csv(file, [exportRow(0)]);
    const dry = await cli(['import', file, '--plaintiff', plaintiffId, '--dry-run', '--save-profile', '云岭银行', '--db', db]);
    expect(dry.out).toContain('试运行（未写入）');
    const run = await cli(['import', file, '--profile', '云岭银行', '--plaintiff', plaintiffId, '--json', '--db', db]);
    expect(JSON.parse(run.out)).toMatchObject({ ok: true, value: { created: 1, written: true } });
    const missing = await cli(['import', file, '--profile', '别的银行', '--db', db]);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('没有名为“别的银行”的导入方案（已有：云岭银行）');
  });

  it('asks for --plaintiff when the file names no plaintiff', async () => {
    const { dir, db } = await setUp();
    const file = join(dir, '案件.csv');
    writeGb18030Csv(file, [exportRow(0)]);
    const run = await cli(['import', file, '--db', db]);
    expect(run.code).toBe(2);
    expect(run.err).toContain('请用 --plaintiff 编号 指定原告');
  });

  it('adds an evidence folder by the card or ID number in folder and file names, and lists what matches no case', async () => {
    const { dir, db, plaintiffId } = await setUp();
    const file = join(dir, '案件.csv');
    writeGb18030Csv(file, [exportRow(0), exportRow(1)]);
    const evidence = join(dir, '银行证据');
    mkdirSync(join(evidence, `测试客户0_${cardOf(0)}`), { recursive: true });
    writeFileSync(join(evidence, `测试客户0_${cardOf(0)}`, '领用合约.pdf'), await textPdf('领用合约', 1));
    writeFileSync(join(evidence, `${idOf(1)}_对账单.pdf`), await textPdf('对账单', 1));
    writeFileSync(join(evidence, '无编号.pdf'), await textPdf('无编号', 1));
    const run = await cli(['import', file, '--plaintiff', plaintiffId, '--evidence', evidence, '--json', '--db', db]);
    expect(run.code, run.err).toBe(0);
    const { value } = JSON.parse(run.out) as { value: CaseImportReport & { evidence: { added: { file: string }[]; unmatched: { file: string }[] } } };
    expect(value.evidence.added.map((a) => a.file).sort()).toEqual([`${idOf(1)}_对账单.pdf`, join(`测试客户0_${cardOf(0)}`, '领用合约.pdf')].sort());
    expect(value.evidence.unmatched.map((u) => u.file)).toEqual(['无编号.pdf']);
    const again = await cli(['import', file, '--plaintiff', plaintiffId, '--evidence', evidence, '--db', db]);
    expect(again.out).toContain('添加 0 个，已有 2 个，未匹配 1 个');
    expect(again.out).toContain('未匹配 unmatched · 无编号.pdf');
  });

  it('gives each row of a contacts file and a ledger file to the case of its card or ID number, keeping row numbers', async () => {
    const { dir, db, plaintiffId } = await setUp();
    const file = join(dir, '案件.csv');
    writeGb18030Csv(file, [exportRow(0), exportRow(1)]);
    const contacts = join(dir, '催收记录.csv');
    writeFileSync(contacts, [
      '卡号,催收时间,方式,联系对象,号码,是否预留号码,结果,送达凭证,送达状态,备注',
      `${cardOf(0)},2026-03-01 10:05,电话,本人,13800138000,是,承诺还款,录音,,`,
      `${cardOf(1)},2026-03-02 11:00,短信,本人,13800138000,是,已送达,短信送达报告,已送达,`,
      `6228480099999995,2026-03-03 11:00,短信,本人,13800138000,是,已送达,短信送达报告,已送达,`,
      `${cardOf(1)},2026-03-04 09:30,电话,本人,13800138000,是,接通,录音,,`,
    ].join('\n'));
    const ledger = join(dir, '交易明细.csv');
    writeFileSync(ledger, ['证件号码,交易日期,交易金额,交易描述', `${idOf(0)},2024-01-05,1200.00,消费`, `${idOf(0)},2024-02-05,-200.00,还款`, `${idOf(1)},2024-01-07,88.00,消费`].join('\n'));
    const run = await cli(['import', file, '--plaintiff', plaintiffId, '--contacts', contacts, '--ledger', ledger, '--db', db]);
    expect(run.code, run.err).toBe(0);
    expect(run.out).toContain('催收记录“催收记录.csv”（按“卡号”分案）：导入 2 个案件共 3 行，未匹配 1 行');
    expect(run.out).toContain('未匹配的行 unmatched rows: 4');
    expect(run.out).toContain('交易明细“交易明细.csv”（按“证件号码”分案）：导入 2 个案件共 3 行');
    const services = openTestServices(dir);
    const ids = (await services.handlers['case:list']({ query: '' })).map((c) => [c.defendantName, c.id] as const);
    const idOfCase = (name: string) => ids.find(([n]) => n === name)![1];
    expect(await services.handlers['contact:list']({ caseId: idOfCase('测试客户1') })).toHaveLength(2);
    expect(await services.handlers['ledger:list']({ caseId: idOfCase('测试客户0') })).toHaveLength(2);
    services.close();
    const badContacts = join(dir, '坏的催收记录.csv');
    writeFileSync(badContacts, ['卡号,催收时间,方式,联系对象,号码,是否预留号码,结果,送达凭证,送达状态,备注', `${cardOf(1)},2026-03-04 09:30,电话,本人,13800138000,是,接通,录音,,`, `${cardOf(0)},昨天,电话,本人,13800138000,是,接通,录音,,`].join('\n'));
    const bad = await cli(['import', file, '--plaintiff', plaintiffId, '--contacts', badContacts, '--db', db]);
    expect(bad.out).toMatch(/失败 failed · 案件 case \d+ · 第 3 行/);
  });
});
