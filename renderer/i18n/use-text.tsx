import { createContext, useCallback, useContext, useEffect, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { Bilingual } from '../../core/bilingual';
import { en } from './en';
import { zhCN } from './zh-CN';
import type { TextKey } from './zh-CN';

/** The languages the UI speaks; Chinese is the default. */
export type Lang = 'zh-CN' | 'en';

/** What useText() gives a component. */
export type TextApi = {
  lang: Lang;
  setLang: (lang: Lang) => void;
  /** The text for `key` in the current language, with {placeholders} filled from `vars`. */
  t: (key: TextKey, vars?: Record<string, string | number>) => string;
  /** The current language's half of a bilingual message from the services. */
  pick: (message: Bilingual) => string;
};

const storageKey = 'dossier-lang';
const tables: Record<Lang, Record<TextKey, string>> = { 'zh-CN': zhCN, en };

function initialLang(): Lang {
  try {
    return localStorage.getItem(storageKey) === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

const TextContext = createContext<TextApi | null>(null);

/** Provides the UI language to the tree below it and remembers the choice in localStorage. */
export function TextProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(initialLang);

  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = lang === 'en' ? 'Dossier 卷宗' : '卷宗 Dossier';
  }, [lang]);

  const setLang = useCallback((next: Lang) => {
    setLangState(next);
    try {
      localStorage.setItem(storageKey, next);
    } catch {
      // Storage may be unavailable; the choice then lasts for this session only.
    }
  }, []);

  const value = useMemo<TextApi>(() => {
    const table = tables[lang];
    return {
      lang,
      setLang,
      t: (key, vars) => {
        const text = table[key] ?? key;
        if (!vars) return text;
        return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in vars ? String(vars[name]) : whole));
      },
      pick: (message) => (lang === 'en' ? message.en : message.zh),
    };
  }, [lang, setLang]);

  return <TextContext.Provider value={value}>{children}</TextContext.Provider>;
}

/** The UI text helpers: `const { t, lang, setLang, pick } = useText()`. */
export function useText(): TextApi {
  const api = useContext(TextContext);
  if (!api) throw new Error('useText() must be used inside <TextProvider>');
  return api;
}
