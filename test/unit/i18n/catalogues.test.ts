import { describe, expect, it } from 'vitest';
import { catalogues, resolveLocale, translator } from '../../../renderer/i18n/i18n';
import { pseudoLocalize } from '../../../renderer/i18n/pseudo';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('the UI catalogues', () => {
  const [english, chinese] = [catalogues.en, catalogues['zh-CN']];

  it('have exactly the same keys in English and Simplified Chinese', () => {
    expect(Object.keys(chinese).sort()).toEqual(Object.keys(english).sort());
  });

  it('have no empty message', () => {
    for (const [locale, catalogue] of Object.entries(catalogues)) {
      for (const [key, text] of Object.entries(catalogue)) expect(text.trim(), `${locale} ${key}`).not.toBe('');
    }
  });

  it('use the same placeholders in every language', () => {
    for (const [key, text] of Object.entries(english)) {
      expect(placeholders(chinese[key as keyof typeof chinese]), key).toEqual(placeholders(text));
    }
  });
});

describe('translation', () => {
  it('fills placeholders and leaves unknown ones visible', () => {
    const t = translator('en');
    expect(t('about.version', { version: '1.2.3' })).toBe('Version 1.2.3');
    expect(t('about.version')).toBe('Version {version}');
  });

  it('follows the OS language when the setting says system', () => {
    expect(resolveLocale('system', ['zh-Hans-CN', 'en-US'])).toBe('zh-CN');
    expect(resolveLocale('system', ['zh-TW'])).toBe('zh-CN');
    expect(resolveLocale('system', ['de-DE', 'en-GB'])).toBe('en');
    expect(resolveLocale('system', ['fr-FR'])).toBe('en');
    expect(resolveLocale('zh-CN', ['en-US'])).toBe('zh-CN');
  });
});

describe('the pseudo-locale', () => {
  it('marks, accents and lengthens every message but keeps its placeholders', () => {
    expect(pseudoLocalize('Version {version}')).toBe('⟦Ṽéŕšíöñ {version}······⟧');
    expect(translator('en-XA')('about.version', { version: '1.2' })).toBe('⟦Ṽéŕšíöñ 1.2······⟧');
  });
});
