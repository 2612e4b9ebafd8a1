// shared/template: integration templates (Yeastar P-Series format) as a typed,
// lossless, validated model. See parse.ts for the entry point.
export { parseTemplate, serializeTemplate, type ParseOptions, type ParseResult } from './parse';
export { validateTemplate } from './validate/validate';
export type { Diagnostic, Severity } from './diagnostics';
export { formatDiagnostic, sortDiagnostics } from './diagnostics';
export type { TemplateCheckers, TextProblem } from './checkers';
export { defaultCheckers } from './default-checkers';
export { basicCheckers } from './basic-checkers';
export * from './model';
export * from './accessors';
export { normalizeBasicCredential, scanActions, variablesOf, withSampleValues } from './actions';
export * from './vocabulary';
export { MAX_TEMPLATE_BYTES, MAX_DEPTH, MAX_ELEMENTS } from './xml/limits';
export type { Position } from './xml/position';
export { formFromTemplate, applyFormToTemplate } from './form';
export type * from './form/types';
