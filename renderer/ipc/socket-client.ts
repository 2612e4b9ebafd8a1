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

export function createSocketClient(token: string): RingdeskApi {
  const wsUrl = `${window.location.origin.replace(/^http/, 'ws')}/ipc?token=${encodeURIComponent(token)}`;
  const pending = new Map<number, Pending>();
  const listeners = new Map<string, Set<(payload: never) => void>>();
  let nextId = 1;

  const socket = new WebSocket(wsUrl);
  const opened = new Promise<void>((resolve, reject) => {
    socket.addEventListener('open', () => resolve(), { once: true });
    socket.addEventListener('error', () => reject(new Error('cannot reach the Ringdesk host (is it still running?)')), { once: true });
  });
  socket.addEventListener('close', () => {
    for (const call of pending.values()) call.reject(new Error('the Ringdesk host closed the connection'));
    pending.clear();
  });
  socket.addEventListener('message', (message: MessageEvent<string>) => {
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
  });

  return {
    async invoke(channel: string, ...request: unknown[]) {
      await opened;
      const id = nextId++;
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        socket.send(JSON.stringify({ type: 'invoke', id, channel, payload: request[0] }));
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
