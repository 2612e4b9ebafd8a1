// window.ringdesk for the browser host: the same RingdeskApi that Electron's
// preload exposes, spoken over the host's WebSocket. The per-run token comes
// in the page URL (?token=...); it is moved to sessionStorage and removed
// from the address bar so it is not copied around with the URL.
import type { EventName, RingdeskApi } from '../../shared/ipc';
import { RemoteError } from '../../shared/ipc-remote-error';
import type { ServerMessage } from '../../shared/ipc-wire';

const TOKEN_KEY = 'ringdesk.token';

export function takeTokenFromLocation(): string | null {
  const url = new URL(window.location.href);
  const fromUrl = url.searchParams.get('token');
  if (fromUrl) {
    sessionStorage.setItem(TOKEN_KEY, fromUrl);
    url.searchParams.delete('token');
    window.history.replaceState(null, '', url.pathname + url.search + url.hash);
    return fromUrl;
  }
  return sessionStorage.getItem(TOKEN_KEY);
}

interface Pending {
  resolve(value: unknown): void;
  reject(error: Error): void;
}

const RECONNECT_MIN_MS = 250;
const RECONNECT_MAX_MS = 5_000;
/** How long an invoke waits for a lost connection to come back before it fails. */
const INVOKE_WAIT_MS = 10_000;

/**
 * The connection to the host is kept open for the page's life: when it drops
 * (the host was busy, the machine slept, a proxy cut it) the client
 * reconnects with backoff, and invokes made meanwhile wait for it. A host
 * that restarted has a new token and refuses us; the page then needs the new
 * address, and invokes fail with that reason.
 */
export function createSocketClient(token: string): RingdeskApi {
  const wsUrl = `${window.location.origin.replace(/^http/, 'ws')}/ipc?token=${encodeURIComponent(token)}`;
  const pending = new Map<number, Pending>();
  const listeners = new Map<string, Set<(payload: never) => void>>();
  let nextId = 1;
  let socket: WebSocket | undefined;
  let waiting: (() => void)[] = [];
  let delay = RECONNECT_MIN_MS;

  const onMessage = (message: MessageEvent<string>) => {
    const data = JSON.parse(message.data) as ServerMessage;
    if (data.type === 'event') {
      for (const listener of listeners.get(data.channel) ?? []) listener(data.payload as never);
      return;
    }
    if (data.id === null) return;
    const call = pending.get(data.id);
    if (!call) return;
    pending.delete(data.id);
    if (data.ok) call.resolve(data.result);
    else call.reject(new RemoteError(data.error));
  };

  const connect = () => {
    const candidate = new WebSocket(wsUrl);
    candidate.addEventListener('open', () => {
      socket = candidate;
      delay = RECONNECT_MIN_MS;
      for (const wake of waiting) wake();
      waiting = [];
    });
    candidate.addEventListener('message', onMessage);
    candidate.addEventListener('close', () => {
      if (socket === candidate) socket = undefined;
      // Calls in flight may or may not have run; their callers decide whether to retry.
      for (const call of pending.values()) call.reject(new Error('the connection to Ringdesk was lost'));
      pending.clear();
      setTimeout(connect, delay);
      delay = Math.min(delay * 2, RECONNECT_MAX_MS);
    });
  };
  connect();

  const openSocket = (): Promise<WebSocket> => {
    if (socket?.readyState === WebSocket.OPEN) return Promise.resolve(socket);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error('cannot reach the Ringdesk host (is it still running? after a restart, open the new address it printed)')), INVOKE_WAIT_MS);
      waiting.push(() => {
        clearTimeout(timer);
        if (socket) resolve(socket);
      });
    });
  };

  return {
    async invoke(channel: string, ...request: unknown[]) {
      const open = await openSocket();
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        open.send(JSON.stringify({ type: 'invoke', id, channel, payload: request[0] }));
      });
    },
    on(channel: EventName, listener: (payload: never) => void) {
      let set = listeners.get(channel);
      if (!set) listeners.set(channel, (set = new Set()));
      set.add(listener);
      return () => {
        set.delete(listener);
      };
    },
  } as RingdeskApi;
}
