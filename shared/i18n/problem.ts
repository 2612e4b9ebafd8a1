// What went wrong, as a code and params that any language can render, with
// the English text beside them for logs, the CLI and anything that does not
// translate. Main builds every Problem through `problem()`, so the English
// message and the code come from one catalogue entry and cannot drift.
import { lintEn } from './lint-en';
import { lintZhCN } from './lint-zh-CN';
import { fillMessage } from './messages';
import type { Language, MessageParams } from './messages';
import { problemsEn } from './problems-en';
import type { ProblemCatalogue, ProblemCode } from './problems-en';
import { problemsZhCN } from './problems-zh-CN';

export type { ProblemCode } from './problems-en';

/**
 * A coded message as it travels: its code may be one this build does not
 * know (a newer main, or a linter code inside a cause), so it keeps its
 * English `message` to fall back on. `cause` is the coded problem behind
 * this one, rendered in place of its `{detail}`.
 */
export interface ProblemText {
  readonly code: string;
  readonly params: MessageParams;
  readonly message: string;
  readonly cause?: ProblemText | undefined;
}

/** A Problem main builds: its code is in the catalogue. */
export interface Problem extends ProblemText {
  readonly code: ProblemCode;
}

const catalogues: Record<Language, ProblemCatalogue> = { en: problemsEn, 'zh-CN': problemsZhCN };
const lintCatalogues = { en: lintEn, 'zh-CN': lintZhCN } as const;

export function isProblemCode(code: string): code is ProblemCode {
  return Object.hasOwn(problemsEn, code);
}

/**
 * The one constructor: the English message is the catalogue text filled with
 * `params`. With a `cause`, `{detail}` is the cause's English message unless
 * params say otherwise.
 */
export function problem(code: ProblemCode, params: MessageParams = {}, cause?: ProblemText): Problem {
  const filled = cause === undefined || 'detail' in params ? params : { ...params, detail: cause.message };
  return { code, params: filled, message: fillMessage(problemsEn[code], filled), ...(cause === undefined ? {} : { cause }) };
}

/** Text from before Problems (stored outbox items, activity) or from a source without a code: shown as it is. */
export function plainProblem(text: string): Problem {
  return problem('generic', { detail: text });
}

/** An error that carries a Problem; its message is the Problem's English text. */
export class ProblemError extends Error {
  constructor(readonly problem: Problem) {
    super(problem.message);
    this.name = 'ProblemError';
  }
}

/** The Problem an error carries, or its message as a plain one. */
export function problemOf(error: unknown): Problem {
  if (error instanceof ProblemError) return error.problem;
  return plainProblem(error instanceof Error ? error.message : String(error));
}

function templateOf(code: string, language: Language): string | undefined {
  if (isProblemCode(code)) return catalogues[language][code];
  if (Object.hasOwn(lintEn, code)) return lintCatalogues[language][code as keyof typeof lintEn];
  return undefined;
}

/** The problem in `language`; its English message when its code is unknown here. */
export function renderProblem(p: ProblemText, language: Language = 'en'): string {
  const template = templateOf(p.code, language);
  if (template === undefined) return p.message;
  const params = p.cause === undefined ? p.params : { ...p.params, detail: renderProblem(p.cause, language) };
  return fillMessage(template, params);
}

/** Applies `redact` to every text the problem holds (message, params, causes). */
export function mapProblemText<P extends ProblemText>(p: P, change: (text: string) => string): P {
  const params: Record<string, string | number> = {};
  for (const [name, value] of Object.entries(p.params)) params[name] = typeof value === 'string' ? change(value) : value;
  return { ...p, params, message: change(p.message), ...(p.cause === undefined ? {} : { cause: mapProblemText(p.cause, change) }) };
}

/** Cuts every text of the problem to `max` characters (payload limits). */
export function boundProblem<P extends ProblemText>(p: P, max: number): P {
  return mapProblemText(p, (text) => (text.length > max ? `${text.slice(0, max - 1)}…` : text));
}
