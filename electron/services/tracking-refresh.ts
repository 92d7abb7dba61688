import type Database from 'better-sqlite3';
import { limitationSummary } from '../../core/claim/limitation';
import type { ProgressEvent } from '../../core/progress';
import type { DerivedStatus } from '../../core/tracking/tracking-views';
import { createEvidenceSettingsRepository } from '../db/evidence-settings-repository';
import { createTrackingChunkReader } from '../db/tracking-chunk-reader';
import type { TrackingRepository } from '../db/tracking-repository';
import { deadlineToRow } from '../db/tracking-rows';
import type { DeadlineRow, TrackingRow } from '../db/tracking-rows';
import type { VersionedCalendar } from './holiday-calendar-source';
import { limitationOfRecords } from './limitation-of-records';
import { deriveSnapshot, trackingRowOf } from './tracking-sync';

/** Cases per chunk when refreshing to completion: one read of eleven queries and one write transaction each. */
export const refreshChunkSize = 1000;
/** Cases per chunk of the background job: small enough that a user call waits at most one chunk (well under a second). */
export const backgroundChunkSize = 200;
/** Up to this many stale cases are refreshed at once even in the background mode: a few milliseconds, and the next screen is exact. */
export const inlineRefreshLimit = 200;

type RefreshOptions = {
  db: Database.Database;
  repo: TrackingRepository;
  calendar: () => VersionedCalendar;
  today: () => string;
  timestamp: () => string;
  /** The app: large refreshes run in chunks between user calls. The CLI and tests: every refresh runs to completion. */
  background: boolean;
  reportProgress: (event: ProgressEvent) => void;
};

/** The same deadline rows, in any order (their columns compared, not their ids). */
function sameRows(stored: readonly DeadlineRow[], derived: readonly DeadlineRow[]): boolean {
  if (stored.length !== derived.length) return false;
  const key = (r: DeadlineRow) => [r.key, r.kind, r.category, r.due_date, r.nominal_date, r.skipped_json, r.done, r.basis_event_id, r.title_json, r.rule_json, r.warning_json].join('\u0000');
  const keys = new Set(stored.map(key));
  return keys.size === stored.length && derived.every((r) => keys.has(key(r)));
}

/** The same derived values (the refresh marks, calendar version and time are written for the whole chunk). */
function sameTracking(stored: TrackingRow | undefined, row: TrackingRow): boolean {
  if (!stored) return false;
  const keys = Object.keys(row) as (keyof TrackingRow)[];
  return keys.every((k) => k === 'stale' || k === 'calendar_version' || k === 'updated_at' || stored[k] === row[k]);
}

/**
 * Keeps case_tracking and case_deadlines up to date after whatever made them stale (a migration, an import,
 * an edit of the holiday calendar): set-based, a chunk of cases at a time — their records read with one query
 * per table, derived by the same core functions as the per-case sync (deriveSnapshot, the limitation engine
 * through limitationOfRecords), written in one transaction per chunk. In the background mode the chunks yield
 * to the event loop, so user calls answer from the rows as they are while the refresh proceeds.
 */
