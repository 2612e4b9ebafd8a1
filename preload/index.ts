// Exposes the contract as window.ringdesk through contextBridge: two named
// functions that accept only channels in shared/ipc.ts, never a raw
// ipcRenderer. The envelope { ok, result | error } keeps main's error names
// and fields intact across Electron's IPC, as the browser host does.
import { contextBridge, ipcRenderer } from 'electron';
import type { IpcRendererEvent } from 'electron';
import { isEventName, isInvokeName } from '../shared/ipc';
import type { RingdeskApi } from '../shared/ipc';
import type { InvokeOutcome } from '../shared/ipc-wire';
import { RemoteError } from '../shared/ipc-remote-error';

const api: RingdeskApi = {
  async invoke(channel: string, ...request: unknown[]) {
    if (!isInvokeName(channel)) throw new RemoteError({ name: 'ContractError', message: `unknown channel ${JSON.stringify(channel)}`, channel });
    const outcome = (await ipcRenderer.invoke(channel, request[0])) as InvokeOutcome;
    if (!outcome.ok) throw new RemoteError(outcome.error);
    return outcome.result as never;
  },
  on(channel: string, listener: (payload: never) => void) {
    if (!isEventName(channel)) throw new Error(`unknown event ${JSON.stringify(channel)}`);
    const wrapped = (_event: IpcRendererEvent, payload: unknown) => listener(payload as never);
    ipcRenderer.on(channel, wrapped);
    return () => {
      ipcRenderer.removeListener(channel, wrapped);
    };
  },
} as RingdeskApi;

contextBridge.exposeInMainWorld('ringdesk', api);
