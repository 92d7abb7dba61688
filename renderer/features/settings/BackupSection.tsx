import { useCallback, useEffect, useState } from 'react';
import type { BackupSummary, RestoreResult } from '../../../core/backup/backup-model';
import type { BackupSchedule } from '../../../core/settings/settings-operations';
import { call } from '../../api';
import { formatBytes, formatTimestamp } from '../../components/format-time';
import { useConfirm } from '../../components/use-confirm';
import { useText } from '../../i18n/use-text';
import { BackupList } from './BackupList';
import { RestartButton } from './RestartButton';
import type { SettingsSectionProps } from './settings-section';
import { useOperationProgress } from './use-operation-progress';

type Message = { kind: 'notice' | 'alert'; text: string };

/** The schedules in the order offered; the record makes a schedule missing here a compile error (the renderer takes only types from core). */
const scheduleOrder = { off: 0, 'on-start': 1, daily: 2, weekly: 3 } satisfies Record<BackupSchedule, number>;
const backupSchedules = (Object.keys(scheduleOrder) as BackupSchedule[]).sort((a, b) => scheduleOrder[a] - scheduleOrder[b]);
/** The count the services accept (they check it again). */
const backupsKeptRange = { min: 1, max: 100 };

/** 备份: the schedule, folder and count; 立即备份 with its progress; the backups in the folder and restoring one. */
export function BackupSection({ view, save }: SettingsSectionProps) {
  const { t, pick } = useText();
  const { ask, dialog } = useConfirm();
  const [schedule, setSchedule] = useState<BackupSchedule>(view.backupSchedule);
  const [folder, setFolder] = useState(view.backupFolder ?? '');
  const [keep, setKeep] = useState(String(view.backupsKept));
  const [backups, setBackups] = useState<BackupSummary[] | null>(null);
  const [working, setWorking] = useState<'save' | 'backup' | 'restore' | null>(null);
  const [message, setMessage] = useState<Message | null>(null);
  const [restored, setRestored] = useState<{ result: RestoreResult; time: string } | null>(null);
  const progress = useOperationProgress(['backup:create', 'backup:restore'], working === 'backup' || working === 'restore');

  const loadBackups = useCallback(() => {
    void call('backup:list', {}).then((result) => {
      if (result.ok) setBackups(result.value);
      else setMessage({ kind: 'alert', text: pick(result.error.message) });
    });
  }, [pick]);
  useEffect(loadBackups, [loadBackups, view.effectiveBackupFolder]);

  async function submit() {
    setWorking('save');
    const refused = await save({ backupSchedule: schedule, backupFolder: folder.trim() === '' ? null : folder.trim(), backupsKept: Number(keep) });
    setWorking(null);
    setMessage(refused ? { kind: 'alert', text: pick(refused.message) } : { kind: 'notice', text: t('prefs.saved') });
  }

  async function backupNow() {
    setWorking('backup');
    setMessage(null);
    const result = await call('backup:create', {});
    setWorking(null);
    if (!result.ok) return setMessage({ kind: 'alert', text: pick(result.error.message) });
    setMessage({ kind: 'notice', text: t('prefs.backup.done', { time: formatTimestamp(result.value.createdAt), size: formatBytes(result.value.sizeBytes) }) });
    loadBackups();
  }

  async function restore(backup: BackupSummary) {
    const time = formatTimestamp(backup.createdAt);
    const yes = await ask({ title: t('prefs.backup.restoreTitle'), message: t('prefs.backup.restoreMessage', { time }), confirmLabel: t('prefs.backup.restoreConfirm') });
    if (!yes) return;
    setWorking('restore');
    setMessage(null);
    const result = await call('backup:restore', { path: backup.path });
    setWorking(null);
    if (!result.ok) return setMessage({ kind: 'alert', text: pick(result.error.message) });
    setRestored({ result: result.value, time });
  }

  const busy = working !== null;
  return (
    <section className="panel" aria-labelledby="prefs-backup-title">
      <h2 id="prefs-backup-title">{t('prefs.backup.title')}</h2>
      <div className="form-grid">
        <label className="field">
          <span className="field-label">{t('prefs.backup.schedule')}</span>
          <select className="input" name="backupSchedule" value={schedule} onChange={(e) => setSchedule(e.target.value as BackupSchedule)}>
            {backupSchedules.map((s) => <option key={s} value={s}>{t(`prefs.backup.schedule.${s}`)}</option>)}
          </select>
        </label>
        <label className="field">
          <span className="field-label">{t('prefs.backup.folder')}</span>
          <input className="input" name="backupFolder" value={folder} placeholder={view.effectiveBackupFolder} onChange={(e) => setFolder(e.target.value)} />
          <span className="field-hint">{t('prefs.backup.folderHint')}</span>
        </label>
        <label className="field">
          <span className="field-label">{t('prefs.backup.keep')}</span>
          <input className="input num" type="number" name="backupsKept" min={backupsKeptRange.min} max={backupsKeptRange.max} value={keep} onChange={(e) => setKeep(e.target.value)} />
        </label>
      </div>
      <div className="form-actions">
        <button type="button" className="button button-primary" disabled={busy} onClick={() => void submit()}>{working === 'save' ? t('prefs.saving') : t('prefs.save')}</button>
        <button type="button" className="button" disabled={busy} onClick={() => void backupNow()}>{working === 'backup' ? t('prefs.backup.running') : t('prefs.backup.now')}</button>
      </div>
      {(working === 'backup' || working === 'restore') && (
        <p className="notice" role="status">
          {progress ? pick(progress.message) : t(working === 'backup' ? 'prefs.backup.running' : 'prefs.backup.restoring')}{' '}
          <progress max={progress?.total ?? 100} value={progress?.done ?? 0} aria-label={t(working === 'backup' ? 'prefs.backup.running' : 'prefs.backup.restoring')} />
        </p>
      )}
      {message && <p className={message.kind} role={message.kind === 'notice' ? 'status' : 'alert'}>{message.text}</p>}
      {restored && (
        <div className="notice" role="status">
          <p>{t('prefs.backup.restored', { time: restored.time, kept: restored.result.replacedCopy ?? '' })}</p>
          {restored.result.filesRestored > 0 && <p>{t('prefs.backup.restoredFiles', { count: restored.result.filesRestored })}</p>}
          {restored.result.filesMissing.length > 0 && <p>{t('prefs.backup.restoredMissing', { count: restored.result.filesMissing.length })}</p>}
          <RestartButton />
        </div>
      )}
      <h3>{t('prefs.backup.list')}</h3>
      <p className="muted nav-path">{view.effectiveBackupFolder}</p>
      {backups === null ? <p className="muted">{t('common.loading')}</p> : <BackupList backups={backups} disabled={busy || restored !== null} onRestore={(b) => void restore(b)} />}
      {dialog}
    </section>
  );
}
