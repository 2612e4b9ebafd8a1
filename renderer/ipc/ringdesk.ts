// The renderer's one way to main, window.ringdesk: built over the bridge
// Electron's preload exposes, or under the browser host over a WebSocket.
import type { RingdeskApi } from '../../shared/ipc';
import { apiOverBridge } from '../../shared/ipc-bridge';
import type { RingdeskBridge } from '../../shared/ipc-bridge';
import { createSocketClient, takeTokenFromLocation } from './socket-client';

declare global {
  interface Window {
    ringdesk?: RingdeskApi;
    ringdeskBridge?: RingdeskBridge;
  }
}

let api: RingdeskApi | undefined;

export function ringdesk(): RingdeskApi {
  if (api) return api;
  if (window.ringdesk) {
    api = window.ringdesk;
    return api;
  }
  if (window.ringdeskBridge) {
    api = apiOverBridge(window.ringdeskBridge);
    window.ringdesk = api;
    return api;
  }
  const token = takeTokenFromLocation();
  if (!token) throw new Error('This page needs the address Ringdesk printed when it started (it carries an access token).');
  api = createSocketClient(token);
  window.ringdesk = api;
  return api;
}
