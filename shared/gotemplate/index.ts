// Go's text/template for integration templates: lex.ts → parse.ts (node.ts)
// → exec.ts, with Go's fmt (fmt.ts), the built-ins (builtins.ts), the
// guide's functions (pbx-funcs.ts) and contextual escaping (escape.ts,
// output-escape.ts). See template.ts for the API.
export { parse, render, lint, Template } from './template';
export type { TemplateOptions, CallerFunction, LintResult } from './template';
export { TemplateError } from './errors';
export { MAX_NESTING_DEPTH } from './parse';
export type { TemplatePhase, SourceLocation } from './errors';
export type { ParseWarning } from './parse';
export type { EscapeMode } from './escape';
export { normalizeCredentialFormat } from './credentials';
export { capitalize, urlEncode, toMillis, timeFormat } from './pbx-funcs';
