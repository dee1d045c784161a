import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { LANGS, translate, type Lang, type MessageKey } from './messages';

export type { Lang, MessageKey } from './messages';

const STORAGE_KEY = 'samkart.lang';

/** What a component needs to speak the user's language. */
export interface I18n {
  lang: Lang;
  setLang(lang: Lang): void;
  /** The UI text for a key, with placeholders filled. */
  t(key: MessageKey, vars?: Record<string, string | number>): string;
  /** A number in the language's notation (1 234,5 in Norwegian). */
  num(value: number, options?: Intl.NumberFormatOptions): string;
}

const I18nContext = createContext<I18n | null>(null);

function storedLang(): Lang {
  try {
    const v = localStorage.getItem(STORAGE_KEY);
    if (v && (LANGS as string[]).includes(v)) return v as Lang;
  } catch { /* storage can be disabled; fall back to the default */ }
  return 'nb';
}

/** Holds the chosen language (Norwegian by default), remembers it in localStorage and sets <html lang>. */
export function I18nProvider({ children }: { children: ReactNode }) {
  const [lang, setLangState] = useState<Lang>(storedLang);
  useEffect(() => { document.documentElement.lang = lang; }, [lang]);
  const setLang = useCallback((l: Lang) => {
    setLangState(l);
    try { localStorage.setItem(STORAGE_KEY, l); } catch { /* ignore */ }
  }, []);
  const value = useMemo<I18n>(() => {
    const locale = lang === 'nb' ? 'nb-NO' : 'en-GB';
    return {
      lang,
      setLang,
      t: (key, vars) => translate(lang, key, vars),
      num: (v, options) => new Intl.NumberFormat(locale, options).format(v),
    };
  }, [lang, setLang]);
  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}

export function useI18n(): I18n {
  const ctx = useContext(I18nContext);
  if (!ctx) throw new Error('useI18n() needs an <I18nProvider> above it (see main.tsx)');
  return ctx;
}
