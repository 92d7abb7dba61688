import { useState } from 'react';
import type { CaseTracking } from '../../../core/tracking/tracking-views';
import { call } from '../../api';
import { useText } from '../../i18n/use-text';
import { eventKey, stageKey } from './labels';
import { useConfirm } from '../../components/use-confirm';

type EventTimelineProps = { tracking: CaseTracking; onChanged: (next: CaseTracking, message: string) => void };

/** The events of a case, newest first; the latest can be undone, an attachment shown in its folder. */
export function EventTimeline({ tracking, onChanged }: EventTimelineProps) {
  const { t, pick } = useText();
  const { ask, dialog } = useConfirm();
  const [message, setMessage] = useState('');
  const [error, setError] = useState('');
  const latest = tracking.events.at(-1);

  async function undo(eventId: number) {
    const event = tracking.events.find((e) => e.id === eventId);
    if (!event) return;
    const name = t(eventKey(event.type));
    const stage = t(stageKey(event.stageBefore as Parameters<typeof stageKey>[0]));
    const sure = await ask({
      title: t('tracking.undoTitle'),
      message: event.stageAfter !== event.stageBefore
        ? t('tracking.undoMessage', { date: event.date, event: name, stage })
        : t('tracking.undoMessageSameStage', { date: event.date, event: name, stage }),
      confirmLabel: t('tracking.undoConfirm'),
    });
    if (!sure) return;
    const result = await call('event:undo', { caseId: tracking.caseId, eventId });
    if (!result.ok) return setError(pick(result.error.message));
    setError('');
    onChanged(result.value, t('tracking.undone'));
  }

  async function reveal(eventId: number) {
    const result = await call('event:reveal-attachment', { eventId });
    if (!result.ok) return setError(pick(result.error.message));
    setMessage(t('tracking.attachmentAt', { path: result.value.path }));
  }

  return (
    <section className="panel" aria-labelledby="tracking-timeline-title">
      {dialog}
      <h2 id="tracking-timeline-title">{t('tracking.timeline')}</h2>
      {error && <p className="alert" role="alert">{error}</p>}
      {message && <p className="notice" role="status">{message}</p>}
      {tracking.events.length === 0 ? <p className="muted">{t('tracking.noEvents')}</p> : (
        <ol className="timeline">
          {[...tracking.events].reverse().map((event) => (
            <li key={event.id} className="timeline-item" data-event-type={event.type}>
              <span className="timeline-date mono">{event.date}</span>
              <span className="timeline-title">{t(eventKey(event.type))}</span>
              {event.stageAfter !== event.stageBefore && (
                <span className="timeline-stage">→ {t(stageKey(event.stageAfter as Parameters<typeof stageKey>[0]))}</span>
              )}
              {event.details.courtCaseNumber && <span className="timeline-detail">{event.details.courtCaseNumber}</span>}
              {event.details.enforcementCaseNumber && <span className="timeline-detail">{event.details.enforcementCaseNumber}</span>}
              {event.note && <p className="timeline-note">{event.note}</p>}
              <span className="timeline-actions">
                {event.attachment && (
                  <button type="button" className="link-button" onClick={() => void reveal(event.id)}>
                    {t('tracking.openAttachment')}（{event.attachment.fileName}）
                  </button>
                )}
                {latest?.id === event.id && (
                  <button type="button" className="button button-small button-danger-quiet" onClick={() => void undo(event.id)}>{t('tracking.undo')}</button>
                )}
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
