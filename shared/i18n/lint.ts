// A linter finding as a code and params, rendered in either language. The
// English rendering is the diagnostic's `message` (what `ringdesk template
// lint` printed before it spoke Chinese, unchanged).
import { lintEn } from './lint-en';
import type { LintCatalogue, LintCode } from './lint-en';
import { lintZhCN } from './lint-zh-CN';
import { fillMessage } from './messages';
import type { Language, MessageParams } from './messages';

export type { LintCode } from './lint-en';

export interface LintMessage {
  readonly code: LintCode;
  readonly params: MessageParams;
}

const lintCatalogues: Record<Language, LintCatalogue> = { en: lintEn, 'zh-CN': lintZhCN };

export function lintMessage(code: LintCode, params: MessageParams = {}): LintMessage {
  return { code, params };
}

export function renderLint(message: LintMessage, language: Language = 'en'): string {
  return fillMessage(lintCatalogues[language][message.code], message.params);
}

export function isLintCode(code: string): code is LintCode {
  return Object.hasOwn(lintEn, code);
}
