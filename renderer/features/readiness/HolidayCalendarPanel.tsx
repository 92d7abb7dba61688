import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import type { HolidayCalendarView } from '../../../core/claim/claim-operations';
import type { HolidayDayKind } from '../../../core/claim/holiday-edits';
import type { ErrorPayload } from '../../../core/errors';
import { call } from '../../api';
import { useText } from '../../i18n/use-text';
import { DateField } from '../../components/DateField';
import { useConfirm } from '../../components/use-confirm';
import { useToast } from '../../components/Toast';

/** The editable holiday calendar: the bundled years, the user's added years and day edits, and the weekend setting. */
export function HolidayCalendarPanel({ onChanged }: { onChanged: () => void }) {
  const { t, pick } = useText();
  const { ask, dialog } = useConfirm();
  const toast = useToast();
  const [view, setView] = useState<HolidayCalendarView | null>(null);
  const [error, setError] = useState<ErrorPayload | null>(null);
  const [year, setYear] = useState({ year: '', source: '' });
  const [day, setDay] = useState({ date: '', kind: 'holiday' as HolidayDayKind, note: '' });

  useEffect(() => {
    void call('holiday:get', {}).then((r) => (r.ok ? setView(r.value) : setError(r.error)));
  }, []);

  function done(result: Awaited<ReturnType<typeof call<'holiday:get'>>>) {
    if (!result.ok) return setError(result.error);
    setError(null);
    setView(result.value);
    toast.show({ text: t('saved.toast'), kind: 'success' });
    onChanged();
  }
  async function addYear(e: FormEvent) {
    e.preventDefault();
    done(await call('holiday:add-year', { year: Number(year.year), source: year.source }));
  }
  async function setDayKind(e: FormEvent) {
    e.preventDefault();
    done(await call('holiday:set-day', day));
  }

  async function clearDay(date: string, kind: string) {
    const sure = await ask({ title: t('holidays.clearTitle'), message: t('holidays.clearMessage', { date, kind }), confirmLabel: t('holidays.clear') });
    if (sure) done(await call('holiday:clear-day', { date }));
  }

  return (
    <section className="panel holidays" id="holiday-calendar" tabIndex={-1} aria-labelledby="holidays-title">
      {dialog}
      <h2 id="holidays-title">{t('holidays.title')}</h2>
      <p className="muted">{t('holidays.hint')}</p>
      {error && <p className="alert" role="alert">{pick(error.message)}</p>}
      {view && (
        <>
          <ul className="holiday-years">
            {view.calendar.years.map((y) => (
              <li key={y.year} data-year={y.year}>
                <strong>{y.year}</strong> · {view.bundledYears.includes(y.year) ? t('holidays.bundled') : t('holidays.userYear')} · {t('holidays.count', { holidays: y.holidays.length, workdays: y.workdays.length })}
                <br /><span className="small muted">{y.source}</span>
              </li>
            ))}
          </ul>
          <label className="checkbox">
            <input type="checkbox" name="holidays.weekends" checked={view.calendar.weekendsAreRestDays}
              onChange={async (e) => done(await call('holiday:set-weekends', { weekendsAreRestDays: e.target.checked }))} /> {t('holidays.weekends')}
          </label>
          {view.edits.days.length > 0 && (
            <>
              <h3>{t('holidays.edits')}</h3>
              <ul>
                {view.edits.days.map((d) => (
                  <li key={d.date}>{d.date} → {t(`holidays.kind.${d.kind}`)} {d.note} <button type="button" className="button button-small" onClick={() => void clearDay(d.date, t(`holidays.kind.${d.kind}`))}>{t('holidays.clear')}</button></li>
                ))}
              </ul>
            </>
          )}
        </>
      )}
      <form className="form-section" onSubmit={(e) => void addYear(e)}>
        <div className="form-grid">
          <label className="field"><span className="field-label">{t('holidays.year')}</span><input className="input num" name="holidays.year" inputMode="numeric" value={year.year} onChange={(e) => setYear({ ...year, year: e.target.value })} /></label>
          <label className="field field-wide"><span className="field-label">{t('holidays.source')}</span><input className="input" name="holidays.source" value={year.source} onChange={(e) => setYear({ ...year, source: e.target.value })} /></label>
        </div>
        <button type="submit" className="button">{t('holidays.addYear')}</button>
      </form>
      <form className="form-section" onSubmit={(e) => void setDayKind(e)}>
        <div className="form-grid">
          <label className="field"><span className="field-label">{t('holidays.date')}</span><DateField name="holidays.date" value={day.date} onChange={(v) => setDay({ ...day, date: v })} /></label>
          <label className="field">
            <span className="field-label">{t('holidays.kind')}</span>
            <select className="input" name="holidays.kind" value={day.kind} onChange={(e) => setDay({ ...day, kind: e.target.value as HolidayDayKind })}>
              <option value="holiday">{t('holidays.kind.holiday')}</option>
              <option value="workday">{t('holidays.kind.workday')}</option>
              <option value="normal">{t('holidays.kind.normal')}</option>
            </select>
          </label>
        </div>
        <button type="submit" className="button">{t('holidays.setDay')}</button>
      </form>
    </section>
  );
}
