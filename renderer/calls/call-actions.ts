// What the agent can do with a call from its card, wherever the call lives:
// in this window's phone (every action), in the main window's phone while
// this is the call-only window (answer and hang up through main), or a
// simulated call in main (answer and hang up; mute, hold and keypad only
// change what the card shows, since there is no audio).
import { useState } from 'react';
import type { DtmfMode } from '../../shared/sip-account';
import { ringdesk } from '../ipc/ringdesk';
import { useOptionalPhone } from '../phone/PhoneProvider';
import type { DeskCall } from './call-board';

export interface CallActions {
  answer(): Promise<void>;
  /** Declines a ringing call, hangs up any other. */
  hangup(): Promise<void>;
  readonly muted: boolean;
  readonly held: boolean;
  /** Undefined when this window cannot mute/hold/send digits for the call. */
  readonly toggleMute: (() => void) | undefined;
  readonly toggleHold: (() => Promise<void>) | undefined;
  readonly sendDigit: ((digit: string) => void) | undefined;
  readonly digitsSent: string;
}

export const isSimulated = (call: DeskCall) => call.event.accountId === 'simulated';

export function useCallActions(call: DeskCall, dtmf: DtmfMode = 'rfc4733'): CallActions {
  const phone = useOptionalPhone();
  const [local, setLocal] = useState({ muted: false, held: false, digits: '' });
  const view = phone?.snapshot.calls.find((c) => c.sipCallId === call.sipCallId);
  const session = view && phone ? phone.phone.call(view.id) : undefined;
  const viaMain = (action: 'answer' | 'hangup') => ringdesk().invoke('call.control.request', { action, sipCallId: call.sipCallId });

  if (session && view) {
    return {
      answer: () => session.answer(),
      hangup: () => (view.status === 'ringing' ? session.decline() : session.hangup()),
      muted: view.muted,
      held: view.held,
      toggleMute: () => session.setMuted(!view.muted),
      toggleHold: () => session.setHeld(!view.held),
      sendDigit: (digit) => session.sendDtmf(digit, dtmf),
      digitsSent: view.dtmfSent,
    };
  }
  const simulated = isSimulated(call);
  return {
    answer: () => viaMain('answer'),
    hangup: () => viaMain('hangup'),
    muted: local.muted,
    held: local.held,
    toggleMute: simulated ? () => setLocal((s) => ({ ...s, muted: !s.muted })) : undefined,
    toggleHold: simulated ? () => Promise.resolve(setLocal((s) => ({ ...s, held: !s.held }))) : undefined,
    sendDigit: simulated ? (digit) => setLocal((s) => ({ ...s, digits: s.digits + digit })) : undefined,
    digitsSent: local.digits,
  };
}
