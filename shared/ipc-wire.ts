// The message format the browser host speaks over its WebSocket. The Electron
// host uses ipcMain/ipcRenderer instead but returns the same InvokeOutcome
// envelope, so the renderer sees identical results and errors on both hosts.
import { z } from 'zod';
import type { WireError } from './ipc';

export const ClientMessage = z.object({
  type: z.literal('invoke'),
  id: z.number().int().nonnegative(),
  channel: z.string(),
  payload: z.unknown().optional(),
});
export type ClientMessage = z.infer<typeof ClientMessage>;

/** What a handler's run comes to, on either host. */
export type InvokeOutcome = { ok: true; result: unknown } | { ok: false; error: WireError };

export type ServerMessage =
  | ({ type: 'result'; id: number | null } & InvokeOutcome)
  | { type: 'event'; channel: string; payload: unknown };
