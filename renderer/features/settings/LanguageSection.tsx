import { useText } from '../../i18n/use-text';
import type { Lang } from '../../i18n/use-text';
import type { SettingsSectionProps } from './settings-section';
import { useLanguageChoice } from './use-persisted-language';

/** The languages offered, each named in itself. */
export const languageChoices: { lang: Lang; label: string }[] = [
  { lang: 'zh-CN', label: '中文' },
  { lang: 'en', label: 'English' },
];

/** 界面语言: the same setting as the header's switch, written the same way. */
export function LanguageSection(_props: SettingsSectionProps) {
  const { t, lang } = useText();
  const chooseLanguage = useLanguageChoice();
  return (
    <section className="panel" aria-labelledby="prefs-language-title">
      <h2 id="prefs-language-title">{t('prefs.language.title')}</h2>
      <p className="section-note">{t('prefs.language.intro')}</p>
      <div className="segmented" role="radiogroup" aria-label={t('prefs.language.title')}>
        {languageChoices.map((choice) => (
          <label key={choice.lang} className="segmented-option" lang={choice.lang}>
            <input type="radio" name="language" checked={lang === choice.lang} onChange={() => chooseLanguage(choice.lang)} />{' '}{choice.label}
          </label>
        ))}
      </div>
    </section>
  );
}