export function createDerivedRefresh(options: RefreshOptions) {
  const { db, repo, calendar } = options;
  const reader = createTrackingChunkReader(db);
  const settings = createEvidenceSettingsRepository(db);
  let checkedCalendar = '';
  let running = false;
  let stopped = false;
  let done = 0;
  let jobId = '';
  let pending: ReturnType<typeof setImmediate> | null = null;
  let waiters: (() => void)[] = [];

  /** A change of the calendar in force marks every case computed with another one stale (one scan per change). */
  function checkCalendar(): void {
    const { version } = calendar();
    if (version === checkedCalendar) return;
    repo.markCalendarStale(version);
    checkedCalendar = version;
  }

  /** Derives and writes one chunk of cases in one transaction; returns how many were written. */
  function refreshChunk(caseIds: readonly number[]): number {
    if (caseIds.length === 0) return 0;
    const today = options.today();
    const timestamp = options.timestamp();
    return db.transaction(() => {
      const versioned = calendar();
      const { dailyContactLimit } = settings.get();
      const chunk = reader.read(caseIds);
      // Every case of the chunk is fresh with this calendar now; only rows whose derived values changed are rewritten.
      repo.markFresh(caseIds, versioned.version, timestamp);
      for (const records of chunk) {
        const limitation = limitationOfRecords(records, dailyContactLimit, versioned.calendar, records.terms.plannedFilingDate || today);
        const snap = deriveSnapshot(records, limitationSummary(limitation), versioned.calendar, today);
        const row = trackingRowOf(snap, versioned.version, timestamp);
        if (!sameTracking(records.stored, row)) repo.upsertTracking(row);
        // Most refreshes (a calendar edit, an upgrade) change few dates: unchanged deadline rows stay as they are.
        if (!sameRows(records.storedDeadlines, snap.view.deadlines.map((d) => deadlineToRow(records.facts.id, d)))) {
          repo.replaceDeadlines(records.facts.id, snap.view.deadlines);
        }
      }
      return chunk.length;
    }).immediate();
  }

  /** Refreshes every stale case now, chunk after chunk; returns how many cases were refreshed. */
  function runToCompletion(): number {
    checkCalendar();
    let refreshed = 0;
    for (let ids = repo.nextStaleCaseIds(refreshChunkSize); ids.length > 0; ids = repo.nextStaleCaseIds(refreshChunkSize)) {
      refreshChunk(ids);
      refreshed += ids.length;
    }
    return refreshed;
  }

  function status(): DerivedStatus {
    const stale = repo.staleCount();
    return { stale, done: running ? done : 0, total: running ? done + stale : stale, running };
  }

  function report(): void {
    const { done: finished, total } = status();
    options.reportProgress({
      operation: 'derived:status', jobId, done: running ? finished : total, total,
      message: { zh: `正在更新统计数据（${finished.toLocaleString('en-US')}/${total.toLocaleString('en-US')}）`, en: `Updating the statistics (${finished.toLocaleString('en-US')}/${total.toLocaleString('en-US')})` },
    });
  }

  function finish(): void {
    running = false;
    pending = null;
    const resolved = waiters;
    waiters = [];
    for (const resolve of resolved) resolve();
  }

  /** One step of the background job: the next chunk, then a yield to the event loop. */
  function step(): void {
    pending = null;
    if (stopped) return finish();
    try {
      checkCalendar();
      const ids = repo.nextStaleCaseIds(backgroundChunkSize);
      if (ids.length === 0) {
        report();
        return finish();
      }
      done += refreshChunk(ids);
      report();
      pending = setImmediate(step);
    } catch {
      // A refresh that fails (the database closed under it, a record core refuses) stops here; the next user
      // call starts it again, and in the CLI the same error reaches the user through runToCompletion.
      finish();
    }
  }

  function startJob(): void {
    if (running || stopped) return;
    running = true;
    done = 0;
    jobId = `derived-${Date.now().toString(36)}`;
    pending = setImmediate(step);
  }

  return {
    runToCompletion,
    status,
    /**
     * What a user call does first: in the CLI and tests, refresh every stale case now; in the app, refresh a
     * handful at once and leave more to the background job (started here if it is not running).
     */
    refreshStale(): number {
      if (!options.background) return runToCompletion();
      if (running) return 0;
      checkCalendar();
      const stale = repo.staleCount();
      if (stale === 0) return 0;
      if (stale <= inlineRefreshLimit) return runToCompletion();
      startJob();
      return 0;
    },
    /** Resolves when the background job (if any) has finished. */
    whenIdle(): Promise<void> {
      return running ? new Promise((resolve) => waiters.push(resolve)) : Promise.resolve();
    },
    /** Stops the background job before the database closes; a chunk in progress has committed or not at all. */
    stop(): void {
      stopped = true;
      if (pending) clearImmediate(pending);
      finish();
    },
  };
}
export type DerivedRefresh = ReturnType<typeof createDerivedRefresh>;
