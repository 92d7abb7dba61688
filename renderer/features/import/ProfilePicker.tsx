import { useEffect, useState } from 'react';
import type { ErrorPayload } from '../../../core/errors';
import type { CaseImportMapping, ImportProfile } from '../../../core/import/import-operations';
import { call } from '../../api';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { ErrorPanel } from '../../components/ErrorPanel';
import { useText } from '../../i18n/use-text';

type ProfilePickerProps = {
  mapping: CaseImportMapping;
  /** Applies a saved profile's mapping; null goes back to the suggested one. */
  onApply: (profile: ImportProfile | null) => void;
};

/** Choose a saved 导入方案 to apply, save the current mapping under a name, or delete the chosen one. */
export function ProfilePicker({ mapping, onApply }: ProfilePickerProps) {
  const { t } = useText();
  const [profiles, setProfiles] = useState<ImportProfile[]>([]);
  const [chosen, setChosen] = useState<number | null>(null);
  const [name, setName] = useState('');
  const [notice, setNotice] = useState('');
  const [error, setError] = useState<ErrorPayload | null>(null);
  const [busy, setBusy] = useState(false);
  const [deleting, setDeleting] = useState(false);
  const [reloads, setReloads] = useState(0);

  useEffect(() => {
    let live = true;
    void call('import:profiles', {}).then((result) => {
      if (!live) return;
      if (result.ok) setProfiles(result.value);
      else setError(result.error);
    });
    return () => {
      live = false;
    };
  }, [reloads]);

  const current = profiles.find((p) => p.id === chosen) ?? null;

  function choose(value: string) {
    const profile = profiles.find((p) => String(p.id) === value) ?? null;
    setChosen(profile?.id ?? null);
    setName(profile?.name ?? '');
    setNotice('');
    onApply(profile);
  }

  async function save() {
    setBusy(true);
    const result = await call('import:save-profile', { name, mapping });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    setChosen(result.value.id);
    setNotice(t('caseImport.profileSaved', { name: result.value.name }));
    setReloads((n) => n + 1);
  }

  async function remove() {
    if (!current) return;
    setBusy(true);
    const result = await call('import:delete-profile', { id: current.id });
    setBusy(false);
    setDeleting(false);
    if (!result.ok) return setError(result.error);
    setError(null);
    setChosen(null);
    setName('');
    setNotice(t('caseImport.profileDeleted', { name: current.name }));
    setReloads((n) => n + 1);
  }

  return (
    <div className="profile-picker">
      <div className="toolbar">
        <span className="filter">
          <label htmlFor="import-profile">{t('caseImport.profile')}</label>
          <select id="import-profile" name="import.profile" className="input" value={chosen ?? ''} onChange={(e) => choose(e.target.value)}>
            <option value="">{t('caseImport.profileNone')}</option>
            {profiles.map((p) => <option key={p.id} value={p.id}>{p.name}</option>)}
          </select>
        </span>
        {current && (
          <button type="button" className="button" disabled={busy} onClick={() => setDeleting(true)}>{t('caseImport.deleteProfile')}</button>
        )}
        <span className="filter">
          <label htmlFor="import-profile-name">{t('caseImport.profileName')}</label>
          <input id="import-profile-name" name="import.profileName" className="input" value={name} maxLength={60}
            placeholder={t('caseImport.profileNamePlaceholder')} onChange={(e) => setName(e.target.value)} />
        </span>
        <button type="button" className="button" disabled={busy || name.trim() === ''} onClick={() => void save()}>
          {t('caseImport.saveProfile')}
        </button>
      </div>
      {notice && <p className="notice" role="status">{notice}</p>}
      <ErrorPanel title={t('common.saveFailed')} error={error} />
      <ConfirmDialog open={deleting} title={t('caseImport.deleteProfileTitle')} message={t('caseImport.deleteProfileMessage', { name: current?.name ?? '' })}
        confirmLabel={t('common.confirmDelete')} busy={busy} onConfirm={() => void remove()} onCancel={() => setDeleting(false)} />
    </div>
  );
}
