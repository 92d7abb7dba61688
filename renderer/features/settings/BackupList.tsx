import type { BackupSummary } from '../../../core/backup/backup-model';
import { formatBytes, formatTimestamp } from '../../components/format-time';
import { useText } from '../../i18n/use-text';

/** The complete backups in the backup folder, newest first, each with a 恢复 button. */
export function BackupList({ backups, disabled, onRestore }: { backups: BackupSummary[]; disabled: boolean; onRestore: (backup: BackupSummary) => void }) {
  const { t } = useText();
  if (backups.length === 0) return <p className="empty">{t('prefs.backup.empty')}</p>;
  return (
    <div className="table-wrap">
      <table className="table">
        <caption className="visually-hidden">{t('prefs.backup.list')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('prefs.backup.col.time')}</th>
            <th scope="col">{t('prefs.backup.col.size')}</th>
            <th scope="col">{t('prefs.backup.col.files')}</th>
            <th scope="col">{t('prefs.backup.col.version')}</th>
            <th scope="col">{t('common.actions')}</th>
          </tr>
        </thead>
        <tbody>
          {backups.map((backup) => (
            <tr key={backup.path}>
              <td className="nowrap">{formatTimestamp(backup.createdAt)}</td>
              <td className="num nowrap">{formatBytes(backup.sizeBytes)}</td>
              <td className="num">
                {backup.unavailableFileCount > 0
                  ? t('prefs.backup.filesMissing', { count: backup.fileCount, missing: backup.unavailableFileCount })
                  : t('prefs.backup.files', { count: backup.fileCount })}
              </td>
              <td>{backup.appVersion}</td>
              <td>
                <button type="button" className="button button-small" disabled={disabled} onClick={() => onRestore(backup)}>{t('prefs.backup.restore')}</button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
