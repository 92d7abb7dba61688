import type { Handlers } from '../../core/contract';
import { addDays } from '../../core/calendar/date-arithmetic';
import type { Dashboard } from '../../core/tracking/tracking-views';
import { agingBuckets } from '../db/tracking-queries';
import { writeFileAtomic } from './atomic-write';
import { dashboardWorkbook } from './dashboard-xlsx';
import { exportTarget } from './export-target';
import type { ServiceContext } from './service-context';
import { trackingStoreOf } from './tracking-store';

/** Handlers for the legal-ops dashboard and its XLSX export. */
export function createDashboardHandlers(context: ServiceContext) {
  const store = trackingStoreOf(context);
  const { clock, queries } = store;

  /** Every figure from grouped SQL over case_tracking and case_deadlines (covering indexes, one scan per grouping; see bench/dashboard). */
  function dashboard(): Dashboard {
    store.refreshStale();
    const today = clock.today();
    const weekEnd = addDays(today, 6);
    const { totals, byStage, aging } = queries.stageSummary(today);
    const week = queries.weekCounts(today, weekEnd);
    const soonest = queries.soonestDeadlines({ today, until: weekEnd, owner: '', court: '', branch: '', kinds: [], limit: 20 });
    return {
      today,
      totals: {
        cases: totals.cases, claimedFen: totals.claimed_fen, recoveredFen: totals.recovered_fen, costsFen: totals.costs_fen,
        netFen: totals.recovered_fen - totals.costs_fen,
      },
      byStage,
      byBranch: queries.byBranch(),
      byCourt: queries.byCourt(),
      aging,
      agingBuckets,
      deadlines: { dueThisWeek: week.due_this_week, overdue: week.overdue, soonest },
    };
  }

  return {
    'dashboard:get': () => dashboard(),

    // Starts the refresh if something is stale (the dashboard polls this while it shows the progress bar).
    'derived:status': () => {
      store.refreshStale();
      return store.derivedStatus();
    },

    'dashboard:export': async ({ path: requested }) => {
      const path = await exportTarget(context, requested, 'dashboard', 'xlsx');
      if (path === null) return { path: '', cancelled: true as const };
      const data = dashboard();
      const open = queries.deadlineRows({ today: data.today, until: '', owner: '', court: '', branch: '', kinds: [], limit: 100_000 }).rows;
      const bytes = await dashboardWorkbook(data, open, context.now());
      writeFileAtomic(path, bytes);
      context.revealFolder(path);
      return { path };
    },
  } satisfies Partial<Handlers>;
}
