// The building blocks of the IPC contract: a channel is either an `invoke`
// (renderer asks, main answers) or an `event` (main tells every window).
// Each carries zod schemas, so both ends share one definition of the payload
// and main can validate whatever a renderer sends before acting on it.
import type { z } from 'zod';
import { problem } from './i18n/problem';
import type { Problem } from './i18n/problem';

export interface InvokeChannel<Req extends z.ZodType, Res extends z.ZodType> {
  readonly kind: 'invoke';
  readonly request: Req;
  readonly response: Res;
}

export interface EventChannel<Payload extends z.ZodType> {
  readonly kind: 'event';
  readonly payload: Payload;
}

export function invoke<Req extends z.ZodType, Res extends z.ZodType>(request: Req, response: Res): InvokeChannel<Req, Res> {
  return { kind: 'invoke', request, response };
}

export function event<Payload extends z.ZodType>(payload: Payload): EventChannel<Payload> {
  return { kind: 'event', payload };
}

/** Thrown (and sent back to the caller) when a payload breaks the contract. */
export class ContractError extends Error {
  override readonly name = 'ContractError';
  constructor(
    readonly channel: string,
    /** Dotted paths of the offending fields, e.g. `sip.accounts.0.server`. */
    readonly fields: readonly string[],
    message: string,
    /** The same, coded for the UI's language (the field list and zod's words stay as they are). */
    readonly problem?: Problem,
  ) {
    super(message);
  }
}

const REJECTED = { request: 'contract.requestRejected', response: 'contract.responseRejected', event: 'contract.eventRejected' } as const;

/** Builds a message that names the channel and every offending field. */
export function describeIssues(channel: string, direction: 'request' | 'response' | 'event', error: z.ZodError): ContractError {
  const fields: string[] = [];
  const parts: string[] = [];
  for (const issue of error.issues) {
    const field = issue.path.map(String).join('.') || '(payload)';
    fields.push(field);
    parts.push(`${field}: ${issue.message}`);
  }
  const coded = problem(REJECTED[direction], { channel, detail: parts.join('; ') });
  return new ContractError(channel, fields, coded.message, coded);
}
