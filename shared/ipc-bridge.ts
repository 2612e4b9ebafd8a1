// What Electron's preload exposes to the page (window.ringdeskBridge): the
// contract's two calls, with an invoke's outcome as a plain envelope.
// contextBridge copies an Error that crosses it down to its message (name,
// fields and the Problem behind it are lost), while a plain object crosses
// whole; so the preload never throws main's errors across, and the page
// turns a failed outcome into a RemoteError on its own side.
import type { RingdeskApi } from './ipc';
import { RemoteError } from './ipc-remote-error';
import type { InvokeOutcome } from './ipc-wire';

export interface RingdeskBridge {
  invoke(channel: string, request: unknown): Promise<InvokeOutcome>;
  /** Subscribes to an event; returns the function that unsubscribes. */
  on(channel: string, listener: (payload: unknown) => void): () => void;
}

/** The renderer's window.ringdesk, built in the page over the preload's bridge. */
export function apiOverBridge(bridge: RingdeskBridge): RingdeskApi {
  return {
    async invoke(channel: string, ...request: unknown[]) {
      const outcome = await bridge.invoke(channel, request[0]);
      if (!outcome.ok) throw new RemoteError(outcome.error);
      return outcome.result as never;
    },
    on(channel: string, listener: (payload: never) => void) {
      return bridge.on(channel, listener as (payload: unknown) => void);
    },
  } as RingdeskApi;
}
