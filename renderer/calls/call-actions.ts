// What the agent can do with a call from its card, wherever the call lives:
// in this window's phone (every action), in the main window's phone while
// this is the call-only window (every action, passed through main to that
// phone; the card shows mute and hold as pressed here, since the phone's own
// state lives in the other window), or a simulated call in main (answer and
// hang up; mute, hold and keypad only change what the card shows, since there
// is no audio).
import { useState } from 'react';
import type { CallControlRequest } from '../../shared/desktop-channels';
import type { DtmfMode } from '../../shared/sip/account';
import { ringdesk } from '../ipc/ringdesk';
import { useOptionalPhone } from '../phone/PhoneProvider';
import type { DeskCall } from './call-board';

export interface CallActions {
  answer(): Promise<void>;
  /** Declines a ringing call, hangs up any other. */
  hangup(): Promise<void>;
  readonly muted: boolean;
  readonly held: boolean;
  readonly toggleMute: () => void;
  readonly toggleHold: () => Promise<void>;
  readonly sendDigit: (digit: string) => void;
  readonly digitsSent: string;
}

export const isSimulated = (call: DeskCall) => call.event.accountId === 'simulated';

export function useCallActions(call: DeskCall, dtmf: DtmfMode = 'rfc4733'): CallActions {
  const phone = useOptionalPhone();
  const [local, setLocal] = useState({ muted: false, held: false, digits: '' });
  const view = phone?.snapshot.calls.find((c) => c.sipCallId === call.sipCallId);
  const session = view && phone ? phone.phone.call(view.id) : undefined;
  const viaMain = (action: CallControlRequest['action'], digit?: string) =>
    ringdesk().invoke('call.control.request', { action, sipCallId: call.sipCallId, ...(digit === undefined ? {} : { digit }) });

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
  const remote = async (action: CallControlRequest['action'], digit?: string) => {
    if (!simulated) await viaMain(action, digit);
  };
  return {
    answer: () => viaMain('answer'),
    hangup: () => viaMain('hangup'),
    muted: local.muted,
    held: local.held,
    toggleMute: () => {
      void remote(local.muted ? 'unmute' : 'mute').then(() => setLocal((s) => ({ ...s, muted: !s.muted })));
    },
    toggleHold: () => remote(local.held ? 'resume' : 'hold').then(() => setLocal((s) => ({ ...s, held: !s.held }))),
    sendDigit: (digit) => {
      void remote('dtmf', digit).then(() => setLocal((s) => ({ ...s, digits: s.digits + digit })));
    },
    digitsSent: local.digits,
  };
}
