// After-call work (journal, after-call ticket, ticket update) as the outbox
// keeps it and the UI lists it. Connect-time secrets are never part of an
// item: they are added from the secret store when the item is sent.
import { z } from 'zod';
import { StoredProblem } from '../i18n/wire-problem';

export const OutboxState = z.enum(['pending', 'done', 'failed', 'discarded']);
export type OutboxState = z.infer<typeof OutboxState>;

export const OutboxItem = z.object({
  id: z.string(),
  /** `<callId>:<scenario>`: one item per call and scenario, ever. */
  key: z.string(),
  callId: z.string(),
  scenario: z.string(),
  /** Requests of the scenario to run, in order. */
  requests: z.array(z.string()),
  /** Call variables (record, agent, contact, ...), without secrets. */
  vars: z.record(z.string(), z.string()),
  /** Subject/Description templates chosen in settings (rendered when sent). */
  texts: z.object({ subject: z.string().optional(), description: z.string().optional() }),
  /** Key of an item whose outputs this one needs (e.g. the ticket an update goes to). */
  dependsOn: z.string().optional(),
  /** True: sent once the dependency is done, failed or discarded (the journal uses a TicketId if there is one). */
  softDependency: z.boolean().optional(),
  state: OutboxState,
  attempts: z.number().int(),
  createdAt: z.number(),
  nextAt: z.number(),
  /** Requests already sent successfully (never sent again). */
  done: z.array(z.string()),
  outputs: z.record(z.string(), z.string()),
  /** Why the last attempt failed (a plain string in items written before Problems, read as one). */
  lastError: StoredProblem.optional(),
});
export type OutboxItem = z.infer<typeof OutboxItem>;
