import ExcelJS from 'exceljs';
import { yuanString } from '../../core/money/fen';
import { safeSpreadsheetCell } from '../../core/tables/spreadsheet-cell';
import { stageLabels } from '../../core/tracking/stages';
import type { Dashboard, DashboardGroup, DeadlineRow } from '../../core/tracking/tracking-views';
import { agingBuckets } from '../db/tracking-queries';


/**
 * Yuan for a spreadsheet cell: Excel needs a number to add up a column, so the exact decimal text of the
 * fen amount (string arithmetic, core/money/fen.ts) is handed over as the nearest double — the same value
 * Excel itself would store had the user typed it.
 */
function yuan(fen: number): number {
  return Number(yuanString(fen));
}

/** A recovery rate as a fraction with four decimals, from integer basis points. */
function rate(recoveredFen: number, claimedFen: number): number {
  return claimedFen <= 0 ? 0 : Number((BigInt(recoveredFen) * 10_000n) / BigInt(claimedFen)) / 10_000;
}

const moneyFormat = '#,##0.00';

function groupSheet(workbook: ExcelJS.Workbook, name: string, keyHeader: string, groups: readonly DashboardGroup[], label: (key: string) => string) {
  const sheet = workbook.addWorksheet(name);
  sheet.columns = [
    { header: keyHeader, key: 'key', width: 36 },
    { header: '案件数 Cases', key: 'cases', width: 14 },
    { header: '诉请金额（元）Claimed', key: 'claimed', width: 20, style: { numFmt: moneyFormat } },
    { header: '已回收（元）Recovered', key: 'recovered', width: 20, style: { numFmt: moneyFormat } },
    { header: '费用（元）Costs', key: 'costs', width: 18, style: { numFmt: moneyFormat } },
    { header: '回收率 Rate', key: 'rate', width: 12, style: { numFmt: '0.00%' } },
  ];
  for (const g of groups) {
    sheet.addRow({
      key: safeSpreadsheetCell(label(g.key)), cases: g.cases, claimed: yuan(g.claimedFen), recovered: yuan(g.recoveredFen), costs: yuan(g.costsFen),
      rate: rate(g.recoveredFen, g.claimedFen),
    });
  }
  sheet.getRow(1).font = { bold: true };
  sheet.views = [{ state: 'frozen', ySplit: 1 }];
}

/**
 * The dashboard as an XLSX workbook (exceljs): totals, cases and money by stage, branch and court, stage
 * aging, and the open deadlines. Money cells hold yuan numbers with two decimals and a number format, so
 * the sheet adds up in Excel as it does on screen.
 */
export async function dashboardWorkbook(dashboard: Dashboard, deadlines: readonly DeadlineRow[], generatedAt: Date): Promise<Uint8Array> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Dossier 卷宗';
  workbook.created = generatedAt;
  const overview = workbook.addWorksheet('总览 Overview');
  overview.columns = [{ header: '项目 Item', key: 'item', width: 30 }, { header: '数值 Value', key: 'value', width: 24 }];
  const t = dashboard.totals;
  overview.addRows([
    { item: '统计日 As of', value: dashboard.today },
    { item: '案件数 Cases', value: t.cases },
    { item: '诉请金额（元）Claimed', value: yuan(t.claimedFen) },
    { item: '已回收（元）Recovered', value: yuan(t.recoveredFen) },
    { item: '费用支出（元）Costs', value: yuan(t.costsFen) },
    { item: '净回收（元）Net', value: yuan(t.netFen) },
    { item: '本周到期 Due this week', value: dashboard.deadlines.dueThisWeek },
    { item: '已逾期 Overdue', value: dashboard.deadlines.overdue },
  ]);
  for (const row of [4, 5, 6, 7]) overview.getCell(`B${row}`).numFmt = moneyFormat;
  overview.getRow(1).font = { bold: true };

  groupSheet(workbook, '按阶段 By stage', '阶段 Stage', dashboard.byStage, (key) => {
    const label = stageLabels[key as keyof typeof stageLabels];
    return label ? `${label.zh} ${label.en}` : key;
  });
  groupSheet(workbook, '按分行 By branch', '发卡机构 Branch', dashboard.byBranch, (key) => key || '（未填）');
  groupSheet(workbook, '按法院 By court', '法院 Court', dashboard.byCourt, (key) => key || '（未填）');

  const aging = workbook.addWorksheet('阶段时长 Aging');
  const bucketHeaders = agingBuckets.map((limit, i) => `${i === 0 ? 0 : agingBuckets[i - 1]! + 1}–${limit} 天`).concat(`>${agingBuckets.at(-1)!} 天`);
  aging.addRow(['阶段 Stage', '案件数 Cases', '平均天数 Avg days', '最长天数 Max days', ...bucketHeaders]).font = { bold: true };
  for (const a of dashboard.aging) aging.addRow([`${stageLabels[a.stage].zh} ${stageLabels[a.stage].en}`, a.cases, a.averageDays, a.maxDays, ...a.buckets]);
  aging.columns.forEach((column, i) => { column.width = i === 0 ? 30 : 14; });

  const open = workbook.addWorksheet('期限 Deadlines');
  open.columns = [
    { header: '到期日 Date', key: 'date', width: 12 },
    { header: '剩余天数 Days left', key: 'daysLeft', width: 12 },
    { header: '事项 Item', key: 'title', width: 30 },
    { header: '案件 Case', key: 'caseId', width: 8 },
    { header: '被告 Defendant', key: 'defendant', width: 12 },
    { header: '案号 Case no.', key: 'number', width: 26 },
    { header: '法院 Court', key: 'court', width: 26 },
    { header: '分行 Branch', key: 'branch', width: 26 },
    { header: '经办人 Owner', key: 'owner', width: 12 },
    { header: '依据 Rule', key: 'rule', width: 80 },
  ];
  for (const d of deadlines) {
    open.addRow({
      // Names, courts and branches come from users and banks' files: none may run as a formula (OWASP CSV injection).
      date: d.date, daysLeft: d.daysLeft, title: safeSpreadsheetCell(d.title.zh), caseId: d.caseId, defendant: safeSpreadsheetCell(d.defendantName),
      number: safeSpreadsheetCell(d.courtCaseNumber), court: safeSpreadsheetCell(d.courtName), branch: safeSpreadsheetCell(d.branch),
      owner: safeSpreadsheetCell(d.owner), rule: safeSpreadsheetCell(d.rule.zh),
    });
  }
  open.getRow(1).font = { bold: true };
  open.views = [{ state: 'frozen', ySplit: 1 }];
  return new Uint8Array(await workbook.xlsx.writeBuffer());
}
