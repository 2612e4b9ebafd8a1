// One line of the activity log: a request the engine made for a call (or for
// connecting), with what came back. Secrets are already redacted when an
// entry is built; the UI shows these as they are.
import { z } from 'zod';
import { StoredProblem } from '../i18n/wire-problem';

export const ActivityEntry = z.object({
  id: z.string(),
  /** SIP Call-ID, or `''` for work outside a call (connect, user sync). */
  callId: z.string(),
  scenario: z.string(),
  request: z.string(),
  /** `POST https://desk.example.com/api/calls`, redacted. */
  line: z.string(),
  /** HTTP status; 0 when no response came back. */
  status: z.number().int(),
  durationMs: z.number(),
  /** HTTP attempts the client made (retries on network errors, 429, 503 included). */
  attempts: z.number().int().optional(),
  outputs: z.record(z.string(), z.string()),
  /** What went wrong (a plain string in entries written before Problems, read as one). */
  error: StoredProblem.optional(),
  at: z.number(),
});
export type ActivityEntry = z.infer<typeof ActivityEntry>;
