// The one contract between main and renderer. Every channel is here, with
// its kind and payload schemas. preload, main/host/electron.ts and
// main/host/browser.ts are all driven by this table: adding a channel is one
// entry here plus its handler in main.
import { z } from 'zod';
import { event, invoke } from './ipc-channel';
import type { EventChannel, InvokeChannel } from './ipc-channel';
import { Settings, SettingsPatch } from './settings';
import { CallEvent, CallEventRecord, CallUpdate } from './calls/call-event';
import { SipAccountRef, SipCredentials, SipPasswordChange, SipPasswordStatus, WakeNotice } from './sip/channels';
import { RegistrationReport } from './sip/registration';
import { CallControl, CallControlRequest, DialRequest, PopupRequest, PopupResult, SecretProtection } from './desktop-channels';
import { templateChannels } from './templates-ipc';
import { integrationChannels } from './calls/integration-channels';
import { contactSearchChannels } from './calls/contact-search-channels';
import { callDeskChannels } from './calls/call-desk-channels';
import { WireProblem } from './i18n/wire-problem';

export const HostKind = z.enum(['electron', 'browser']);
export type HostKind = z.infer<typeof HostKind>;

export const AppInfo = z.object({
  name: z.string(),
  version: z.string(),
  host: HostKind,
  platform: z.string(),
  dataDir: z.string(),
});
export type AppInfo = z.infer<typeof AppInfo>;

const NoPayload = z.undefined();

export const channels = {
  'app.info': invoke(NoPayload, AppInfo),
  'settings.get': invoke(NoPayload, Settings),
  'settings.set': invoke(SettingsPatch, Settings),
  'settings.changed': event(Settings),
  'sip.password.set': invoke(SipPasswordChange, SipPasswordStatus),
  'sip.password.status': invoke(SipAccountRef, SipPasswordStatus),
  'sip.credentials': invoke(SipAccountRef, SipCredentials),
  'sip.registration.report': invoke(RegistrationReport, NoPayload),
  'sip.registrations': invoke(NoPayload, z.array(RegistrationReport)),
  'system.wake': event(WakeNotice),
  'call.event': invoke(CallEvent, NoPayload),
  'call.recent': invoke(NoPayload, z.array(CallEventRecord)),
  'call.updated': event(CallUpdate),
  'phone.dial': event(DialRequest),
  'call.control': event(CallControl),
  'call.control.request': invoke(CallControlRequest, NoPayload),
  'popup.open': invoke(PopupRequest, PopupResult),
  'secrets.protection': invoke(NoPayload, SecretProtection),
  ...templateChannels,
  ...integrationChannels,
  ...contactSearchChannels,
  ...callDeskChannels,
} as const;

export type Channels = typeof channels;
export type ChannelName = keyof Channels;

export type InvokeName = {
  [K in ChannelName]: Channels[K] extends InvokeChannel<z.ZodType, z.ZodType> ? K : never;
}[ChannelName];
export type EventName = {
  [K in ChannelName]: Channels[K] extends EventChannel<z.ZodType> ? K : never;
}[ChannelName];

export type RequestOf<C extends InvokeName> = Channels[C] extends InvokeChannel<infer Req, z.ZodType> ? z.input<Req> : never;
export type ResponseOf<C extends InvokeName> = Channels[C] extends InvokeChannel<z.ZodType, infer Res> ? z.output<Res> : never;
export type EventPayloadOf<E extends EventName> = Channels[E] extends EventChannel<infer P> ? z.output<P> : never;

/**
 * What the renderer sees as `window.ringdesk`, in Electron (through preload's
 * contextBridge) and in the browser host (through a WebSocket client) alike.
 */
export interface RingdeskApi {
  invoke<C extends InvokeName>(channel: C, ...request: RequestOf<C> extends undefined ? [] : [RequestOf<C>]): Promise<ResponseOf<C>>;
  /** Subscribes to an event; returns the function that unsubscribes. */
  on<E extends EventName>(channel: E, listener: (payload: EventPayloadOf<E>) => void): () => void;
}

export function isInvokeName(name: string): name is InvokeName {
  return Object.hasOwn(channels, name) && channels[name as ChannelName].kind === 'invoke';
}

export function isEventName(name: string): name is EventName {
  return Object.hasOwn(channels, name) && channels[name as ChannelName].kind === 'event';
}

/** The error shape that crosses the process boundary when an invoke fails. */
export const WireError = z.object({
  name: z.string(),
  message: z.string(),
  channel: z.string().optional(),
  fields: z.array(z.string()).optional(),
  /** What went wrong as a code and params, when main's error carried one (shown in the UI's language). */
  problem: WireProblem.optional(),
});
export type WireError = z.infer<typeof WireError>;
