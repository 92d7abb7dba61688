import { useEffect, useState } from 'react';
import type { ProgressEvent } from '../../../core/progress';
import { subscribeProgress } from '../../api';

/** The latest progress event of the given operations while `active`; null before the first one and when idle. */
export function useOperationProgress(operations: readonly string[], active: boolean): ProgressEvent | null {
  const [latest, setLatest] = useState<ProgressEvent | null>(null);
  const key = operations.join(' ');
  useEffect(() => {
    if (!active) {
      setLatest(null);
      return undefined;
    }
    const wanted = new Set(key.split(' '));
    return subscribeProgress((event) => {
      if (wanted.has(event.operation)) setLatest(event);
    });
  }, [key, active]);
  return latest;
}
