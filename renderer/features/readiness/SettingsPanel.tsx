import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import type { ReadinessSettings } from '../../../core/evidence/readiness-operations';
import type { ErrorPayload } from '../../../core/errors';
import { call } from '../../api';
import { useText } from '../../i18n/use-text';

/** The evidence file size limit and the daily contact limit (C5). */
export function SettingsPanel({ onChanged }: { onChanged: () => void }) {
  const { t, pick } = useText();
  const [settings, setSettings] = useState<ReadinessSettings | null>(null);
  const [error, setError] = useState<ErrorPayload | null>(null);
  const [notice, setNotice] = useState('');

  useEffect(() => {
    void call('readiness:get-settings', {}).then((r) => (r.ok ? setSettings(r.value) : setError(r.error)));
  }, []);

  async function save(e: FormEvent) {
    e.preventDefault();
    if (!settings) return;
    const result = await call('readiness:save-settings', { settings });
    if (!result.ok) return setError(result.error);
    setError(null);
    setNotice(t('settings.saved'));
    onChanged();
  }
  if (!settings) return null;
  return (
    <form className="panel" onSubmit={(e) => void save(e)} aria-labelledby="settings-title">
      <h2 id="settings-title">{t('settings.title')}</h2>
      {error && <p className="alert" role="alert">{pick(error.message)}</p>}
      <div className="form-grid">
        <label className="field"><span className="field-label">{t('settings.maxFile')}</span><input className="input num" type="number" min={1} max={200} name="settings.maxFileMegabytes" value={settings.maxFileMegabytes} onChange={(e) => setSettings({ ...settings, maxFileMegabytes: Number(e.target.value) })} /></label>
        <label className="field"><span className="field-label">{t('settings.dailyLimit')}</span><input className="input num" type="number" min={1} max={50} name="settings.dailyContactLimit" value={settings.dailyContactLimit} onChange={(e) => setSettings({ ...settings, dailyContactLimit: Number(e.target.value) })} /></label>
      </div>
      <div className="form-actions">
        <button type="submit" className="button">{t('common.save')}</button>
        {notice && <span className="notice-inline" role="status">{notice}</span>}
      </div>
    </form>
  );
}
