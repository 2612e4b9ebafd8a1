// A Problem (shared/i18n/problem.ts) in the IPC contract. Stored data written
// before Problems existed holds plain strings where a Problem now goes
// (outbox items, activity entries): `StoredProblem` reads those as a generic
// Problem whose text is the string, so nothing stored fails to load.
import { z } from 'zod';
import { plainProblem } from './problem';
import type { ProblemText } from './problem';

const Params = z.record(z.string().max(100), z.union([z.string(), z.number()]));

export const WireProblem: z.ZodType<ProblemText, ProblemText> = z.lazy(() =>
  z.object({ code: z.string().min(1).max(100), params: Params, message: z.string(), cause: WireProblem.optional() }),
);

/** A Problem, or the plain string an older version stored in its place. */
export const StoredProblem = z.union([WireProblem, z.string().transform((text): ProblemText => plainProblem(text))]);

/** A stored value that may be a plain string from an older version, as a Problem. */
export function storedProblem(value: ProblemText | string): ProblemText {
  return typeof value === 'string' ? plainProblem(value) : value;
}
