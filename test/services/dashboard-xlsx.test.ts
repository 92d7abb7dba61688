import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import type { Dashboard, DeadlineRow } from '../../core/tracking/tracking-views';
import { dashboardWorkbook } from '../../electron/services/dashboard-xlsx';

const FORMULA = '=HYPERLINK("http://example.invalid","点击")';
const group = (key: string) => ({ key, cases: 1, claimedFen: 100_00, recoveredFen: 0, costsFen: 0 });
const dashboard: Dashboard = {
  today: '2026-11-28',
  totals: { cases: 1, claimedFen: 100_00, recoveredFen: 0, costsFen: 0, netFen: 0 },
  byStage: [], byBranch: [group(`+${FORMULA}`), group('云岭银行昆明分行')], byCourt: [group(`-${FORMULA}`)],
  aging: [], agingBuckets: [30, 90], deadlines: { dueThisWeek: 0, overdue: 0, soonest: [] },
};
const deadline: DeadlineRow = {
  caseId: 7, defendantName: `@${FORMULA}`, courtName: '昆明市五华区人民法院', branch: '云岭银行昆明分行', owner: `\t${FORMULA}`, stage: 'filed',
  courtCaseNumber: '', key: 'k', kind: 'appeal', category: 'deadline', title: { zh: '上诉期届满', en: 'Appeal period ends' }, date: '2026-12-10',
  nominal: '2026-12-10', skipped: [], rule: { zh: '《民事诉讼法》第一百七十一条', en: 'Civil Procedure Law art. 171' }, calendarWarning: null, daysLeft: 12,
};

describe('the dashboard workbook', () => {
  it('writes names that start like a formula inert, and leaves other text and numbers alone', async () => {
    const workbook = new ExcelJS.Workbook();
    // exceljs types its input as an ArrayBuffer; it reads a Node Buffer.
    await workbook.xlsx.load(Buffer.from(await dashboardWorkbook(dashboard, [deadline], new Date('2026-11-28T02:00:00Z'))) as unknown as ArrayBuffer);
    const branch = workbook.getWorksheet('按分行 By branch')!;
    expect(branch.getCell('A2').value).toBe(`'+${FORMULA}`);
    expect(branch.getCell('A3').value).toBe('云岭银行昆明分行');
    expect(workbook.getWorksheet('按法院 By court')!.getCell('A2').value).toBe(`'-${FORMULA}`);
    const open = workbook.getWorksheet('期限 Deadlines')!;
    expect(open.getCell('E2').value).toBe(`'@${FORMULA}`);
    expect(open.getCell('I2').value).toBe(`'\t${FORMULA}`);
    expect(open.getCell('B2').value).toBe(12);
    expect(open.getCell('G2').value).toBe('昆明市五华区人民法院');
  });
});
