import { useState } from 'react';
import type { DataFolderCheck } from '../../../core/settings/settings-operations';
import { call } from '../../api';
import { useConfirm } from '../../components/use-confirm';
import { useText } from '../../i18n/use-text';
import { RestartButton } from './RestartButton';
import type { SettingsSectionProps } from './settings-section';

/** 数据文件夹: the folder in use, the one set for the next start, and changing it (a checked folder, confirmed). */
export function DataFolderSection({ view, save }: SettingsSectionProps) {
  const { t, pick } = useText();
  const { ask, dialog } = useConfirm();
  const [typing, setTyping] = useState(false);
  const [typed, setTyped] = useState('');
  const [error, setError] = useState('');
  const next = view.installation.dataFolder;
  const pending = next !== null && next !== view.openDataFolder;

  async function useFolder(check: DataFolderCheck) {
    const message = t(check.contents === 'empty' ? 'prefs.data.confirmEmpty' : 'prefs.data.confirmExisting', { path: check.path });
    if (!(await ask({ title: t('prefs.data.confirmTitle'), message, confirmLabel: t('prefs.data.confirm') }))) return;
    const refused = await save({ dataFolder: check.path });
    setError(refused ? pick(refused.message) : '');
    if (!refused) setTyping(false);
  }

  async function change() {
    setError('');
    const result = await call('settings:choose-data-folder', {});
    if (!result.ok) return setError(pick(result.error.message));
    if (!result.value.dialogAvailable) return setTyping(true);
    if (result.value.chosen) await useFolder(result.value.chosen);
  }

  async function checkTyped() {
    const result = await call('settings:choose-data-folder', { path: typed });
    if (!result.ok) return setError(pick(result.error.message));
    if (result.value.chosen) await useFolder(result.value.chosen);
  }

  async function backToDefault() {
    if (!(await ask({ title: t('prefs.data.confirmTitle'), message: t('prefs.data.confirmDefault'), confirmLabel: t('prefs.data.confirm') }))) return;
    const refused = await save({ dataFolder: null });
    setError(refused ? pick(refused.message) : '');
  }

  return (
    <section className="panel" aria-labelledby="prefs-data-title">
      <h2 id="prefs-data-title">{t('prefs.data.title')}</h2>
      {view.installationNotice && <p className="alert" role="alert">{pick(view.installationNotice)}</p>}
      <dl className="facts">
        <dt>{t('prefs.data.current')}</dt>
        <dd className="nav-path">{view.openDataFolder}</dd>
        {pending && (<><dt>{t('prefs.data.next')}</dt><dd className="nav-path">{next}</dd></>)}
      </dl>
      {pending && (
        <p className="notice" role="status">{t('prefs.data.pending', { path: next })} <RestartButton /></p>
      )}
      <p className="field-hint">{t('prefs.data.rule')}</p>
      {!view.installationWritable && <p className="muted">{t('prefs.data.readonly')}</p>}
      {view.installationWritable && (
        <div className="form-actions">
          <button type="button" className="button" onClick={() => void change()}>{t('prefs.data.change')}</button>
          {next !== null && <button type="button" className="button" onClick={() => void backToDefault()}>{t('prefs.data.useDefault')}</button>}
        </div>
      )}
      {typing && (
        <div className="form-grid">
          <label className="field">
            <span className="field-label">{t('prefs.data.typed')}</span>
            <input className="input" name="dataFolder" value={typed} onChange={(e) => setTyped(e.target.value)} />
          </label>
          <div className="form-actions">
            <button type="button" className="button" disabled={typed.trim() === ''} onClick={() => void checkTyped()}>{t('prefs.data.check')}</button>
          </div>
        </div>
      )}
      {error && <p className="alert" role="alert">{error}</p>}
      {dialog}
    </section>
  );
}
