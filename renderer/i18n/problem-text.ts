// What main reported went wrong, in the UI language: a Problem is rendered
// from its code and params (shared/i18n/problem.ts); one whose code this
// build does not know shows main's English message. A failed invoke is kept
// as a Problem too (RemoteError.problem, or its message as a plain one), so
// text already on screen follows a language switch.
import { plainProblem, renderProblem } from '../../shared/i18n/problem';
import type { ProblemText } from '../../shared/i18n/problem';
import type { DisplayLocale } from './i18n';
import { pseudoLocalize } from './pseudo';

export function problemText(problem: ProblemText, locale: DisplayLocale): string {
  if (locale === 'en-XA') return pseudoLocalize(renderProblem(problem, 'en'));
  return renderProblem(problem, locale);
}

/**
 * The Problem of a failed invoke: the one main sent, else the error's message
 * as it came. (Duck-typed, so that an error of any origin can be shown; the
 * RemoteErrors of both hosts are made in the page and carry their Problem.)
 */
export function errorProblem(error: unknown): ProblemText {
  const problem = (error as { problem?: ProblemText } | null)?.problem;
  if (typeof problem === 'object' && typeof problem.code === 'string') return problem;
  return plainProblem(error instanceof Error ? error.message : String(error));
}
