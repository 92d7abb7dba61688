import { useEffect, useRef } from 'react';
import type { ErrorPayload } from '../../core/errors';
import { useText } from '../i18n/use-text';
import { ErrorSummary } from './ErrorSummary';
import './error-panel.css';

/**
 * A failed operation's error in the page: the message after `title`, its details listed under it, scrolled into
 * view and focused when it appears, so a paralegal never misses that something was not done.
 */
export function ErrorPanel({ title, error }: { title: string; error: ErrorPayload | null }) {
  const { pick } = useText();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!error || !ref.current) return;
    ref.current.scrollIntoView({ block: 'center' });
    ref.current.focus();
  }, [error]);

  if (!error) return null;
  return (
    <div ref={ref} tabIndex={-1} className="error-panel">
      <ErrorSummary title={`${title} ${pick(error.message)}`} items={error.details.map((detail) => ({ fieldLabel: detail.label, message: detail.message }))} />
    </div>
  );
}
