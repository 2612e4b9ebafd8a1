// Catalogues for main, the CLI and the template linter (the renderer has its own in renderer/i18n).
export { fillMessage, languageOf, LANGUAGES, resolveLanguage } from './messages';
export type { Language, MessageParams } from './messages';
export { hostTranslator } from './host';
export type { HostKey, HostTranslate } from './host';
export { isLintCode, lintMessage, renderLint } from './lint';
export type { LintCode, LintMessage } from './lint';
export { boundProblem, isProblemCode, mapProblemText, plainProblem, problem, ProblemError, problemOf, renderProblem } from './problem';
export type { Problem, ProblemCode, ProblemText } from './problem';
