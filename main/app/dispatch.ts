// Turns the contract table into a dispatcher that both hosts share: it
// refuses unknown channels, validates every request before a handler sees it,
// and validates every response before it leaves main. Failures come back as
// a WireError that names the channel and the offending fields.
import type { z } from 'zod';
import { ContractError, describeIssues } from '../../shared/ipc-channel';
import { ProblemError } from '../../shared/i18n/problem';
import { channels, isEventName, isInvokeName } from '../../shared/ipc';
import type { Channels, EventName, EventPayloadOf, InvokeName, ResponseOf, WireError } from '../../shared/ipc';
import type { InvokeOutcome } from '../../shared/ipc-wire';

type RequestOutput<C extends InvokeName> = Channels[C] extends { request: infer Req extends z.ZodType } ? z.output<Req> : never;

/** One function per invoke channel; TypeScript insists on all of them. */
export type Handlers = {
  [C in InvokeName]: (request: RequestOutput<C>) => Promise<ResponseOf<C>> | ResponseOf<C>;
};

export interface Dispatcher {
  /** Runs a channel's handler for an untrusted request; never throws. */
  invoke(channel: unknown, request: unknown): Promise<InvokeOutcome>;
}

export function toWireError(error: unknown): WireError {
  if (error instanceof ContractError) {
    return { name: error.name, message: error.message, channel: error.channel, fields: [...error.fields], ...(error.problem ? { problem: error.problem } : {}) };
  }
  if (error instanceof ProblemError) return { name: error.name, message: error.message, problem: error.problem };
  if (error instanceof Error) return { name: error.name, message: error.message };
  return { name: 'Error', message: String(error) };
}

export function createDispatcher(handlers: Handlers, log: (line: string) => void = () => {}): Dispatcher {
  return {
    async invoke(channel, request) {
      try {
        if (typeof channel !== 'string' || !isInvokeName(channel)) {
          throw new ContractError(String(channel), [], `unknown channel ${JSON.stringify(channel)}`);
        }
        const definition = channels[channel];
        const parsed = definition.request.safeParse(request);
        if (!parsed.success) throw describeIssues(channel, 'request', parsed.error);
        const handler = handlers[channel] as (req: unknown) => unknown;
        const result = await handler(parsed.data);
        const checked = definition.response.safeParse(result);
        if (!checked.success) throw describeIssues(channel, 'response', checked.error);
        return { ok: true, result: checked.data };
      } catch (error) {
        const wire = toWireError(error);
        log(`ipc ${String(channel)}: ${wire.message}`);
        return { ok: false, error: wire };
      }
    },
  };
}

export type EventListener = (channel: EventName, payload: unknown) => void;

/** main -> renderer events: validated once here, then fanned out to every host connection. */
export class EventHub {
  readonly #listeners = new Set<EventListener>();

  subscribe(listener: EventListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  publish<E extends EventName>(channel: E, payload: EventPayloadOf<E>): void {
    if (!isEventName(channel)) throw new ContractError(channel, [], `unknown event ${channel}`);
    const checked = channels[channel].payload.safeParse(payload);
    if (!checked.success) throw describeIssues(channel, 'event', checked.error);
    for (const listener of this.#listeners) listener(channel, checked.data);
  }
}
