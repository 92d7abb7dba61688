import type { Handlers, ParsedInput } from '../../core/contract';
import { addDays } from '../../core/calendar/date-arithmetic';
import { enforcementDeadlineFrom } from '../../core/tracking/decision-dates';
import { parseCalendarDate } from '../../core/calendar/chinese-date';
import { writeFileAtomic } from './atomic-write';
import { deadlinesIcs } from './calendar-export-ics';
import { exportTarget } from './export-target';
import type { ServiceContext } from './service-context';
import { trackingStoreOf } from './tracking-store';

/** Handlers for the deadlines page, its calendar export and the enforcement-deadline calculator. */
export function createDeadlineHandlers(context: ServiceContext) {
  const store = trackingStoreOf(context);
  const { clock, queries } = store;

  function list(filter: ParsedInput<'deadline:list'>) {
    store.refreshStale();
    const today = clock.today();
    const until = filter.withinDays === null ? '' : addDays(today, filter.withinDays);
    const result = queries.deadlineRows({
      today, until, owner: filter.owner, court: filter.court, branch: filter.branch, kinds: filter.kinds, limit: filter.limit,
    });
    return { today, ...result, ...queries.filterValues() };
  }

  return {
    'deadline:list': (filter) => list(filter),

    'deadline:export-calendar': async ({ path: requested, ...filter }) => {
      const path = await exportTarget(context, requested, 'deadlines', 'ics');
      if (path === null) return { path: '', count: 0, cancelled: true as const };
      const { rows } = list(filter);
      writeFileAtomic(path, Buffer.from(deadlinesIcs(rows, context.now()), 'utf8'));
      context.revealFolder(path);
      return { path, count: rows.length };
    },

    'calc:enforcement-deadline': ({ lastPerformanceDay }) => {
      parseCalendarDate(lastPerformanceDay, 'lastPerformanceDay');
      return enforcementDeadlineFrom(lastPerformanceDay, store.calendar().calendar, null);
    },
  } satisfies Partial<Handlers>;
}
