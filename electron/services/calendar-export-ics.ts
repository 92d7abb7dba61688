import { buildCalendar } from '../../core/tracking/ics-calendar';
import type { CalendarEntry } from '../../core/tracking/ics-calendar';
import { stageLabels } from '../../core/tracking/stages';
import type { DeadlineRow } from '../../core/tracking/tracking-views';

/** Turns deadline rows into calendar entries: Chinese summary, both languages in the description with the rule. */
export function deadlineCalendarEntries(rows: readonly DeadlineRow[]): CalendarEntry[] {
  return rows.map((row) => ({
    uid: `case-${row.caseId}-${row.key.replace(/[^A-Za-z0-9:-]/g, '-')}@dossier.invalid`,
    date: row.date,
    summary: `【${row.category === 'deadline' ? '期限' : row.category === 'milestone' ? '节点' : '提醒'}】${row.defendantName} ${row.title.zh}`,
    description: [
      `案件 ${row.caseId}：${row.defendantName}${row.courtCaseNumber ? `，${row.courtCaseNumber}` : ''}`,
      `法院：${row.courtName || '—'}；分行：${row.branch || '—'}；经办人：${row.owner || '—'}；阶段：${stageLabels[row.stage].zh}`,
      `依据：${row.rule.zh}`,
      row.skipped.length > 0 ? `原届满日 ${row.nominal} 为法定节假日或休息日，顺延至 ${row.date}` : '',
      '',
      `${row.title.en} — ${row.rule.en}`,
    ].filter((line, i, all) => line !== '' || i === all.length - 2).join('\n'),
    categories: [row.title.zh.replace(/（.*）$/, '')],
    alarmDaysBefore: row.category === 'deadline' ? 3 : 1,
  }));
}

/** The ICS text of deadline rows; `generatedAt` is the export instant. */
export function deadlinesIcs(rows: readonly DeadlineRow[], generatedAt: Date): string {
  return buildCalendar('卷宗 Dossier 期限', deadlineCalendarEntries(rows), generatedAt.toISOString());
}
