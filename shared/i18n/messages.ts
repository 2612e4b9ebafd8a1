// The typed-catalogue idea of renderer/i18n for code that cannot import the
// renderer (main, the CLI, the template linter): catalogues are plain
// objects, English is the source of the keys, other languages must have the
// same keys (a missing one is a type error), and `{name}` placeholders are
// filled from params. Pure: no Intl, no platform, so shared/ can use it.

/** The languages of the UI, the host and the linter. */
export type Language = 'en' | 'zh-CN';
export const LANGUAGES: readonly Language[] = ['en', 'zh-CN'];

export type MessageParams = Readonly<Record<string, string | number>>;

/** Fills `{name}` placeholders; an unknown one stays visible, and filled values are not scanned again. */
export function fillMessage(text: string, params?: MessageParams): string {
  if (!params) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in params ? String(params[name]) : whole));
}

/** The catalogue language for a BCP 47 tag (zh-Hans-CN, zh-TW → zh-CN); English for anything else. */
export function languageOf(tag: string | undefined): Language {
  if (tag !== undefined && /^zh(-|_|$)/i.test(tag)) return 'zh-CN';
  return 'en';
}

/** A setting of `system` follows the OS locale; otherwise the chosen language. */
export function resolveLanguage(setting: 'system' | Language, systemLocale: string | undefined): Language {
  return setting === 'system' ? languageOf(systemLocale) : setting;
}
