import { readFileSync } from 'node:fs';
import type { HolidayCalendar } from '../../core/calendar/holiday-calendar';
import type { CaseEvent, EventDetails, EventType } from '../../core/tracking/event-types';

/** The bundled holiday calendar (templates/data/holidays.json), as the app loads it. */
export const bundledCalendar = JSON.parse(readFileSync(new URL('../../templates/data/holidays.json', import.meta.url), 'utf8')) as HolidayCalendar;

/** Builds a list of stored events for core tests: ids in order, stages filled in by the caller where it matters. */
export function eventList(...items: [EventType, string, EventDetails?, { stageBefore?: string; stageAfter?: string }?][]): CaseEvent[] {
  return items.map(([type, date, details, stages], i) => ({
    id: i + 1, caseId: 1, type, date, details: details ?? {}, note: '',
    stageBefore: stages?.stageBefore ?? 'x', stageAfter: stages?.stageAfter ?? 'x',
    attachment: null, actor: 'test', createdAt: `${date}T10:00:00.000+08:00`,
  }));
}
