import type { DelayInterest } from '../../../core/tracking/delay-interest';
import { eventLabels } from '../../../core/tracking/event-types';
import { stageLabels } from '../../../core/tracking/stages';
import type { CaseTracking, Dashboard, DeadlineRow } from '../../../core/tracking/tracking-views';
import { formatYuan } from '../../../core/money/fen';

/** Readable (non --json) output of the tracking commands: Chinese first, English after a slash. */

/** One deadline row as a line. */
export function deadlineLine(row: DeadlineRow): string {
  const when = row.daysLeft < 0 ? `逾期 ${-row.daysLeft} 天 overdue` : row.daysLeft === 0 ? '今天到期 due today' : `剩 ${row.daysLeft} 天 left`;
  const rolled = row.skipped.length > 0 ? `（${row.nominal} 遇节假日顺延）` : '';
  return `${row.date}\t${when}\t案件 ${row.caseId} ${row.defendantName}\t${row.title.zh} / ${row.title.en}${rolled}\n\t\t依据：${row.rule.zh}`;
}

/** A case's stage, events and open deadlines. */
export function trackingLines(t: CaseTracking): string[] {
  const lines: string[] = [];
  lines.push(`案件 ${t.caseId} 阶段 Stage: ${stageLabels[t.state.stage].zh} / ${stageLabels[t.state.stage].en}（自 ${t.state.stageSince}）`);
  if (t.state.courtCaseNumber) lines.push(`案号 Case no.: ${t.state.courtCaseNumber}`);
  if (t.state.enforcementCaseNumber) lines.push(`执行案号 Enforcement no.: ${t.state.enforcementCaseNumber}`);
  lines.push(`经办人 Owner: ${t.owner || '—'}`);
  lines.push('事件 Events:');
  for (const e of t.events) lines.push(`  #${e.id} ${e.date} ${eventLabels[e.type].zh} / ${eventLabels[e.type].en}${e.note ? ` — ${e.note}` : ''}`);
  lines.push('期限 Deadlines:');
  for (const d of t.deadlines.filter((x) => !x.done)) lines.push(`  ${d.date} ${d.title.zh} / ${d.title.en}\n    依据：${d.rule.zh}`);
  lines.push(`可登记 Next: ${t.allowedEvents.map((type) => `${eventLabels[type].zh}（--type ${type}）`).join('、')}`);
  const s = t.summary;
  lines.push(`诉请 Claimed ¥${formatYuan(s.claimedFen)}  已回收 Recovered ¥${formatYuan(s.recoveredFen)}  费用 Costs ¥${formatYuan(s.costsFen)}  未回收 Outstanding ¥${formatYuan(s.outstandingFen)}`);
  return lines;
}

/** The dashboard as text tables. */
export function dashboardLines(d: Dashboard): string[] {
  const lines: string[] = [];
  const t = d.totals;
  lines.push(`统计日 As of ${d.today}: ${t.cases} 件 cases, 诉请 claimed ¥${formatYuan(t.claimedFen)}, 已回收 recovered ¥${formatYuan(t.recoveredFen)}, 费用 costs ¥${formatYuan(t.costsFen)}, 净回收 net ¥${formatYuan(t.netFen)}`);
  lines.push(`本周到期 Due this week: ${d.deadlines.dueThisWeek}    已逾期 Overdue: ${d.deadlines.overdue}`);
  lines.push('\n按阶段 By stage:');
  for (const g of d.byStage) lines.push(`  ${stageLabels[g.key as keyof typeof stageLabels]?.zh ?? g.key}\t${g.cases}\t¥${formatYuan(g.claimedFen)}\t¥${formatYuan(g.recoveredFen)}`);
  lines.push('\n按分行 By branch:');
  for (const g of d.byBranch) lines.push(`  ${g.key || '—'}\t${g.cases}\t¥${formatYuan(g.claimedFen)}\t¥${formatYuan(g.recoveredFen)}`);
  lines.push('\n按法院 By court:');
  for (const g of d.byCourt) lines.push(`  ${g.key || '—'}\t${g.cases}\t¥${formatYuan(g.claimedFen)}\t¥${formatYuan(g.recoveredFen)}`);
  lines.push('\n阶段时长 Stage aging (平均/最长天数 avg/max days):');
  for (const a of d.aging) lines.push(`  ${stageLabels[a.stage].zh}\t${a.cases}\t${a.averageDays}/${a.maxDays}`);
  return lines;
}

/** The delayed-performance interest with each segment. */
export function delayInterestLines(r: DelayInterest): string[] {
  const lines: string[] = [];
  lines.push(`迟延履行期间的加倍部分债务利息（法释〔2014〕8号，日万分之一点七五）/ Doubled interest for delayed performance, 1.75‱ a day`);
  lines.push(`履行期限最后一日 Last day of performance: ${r.lastPerformanceDay}    计算至 To: ${r.toDate}    基数 Base: ¥${formatYuan(r.baseFen)}`);
  if (r.paidInTimeFen > 0) lines.push(`履行期内已付 Paid within the period: ¥${formatYuan(r.paidInTimeFen)}`);
  lines.push('起 From\t止 To\t天数 Days\t本金 Debt\t利息 Interest');
  for (const s of r.segments) lines.push(`${s.from}\t${s.to}\t${s.days}\t¥${formatYuan(s.baseFen)}\t¥${formatYuan(s.interestFen)}`);
  lines.push(`合计 Total: ¥${formatYuan(r.totalInterestFen)}    已付利息 Interest paid: ¥${formatYuan(r.interestPaidFen)}    未付利息 Interest due: ¥${formatYuan(r.interestOutstandingFen)}    未付本金 Debt due: ¥${formatYuan(r.debtOutstandingFen)}`);
  return lines;
}
