import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/run-cli';
import { cliError, cliValue, pdfText, squash } from '../support/parse-output';
import { useTempDir } from '../support/temp-dir';
import { damagedPdf, makePdf } from '../services/evidence/evidence-fixtures';

const tempDir = useTempDir();

const json = async (args: string[]) => {
  const result = await cli([...args, '--json']);
  return { code: result.code, value: (result.code === 0 ? cliValue(result.out) : undefined) as never, error: result.code === 0 ? undefined : cliError(result.out) };
};

describe('dossier check / claim / limitation / evidence / contacts', () => {
  it('on the demo: one case ready, the others with the expected findings; the complaint lists the case’s own evidence', async () => {
    const dir = tempDir();
    const demo = cliValue<{ cases: { caseId: number; files: string[] }[] }>((await cli(['demo', '--out', dir, '--json'])).out);
    const db = join(dir, 'demo.sqlite');
    const reports = await Promise.all([1, 2, 3].map(async (id) => (await json(['check', String(id), '--db', db])).value as { ready: boolean; findings: { ruleId: string; severity: string }[] }));
    const blockers = reports.map((r) => r.findings.filter((f) => f.severity === 'blocker').map((f) => f.ruleId));
    expect(reports.map((r) => r.ready)).toEqual([true, false, false]);
    expect(blockers).toEqual([
      [],
      ['identity-consistent', 'addressed-court'],
      ['required-evidence', 'power-of-attorney'],
    ]);
    const text = squash(pdfText(demo.cases[0]!.files.find((f) => f.endsWith('.pdf'))!));
    expect(text).toContain('信用卡申请表');
    expect(text).toContain('催收函及签收回执');
    expect(text).not.toContain('催收记录及送达凭证');
    const readable = await cli(['check', '3', '--db', db]);
    expect(readable.out).toContain('不具备立案条件');
    expect(readable.out).toContain('依据：');
  }, 60_000);

  it('check prints filing conditions, filing materials and litigation risks apart, by title, never by rule id', async () => {
    const dir = tempDir();
    await cli(['demo', '--out', dir]);
    const { out } = await cli(['check', '2', '--db', join(dir, 'demo.sqlite')]);
    const conditions = out.indexOf('起诉条件');
    const materials = out.indexOf('立案材料');
    const risks = out.indexOf('诉讼风险');
    expect(conditions).toBeGreaterThan(-1);
    expect(materials).toBeGreaterThan(conditions);
    expect(risks).toBeGreaterThan(materials);
    // The court mismatch is a filing condition; the unproven key-term notice a risk, which never says 不具备立案条件.
    const court = out.indexOf('受诉法院属于管辖法院');
    expect(court).toBeGreaterThan(conditions);
    expect(court).toBeLessThan(materials);
    expect(out.indexOf('重要条款已提示说明')).toBeGreaterThan(risks);
    // The complaint items the record leaves open are filing-desk warnings, never blockers.
    expect(out).toContain('立案材料 Filing materials（0 项阻碍 blockers');
    expect(out).not.toMatch(/addressed-court|key-term-notice|identity-consistent|\[阻碍 |domain\.md|§/);
  }, 60_000);

  it('claim, limitation and calc limitation print JSON with --json', async () => {
    const dir = tempDir();
    await cli(['demo', '--out', dir]);
    const db = join(dir, 'demo.sqlite');
    const claim = (await json(['claim', '1', '--as-of', '2026-11-30', '--db', db])).value as { totalFen: number; accrual: { days: number; fen: number } };
    // 48,235.17 × 0.0005 × 30 days = 723.5276 → 723.53 on top of the ledger's 56,918.07.
    expect(claim.accrual).toMatchObject({ days: 30, fen: 72_353 });
    expect(claim.totalFen).toBe(4_823_517 + 641_290 + 72_353 + 192_000 + 35_000);
    const limitation = (await json(['limitation', '2', '--filing-date', '2026-12-01', '--db', db])).value as { period: { lastDay: string }; expiresBeforeFiling: boolean };
    // Case 2 rests on the promise to pay in the 23:10 call: flagged for review, still counted.
    expect(limitation).toMatchObject({ period: { lastDay: '2028-11-03' }, expiresBeforeFiling: false });
    const late = (await json(['limitation', '2', '--filing-date', '2028-11-04', '--db', db])).value as { expiresBeforeFiling: boolean };
    expect(late.expiresBeforeFiling).toBe(true);
    const calc = await json(['calc', 'limitation', '--from', '2022-10-01', '--db', db]);
    expect(calc.value).toMatchObject({ lastDay: '2025-10-09', nominal: '2025-10-01' });
    expect((await cli(['calc', 'limitation', '--from', '2022-10-01', '--db', db])).out.split('\n')[0]).toBe('2025-10-09');
  }, 60_000);

  it('evidence add stores a file and refuses a damaged one; contacts import adds records', async () => {
    const dir = tempDir();
    await cli(['demo', '--out', dir]);
    const db = join(dir, 'demo.sqlite');
    const pdf = join(dir, '欠款计算明细.pdf');
    writeFileSync(pdf, await makePdf(2));
    const added = await json(['evidence', 'add', '3', pdf, '--kind', 'arrears-calculation', '--db', db]);
    expect(added.value).toMatchObject({ kind: 'arrears-calculation', pageCount: 2 });
    const after = (await json(['check', '3', '--db', db])).value as { findings: { ruleId: string }[] };
    expect(after.findings.map((f) => f.ruleId)).not.toContain('required-evidence');
    const broken = join(dir, 'broken.pdf');
    writeFileSync(broken, damagedPdf);
    const refused = await json(['evidence', 'add', '3', broken, '--kind', 'statement', '--db', db]);
    expect(refused.code).toBe(2);
    expect(refused.error?.message.zh).toContain('已损坏');
    expect((await cli(['evidence', 'add', '3', pdf, '--kind', 'nonsense', '--db', db])).code).toBe(2);
    const csv = join(dir, 'contacts.csv');
    writeFileSync(csv, '催收时间,方式,结果,送达凭证,送达状态,是否预留号码\n2026-02-01 10:00,短信,已送达,短信送达报告,已送达,是\n');
    expect((await json(['contacts', 'import', '3', csv, '--db', db])).value).toEqual({ imported: 1 });
    const recheck = (await json(['check', '3', '--db', db])).value as { findings: { ruleId: string }[] };
    expect(recheck.findings.map((f) => f.ruleId)).not.toContain('delivered-demand');
  }, 60_000);
});
