import type { Deadline } from '../../../core/tracking/derive-deadlines';
import { useText } from '../../i18n/use-text';
import { DeadlineRule } from './DeadlineRule';

/** A case's derived dates with the rule behind each (open ones first, by date). */
export function CaseDeadlines({ deadlines, today }: { deadlines: Deadline[]; today: string }) {
  const { t, pick } = useText();
  return (
    <section className="panel" aria-labelledby="tracking-deadlines-title">
      <h2 id="tracking-deadlines-title">{t('tracking.deadlines')}</h2>
      {deadlines.length === 0 ? <p className="muted">{t('tracking.noDeadlines')}</p> : (
        <div className="table-wrap">
          <table className="table deadline-table">
            <thead>
              <tr>
                <th scope="col">{t('tracking.col.date')}</th>
                <th scope="col">{t('tracking.col.item')}</th>
                <th scope="col">{t('tracking.col.status')}</th>
                <th scope="col">{t('tracking.col.rule')}</th>
              </tr>
            </thead>
            <tbody>
              {deadlines.map((d) => {
                const overdue = !d.done && d.category === 'deadline' && d.date < today;
                return (
                  <tr key={d.key} data-deadline-kind={d.kind} className={d.done ? 'deadline-done' : overdue ? 'deadline-overdue' : undefined}>
                    <td className="nowrap mono">{d.date}</td>
                    <th scope="row">{pick(d.title)}</th>
                    <td className="nowrap">{d.done ? t('tracking.done') : overdue ? t('tracking.overdue') : t('tracking.open')}</td>
                    <DeadlineRule rule={d.rule} nominal={d.nominal} skipped={d.skipped} calendarWarning={d.calendarWarning} />
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
