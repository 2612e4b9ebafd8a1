// Main's own texts in the host's language (the setting, or the OS locale
// when it says `system`).
import { hostEn } from './host-en';
import type { HostCatalogue, HostKey } from './host-en';
import { hostZhCN } from './host-zh-CN';
import { fillMessage } from './messages';
import type { Language, MessageParams } from './messages';

export type { HostKey } from './host-en';

const hostCatalogues: Record<Language, HostCatalogue> = { en: hostEn, 'zh-CN': hostZhCN };

export type HostTranslate = (key: HostKey, params?: MessageParams) => string;

export function hostTranslator(language: Language): HostTranslate {
  const catalogue = hostCatalogues[language];
  return (key, params) => fillMessage(catalogue[key], params);
}
