// A template finding in the UI language: findings that carry the linter's
// code and params (shared/i18n/lint) are rendered from the catalogue; one
// without a code this build knows shows main's English message.
import { isLintCode, renderLint } from '../../shared/i18n';
import type { MessageParams } from '../../shared/i18n';
import type { DisplayLocale } from './i18n';
import { pseudoLocalize } from './pseudo';

export interface FindingText {
  readonly message: string;
  readonly code?: string | undefined;
  readonly params?: MessageParams | undefined;
}

export function diagnosticText(finding: FindingText, locale: DisplayLocale): string {
  const { code } = finding;
  if (code === undefined || !isLintCode(code)) return finding.message;
  const message = { code, params: finding.params ?? {} };
  if (locale === 'en-XA') return pseudoLocalize(renderLint(message, 'en'));
  return renderLint(message, locale);
}
