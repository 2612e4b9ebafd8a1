// Payloads of the agent's call desk (listed in shared/ipc.ts): the call
// events main heard, replayed to every window (the call-only window has no
// phone of its own), the latest CallUpdate of recent calls, simulated calls
// (the demo and admins' "Simulate incoming call"), the demo helpdesk, the
// OAuth2 consent page handed to the page when main cannot open a browser.
import { z } from 'zod';
import { event, invoke } from '../ipc-channel';
import { CallEventRecord, CallUpdate } from './call-event';
import { WireProblem } from '../i18n/wire-problem';

export const SimulatedCallRequest = z.object({
  /** The caller's number as the PBX would give it. */
  from: z.string().min(1).max(128),
  /** Caller ID display name ('' = none). */
  name: z.string().max(256).default(''),
  /** Seconds it rings before it counts as missed when nobody answers. */
  ringSeconds: z.number().int().min(1).max(600).default(60),
});
export type SimulatedCallRequest = z.input<typeof SimulatedCallRequest>;

export const SimulatedCall = z.object({ sipCallId: z.string() });

export const DemoCaller = z.object({ name: z.string(), number: z.string(), known: z.boolean() });
export type DemoCaller = z.infer<typeof DemoCaller>;

export const DemoStatus = z.object({
  state: z.enum(['stopped', 'starting', 'running', 'failed']),
  /** The demo helpdesk's address while it runs (http://127.0.0.1:port). */
  url: z.string().optional(),
  /** Key of the demo template. */
  templateKey: z.string(),
  /** Why it failed to start. */
  reason: WireProblem.optional(),
  /** Callers to simulate: numbers the demo helpdesk knows, and one it does not. */
  callers: z.array(DemoCaller),
});
export type DemoStatus = z.infer<typeof DemoStatus>;

/**
 * main -> page: OAuth2 sign-in wants the helpdesk's consent page and this host
 * has no system browser to open it (browser host); the page opens it.
 */
export const ConsentRequest = z.object({ url: z.string().max(4096), redirectUri: z.string().max(512) });
export type ConsentRequest = z.infer<typeof ConsentRequest>;

const NoPayload = z.undefined();

export const callDeskChannels = {
  /** Every call event main recorded (phone calls and simulated calls alike). */
  'call.events': event(CallEventRecord),
  /** The latest update of each recent call (for a window that opens mid-call). */
  'call.updates': invoke(NoPayload, z.array(CallUpdate)),
  'call.simulate': invoke(SimulatedCallRequest, SimulatedCall),
  'demo.status': invoke(NoPayload, DemoStatus),
  'demo.start': invoke(NoPayload, DemoStatus),
  'demo.stop': invoke(NoPayload, DemoStatus),
  'demo.changed': event(DemoStatus),
  'integration.consent': event(ConsentRequest),
} as const;
