// Exposes the contract as window.ringdeskBridge through contextBridge: two
// named functions that accept only channels in shared/ipc.ts, never a raw
// ipcRenderer. invoke answers with the { ok, result | error } envelope rather
// than throwing: an Error crossing contextBridge keeps only its message, and
// the page needs main's error name, fields and Problem (shared/ipc-bridge.ts
// turns the envelope back into results and RemoteErrors, in the page).
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import { isEventName, isInvokeName } from '../shared/ipc';
import type { RingdeskBridge } from '../shared/ipc-bridge';
import type { InvokeOutcome } from '../shared/ipc-wire';

const bridge: RingdeskBridge = {
  async invoke(channel: string, request: unknown): Promise<InvokeOutcome> {
    if (!isInvokeName(channel)) return { ok: false, error: { name: 'ContractError', message: `unknown channel ${JSON.stringify(channel)}`, channel } };
    return (await ipcRenderer.invoke(channel, request)) as InvokeOutcome;
  },
  on(channel: string, listener: (payload: unknown) => void) {
    if (!isEventName(channel)) throw new Error(`unknown event ${JSON.stringify(channel)}`);
    const wrapped = (_event: IpcRendererEvent, payload: unknown) => listener(payload);
    ipcRenderer.on(channel, wrapped);
    return () => {
      ipcRenderer.removeListener(channel, wrapped);
    };
  },
};

contextBridge.exposeInMainWorld('ringdeskBridge', bridge);
