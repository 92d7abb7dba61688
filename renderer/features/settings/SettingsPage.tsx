import { useCallback, useEffect, useState } from 'react';
import type { ComponentType } from 'react';
import type { SettingsView } from '../../../core/settings/settings-operations';
import type { OperationInput } from '../../../core/contract';
import { call } from '../../api';
import { useText } from '../../i18n/use-text';
import { BackupSection } from './BackupSection';
import { DataFolderSection } from './DataFolderSection';
import { DefaultPartiesSection } from './DefaultPartiesSection';
import { EncryptionSection } from './EncryptionSection';
import { IntegritySection } from './IntegritySection';
import { LanguageSection } from './LanguageSection';
import type { SettingsSectionProps } from './settings-section';
import './settings.css';

/** The page's sections, in order; a further one is one import and one entry here. */
const sections: { id: string; Section: ComponentType<SettingsSectionProps> }[] = [
  { id: 'data-folder', Section: DataFolderSection },
  { id: 'default-parties', Section: DefaultPartiesSection },
  { id: 'backup', Section: BackupSection },
  { id: 'integrity', Section: IntegritySection },
  { id: 'encryption', Section: EncryptionSection },
  { id: 'language', Section: LanguageSection },
];

/** 设置: this installation's and this database's settings, one section each. */
export function SettingsPage() {
  const { t, pick } = useText();
  const [view, setView] = useState<SettingsView | null>(null);
  const [error, setError] = useState('');

  const reload = useCallback(() => {
    void call('settings:get', {}).then((result) => {
      if (result.ok) setView(result.value);
      else setError(pick(result.error.message));
    });
  }, [pick]);
  useEffect(reload, [reload]);

  const save = useCallback(async (patch: OperationInput<'settings:save'>) => {
    const result = await call('settings:save', patch);
    if (!result.ok) return result.error;
    setView(result.value);
    return null;
  }, []);

  return (
    <section className="page settings-page" aria-labelledby="prefs-title">
      <div className="page-header">
        <h1 id="prefs-title">{t('prefs.title')}</h1>
      </div>
      <p className="section-note">{t('prefs.intro')}</p>
      {error && <p className="alert" role="alert">{error}</p>}
      {!view && !error && <p className="muted">{t('common.loading')}</p>}
      {view && sections.map(({ id, Section }) => <Section key={id} view={view} save={save} reload={reload} />)}
    </section>
  );
}
