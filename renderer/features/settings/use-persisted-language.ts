import { useCallback, useEffect } from 'react';
import { call } from '../../api';
import { useText } from '../../i18n/use-text';
import type { Lang } from '../../i18n/use-text';

/** Set once the user picks a language: a stored setting read after that must not undo their choice. */
let chosenThisSession = false;

/**
 * Once at start, the installation's stored language replaces the one the browser remembered (the window's root
 * calls this). Where the settings cannot be changed, the remembered one stays.
 */
export function useStoredLanguage(): void {
  const { setLang } = useText();
  useEffect(() => {
    let live = true;
    void call('settings:get', {}).then((result) => {
      if (live && !chosenThisSession && result.ok && result.value.installationWritable) setLang(result.value.installation.language);
    });
    return () => {
      live = false;
    };
  }, [setLang]);
}

/** Chooses the interface language and writes it to the installation's settings: the header switch and the settings page share it. */
export function useLanguageChoice(): (lang: Lang) => void {
  const { setLang } = useText();
  return useCallback((next: Lang) => {
    chosenThisSession = true;
    setLang(next);
    void call('settings:save', { language: next });
  }, [setLang]);
}
