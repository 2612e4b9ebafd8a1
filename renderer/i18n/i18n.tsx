// A small typed i18n layer on the platform's Intl APIs: catalogues are plain
// objects checked by TypeScript (a missing key fails the typecheck), and
// `{name}` placeholders are filled from params. The language follows the
// setting, or the OS/browser locale when the setting is `system`.
import { createContext, useContext, useMemo } from 'react';
import type { ReactNode } from 'react';
import { en } from './en';
import { formatsFor } from './format';
import type { Formats } from './format';
import type { Catalogue, MessageKey } from './en';
import { pseudoCatalogue } from './pseudo';
import { zhCN } from './zh-CN';

/** The languages a user can choose. */
export type Locale = 'en' | 'zh-CN';
export const catalogues: Record<Locale, Catalogue> = { en, 'zh-CN': zhCN };
/** en-XA is the pseudo-locale, for tests that look for text outside the catalogue. */
export type DisplayLocale = Locale | 'en-XA';
const displayCatalogues: Record<DisplayLocale, Catalogue> = { ...catalogues, 'en-XA': pseudoCatalogue(en) };

export function resolveLocale(setting: 'system' | Locale, preferred: readonly string[] = navigator.languages): Locale {
  if (setting !== 'system') return setting;
  for (const tag of preferred) {
    if (/^zh(-|$)/i.test(tag)) return 'zh-CN';
    if (/^en(-|$)/i.test(tag)) return 'en';
  }
  return 'en';
}

export type Translate = (key: MessageKey, params?: Record<string, string | number>) => string;

export function translator(locale: DisplayLocale): Translate {
  const catalogue = displayCatalogues[locale];
  return (key, params) => {
    const text = catalogue[key];
    if (!params) return text;
    return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
  };
}

const I18nContext = createContext<{ locale: DisplayLocale; t: Translate }>({ locale: 'en', t: translator('en') });

export function I18nProvider({ locale, children }: { locale: DisplayLocale; children: ReactNode }) {
  return <I18nContext.Provider value={{ locale, t: translator(locale) }}>{children}</I18nContext.Provider>;
}

export function useI18n(): { locale: DisplayLocale; t: Translate } {
  return useContext(I18nContext);
}

/** Dates, times, durations and phone numbers in the UI language (see format.ts). */
export function useFormats(): Formats {
  const { locale } = useI18n();
  return useMemo(() => formatsFor(locale), [locale]);
}
