import { useCallback, useEffect, useState } from 'react';
import type { BatchJobView } from '../../../core/batch/batch-operations';
import type { ErrorPayload } from '../../../core/errors';
import { call, subscribeProgress } from '../../api';

/** How often a running job's status is read again (its progress events come in between). */
const pollMs = 1000;
/** The soonest a progress event refreshes the status again. */
const eventRefreshMs = 250;

/** What the page knows of one job: its latest view, or the error reading it. */
export type BatchJobWatch = {
  job: BatchJobView | null;
  error: ErrorPayload | null;
  /** Replaces the view with one an action (pause, resume, cancel) returned. */
  setJob: (job: BatchJobView) => void;
};

/**
 * Watches a batch job: while it runs its status is read every second and soon after each of its progress
 * events, so the bar, failures, not-ready cases, ETA, current case and finally the manifest stay current.
 */
export function useBatchJob(jobId: string | null): BatchJobWatch {
  const [job, setJobState] = useState<BatchJobView | null>(null);
  const [error, setError] = useState<ErrorPayload | null>(null);
  const [tick, setTick] = useState(0);
  const setJob = useCallback((next: BatchJobView) => setJobState(next), []);

  useEffect(() => {
    setJobState(null);
    setError(null);
  }, [jobId]);

  useEffect(() => {
    if (!jobId) return;
    let live = true;
    void call('batch:status', { jobId }).then((result) => {
      if (!live) return;
      if (result.ok) {
        setJobState(result.value);
        setError(null);
      } else setError(result.error);
    });
    return () => {
      live = false;
    };
  }, [jobId, tick]);

  const running = job?.state === 'running' || job?.state === 'queued';
  useEffect(() => {
    if (!jobId || !running) return;
    const timer = setInterval(() => setTick((n) => n + 1), pollMs);
    // A progress event asks for a fresh status soon, at most every eventRefreshMs, so the counts stay one source.
    let pending: ReturnType<typeof setTimeout> | null = null;
    const unsubscribe = subscribeProgress((event) => {
      if (event.jobId !== jobId || pending) return;
      pending = setTimeout(() => {
        pending = null;
        setTick((n) => n + 1);
      }, eventRefreshMs);
    });
    return () => {
      clearInterval(timer);
      if (pending) clearTimeout(pending);
      unsubscribe();
    };
  }, [jobId, running]);

  return { job, error, setJob };
}
