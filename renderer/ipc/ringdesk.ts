// The renderer's one way to main: Electron's preload puts window.ringdesk in
// place; under the browser host we build the same API over a WebSocket.
import type { RingdeskApi } from '../../shared/ipc';
import { createSocketClient, takeTokenFromLocation } from './socket-client';

declare global {
  interface Window {
    ringdesk?: RingdeskApi;
  }
}

let api: RingdeskApi | undefined;

export function ringdesk(): RingdeskApi {
  if (api) return api;
  if (window.ringdesk) {
    api = window.ringdesk;
    return api;
  }
  const token = takeTokenFromLocation();
  if (!token) throw new Error('This page needs the address Ringdesk printed when it started (it carries an access token).');
  api = createSocketClient(token);
  window.ringdesk = api;
  return api;
}
