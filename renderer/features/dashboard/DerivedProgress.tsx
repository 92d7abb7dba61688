import { useEffect, useRef, useState } from 'react';
import type { DerivedStatus } from '../../../core/tracking/tracking-views';
import { call, subscribeProgress } from '../../api';
import { useText } from '../../i18n/use-text';

/**
 * "正在更新统计数据 12,000/100,000" with a progress bar while the background refresh of the statistics runs
 * (after an upgrade, an import or a holiday-calendar edit); nothing otherwise. Asks derived:status once,
 * which also starts the refresh, then follows its progress events; `onFinished` lets the page reload.
 */
export function DerivedProgress({ onFinished }: { onFinished?: () => void }) {
  const { t } = useText();
  const [status, setStatus] = useState<DerivedStatus | null>(null);
  const finished = useRef(onFinished);
  finished.current = onFinished;
  const wasRunning = useRef(false);

  // The refresh has just ended: the page reloads its figures once.
  useEffect(() => {
    if (!status) return;
    if (wasRunning.current && !status.running) finished.current?.();
    wasRunning.current = status.running;
  }, [status]);

  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = () => {
      void call('derived:status', {}).then((result) => {
        if (!live || !result.ok) return;
        setStatus(result.value);
        if (result.value.running) timer = setTimeout(poll, 1000);
      });
    };
    poll();
    const unsubscribe = subscribeProgress((event) => {
      if (!live || event.operation !== 'derived:status') return;
      setStatus({ stale: event.total - event.done, done: event.done, total: event.total, running: event.done < event.total });
    });
    return () => {
      live = false;
      if (timer) clearTimeout(timer);
      unsubscribe();
    };
  }, []);

  if (!status?.running) return null;
  const done = status.done.toLocaleString('en-US');
  const total = status.total.toLocaleString('en-US');
  return (
    <p className="derived-progress" role="status">
      <span>{t('dashboard.updating', { done, total })}</span>{' '}
      <progress max={status.total} value={status.done} aria-label={t('dashboard.updatingLabel')} />
    </p>
  );
}
