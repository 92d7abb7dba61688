import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { cli } from '../support/run-cli';
import { useTempDir } from '../support/temp-dir';
import { cliError, cliValue } from '../support/parse-output';

const tempDir = useTempDir();


async function json(args: string[]) {
  const result = await cli([...args, '--json']);
  return { code: result.code, value: (result.code === 0 ? cliValue(result.out) : {}) as Record<string, unknown>, error: result.code === 0 ? undefined : cliError(result.out) };
}

describe('dossier tracking commands', () => {
  it('moves a demo case through the lifecycle and shows its deadlines, dashboard and calendar', async () => {
    const dir = tempDir();
    await cli(['demo', '--out', dir]);
    const db = ['--db', join(dir, 'demo.sqlite')];
    const scan = join(dir, 'judgment.pdf');
    writeFileSync(scan, '%PDF-1.4 fictional judgment');
    const steps = [
      ['--type', 'marked-ready', '--date', '2026-06-01'],
      ['--type', 'filed', '--date', '2026-06-02'],
      ['--type', 'accepted', '--date', '2026-06-09', '--case-number', '（2026）云0103民初88号'],
      ['--type', 'judgment', '--date', '2026-09-10', '--performance-days', '10', '--awarded', '56,918.07', '--attach', scan, '--note', '判决支持全部诉请'],
      ['--type', 'served', '--date', '2026-09-16', '--party', 'defendant'],
      ['--type', 'effective', '--date', '2026-10-09'],
    ];
    for (const step of steps) {
      const { code, value } = await json(['event', 'add', '1', ...step, ...db]);
      expect(code, step.join(' ')).toBe(0);
      expect(value.event).toMatchObject({ id: expect.any(Number) });
    }
    const shown = await json(['tracking', '1', ...db]);
    const tracking = shown.value as unknown as { state: { stage: string }; events: { attachment: unknown }[] };
    expect(tracking.state.stage).toBe('effective');
    expect(tracking.events[3]!.attachment).toMatchObject({ fileName: 'judgment.pdf' });

    const refused = await json(['event', 'add', '2', '--type', 'enforcement-applied', '--date', '2026-11-01', ...db]);
    expect(refused.code).toBe(1);
    expect(refused.error).toMatchObject({ code: 'conflict' });

    // Case 2: a small-claims judgment with no period, the period entered when it took effect (--performance-days on effective).
    const final = [
      ['--type', 'marked-ready', '--date', '2026-06-01'],
      ['--type', 'filed', '--date', '2026-06-02'],
      ['--type', 'accepted', '--date', '2026-06-09', '--case-number', '(2026)云0111民初89号'],
      ['--type', 'judgment', '--date', '2026-09-10', '--final', '--award-principal', '100,010.50', '--award-interest', '21,305.44', '--award-costs', '1,411.16'],
      ['--type', 'served', '--date', '2026-09-16'],
      ['--type', 'effective', '--date', '2026-09-21', '--performance-days', '10'],
    ];
    for (const step of final) expect((await json(['event', 'add', '2', ...step, ...db])).code, step.join(' ')).toBe(0);
    const second = (await json(['tracking', '2', ...db])).value as unknown as {
      dates: { lastPerformanceDay: { date: string; nominal: string }; enforcementDeadline: { date: string } }; events: { details: Record<string, unknown> }[];
    };
    // The award item by item, its total the sum: 100,010.50 + 21,305.44 + 1,411.16.
    expect(second.events[3]!.details).toMatchObject({ award: { principal: '100,010.50', interest: '21,305.44', litigationCosts: '1,411.16' }, awardedAmount: '122,727.10' });
    // 2026-09-21 + 10 days = 2026-10-01, National Day → 2026-10-08 (CPL 85); two years on, Sunday 2028-10-08 → 2028-10-09 (CPL 250).
    expect(second.dates.lastPerformanceDay).toMatchObject({ nominal: '2026-10-01', date: '2026-10-08' });
    expect(second.dates.enforcementDeadline.date).toBe('2028-10-09');
    const shownText = await cli(['tracking', '2', ...db]);
    expect(shownText.out).toContain('2026-10-08 履行期限届满');
    expect(shownText.out).not.toContain('法律文书未规定履行期间');

    const deadlines = await json(['deadlines', ...db]);
    const rows = deadlines.value.rows as { kind: string; date: string; caseId: number }[];
    expect(rows.find((r) => r.kind === 'enforcement-application' && r.caseId === 1)).toMatchObject({ date: '2028-10-19' });
    expect(rows.find((r) => r.kind === 'enforcement-application' && r.caseId === 2)).toMatchObject({ date: '2028-10-09' });
    const within = await json(['deadlines', '--within', '30', ...db]);
    expect((within.value.rows as unknown[]).length).toBeLessThan(rows.length);

    const text = await cli(['deadlines', ...db]);
    expect(text.out).toContain('申请执行期限届满');
    expect(text.out).toContain('第二百五十条');

    const xlsx = join(dir, 'board.xlsx');
    const board = await json(['dashboard', '--xlsx', xlsx, ...db]);
    expect((board.value.dashboard as { totals: { cases: number } }).totals.cases).toBe(3);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(xlsx);
    expect(workbook.getWorksheet('总览 Overview')!.getCell('B3').value).toBe(3);

    const ics = join(dir, 'deadlines.ics');
    const calendar = await json(['calendar', '--out', ics, ...db]);
    expect(calendar.value).toMatchObject({ path: ics, count: expect.any(Number) });
    expect(readFileSync(ics, 'utf8')).toContain('DTSTART;VALUE=DATE:20281019');
  }, 120_000);

  it('records a batch with per-case numbers, all or nothing', async () => {
    const dir = tempDir();
    await cli(['demo', '--out', dir]);
    const db = ['--db', join(dir, 'demo.sqlite')];
    for (const type of ['marked-ready', 'filed']) {
      expect((await json(['event', 'batch', '--type', type, '--date', '2026-06-01', '--case', '1', '--case', '2', '--case', '3', ...db])).code).toBe(0);
    }
    const bad = await json(['event', 'batch', '--type', 'accepted', '--date', '2026-06-09', '--case', '1:（2026）云0103民初1号', '--case', '2:（2026）云0103民初1号', ...db]);
    expect(bad.code).toBe(2);
    expect(bad.error!.details.map((d) => d.field)).toEqual(['items.1.details.courtCaseNumber']);
    const good = await json(['event', 'batch', '--type', 'accepted', '--date', '2026-06-09', '--case', '1:（2026）云0103民初1号', '--case', '2:（2026）云0111民初2号', ...db]);
    expect((good.value.recorded as unknown[]).length).toBe(2);
  }, 120_000);

  it('calculates the enforcement deadline and delayed-performance interest segment by segment', async () => {
    const dir = tempDir();
    const db = ['--db', join(dir, 'calc.sqlite')];
    const deadline = await json(['calc', 'enforcement-deadline', '--last-performance-day', '2024-02-29', ...db]);
    expect(deadline.value).toMatchObject({ nominal: '2026-02-28', date: '2026-02-28' });
    const interest = await json(['calc', 'delay-interest', '--base', '100000', '--last-performance-day', '2026-03-10', '--payment', '2026-04-09:30000', '--to', '2026-05-09', ...db]);
    const value = interest.value as unknown as { totalInterestFen: number; segments: { days: number; interestFen: number }[] };
    expect(value.totalInterestFen).toBe(89_250);
    expect(value.segments.map((s) => [s.days, s.interestFen])).toEqual([[30, 52_500], [30, 36_750]]);
    const text = await cli(['calc', 'delay-interest', '--base', '100000', '--last-performance-day', '2026-03-10', '--payment', '2026-04-09:30000', '--to', '2026-05-09', ...db]);
    expect(text.out).toContain('合计 Total: ¥892.50');
    const bad = await cli(['calc', 'delay-interest', '--base', '100000', '--last-performance-day', '2026-03-10', '--payment', '30000', ...db]);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('YYYY-MM-DD:金额');
  });
});
