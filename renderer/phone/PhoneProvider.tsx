// Holds the one Phone of this window for as long as the app runs, whatever
// screen is showing: calls must ring on the Settings screen too.
import { createContext, useCallback, useContext, useEffect, useState, useSyncExternalStore } from 'react';
import type { ReactNode } from 'react';
import type { SipSettings } from '../../shared/sip/account';
import { ringdesk } from '../ipc/ringdesk';
import { Phone } from './phone';
import type { CallStats, PhoneSnapshot } from './phone';
import type { InviteArrival } from './invite-arrivals';
import './phone.css';

declare global {
  interface Window {
    /** Read-only look into the phone for diagnostics and end-to-end tests. */
    ringdeskPhone?: { snapshot(): PhoneSnapshot; stats(): Promise<CallStats[]>; inviteArrivals(): InviteArrival[] };
  }
}

const PhoneContext = createContext<Phone | undefined>(undefined);

export function PhoneProvider({ sip, children }: { sip: SipSettings | undefined; children: ReactNode }) {
  const [phone] = useState(() => new Phone(ringdesk()));

  useEffect(() => {
    phone.attach();
    window.ringdeskPhone = {
      snapshot: () => phone.snapshot,
      stats: () => phone.stats(),
      inviteArrivals: () => phone.arrivals.list(),
    };
    // Unregister when the window goes away (quit, reload), so the PBX stops ringing a dead phone.
    const leave = () => void phone.stop();
    window.addEventListener('pagehide', leave);
    // Answer / Hang up pressed in the call window, a notification, the tray or a global shortcut.
    const offControl = ringdesk().on('call.control', ({ action, sipCallId, digit }) => {
      const calls = phone.snapshot.calls;
      const view =
        sipCallId !== undefined
          ? calls.find((c) => c.sipCallId === sipCallId)
          : action === 'answer'
            ? calls.find((c) => c.status === 'ringing')
            : (calls.find((c) => c.status === 'active') ?? calls[0]);
      const call = view ? phone.call(view.id) : undefined;
      if (!call) return;
      const run = async () => {
        switch (action) {
          case 'answer':
            return call.answer();
          case 'hangup':
            return view?.status === 'ringing' ? call.decline() : call.hangup();
          case 'mute':
          case 'unmute':
            return call.setMuted(action === 'mute');
          case 'hold':
          case 'resume':
            return call.setHeld(action === 'hold');
          case 'dtmf':
            if (digit !== undefined) call.sendDtmf(digit, phone.dtmfMode);
            return;
        }
      };
      void run().catch(() => undefined);
    });
    return () => {
      offControl();
      window.removeEventListener('pagehide', leave);
      void phone.stop();
    };
  }, [phone]);

  useEffect(() => {
    if (sip) phone.applySettings(sip);
  }, [phone, sip]);

  return <PhoneContext.Provider value={phone}>{children}</PhoneContext.Provider>;
}


const noPhone = () => () => {};
const noSnapshot = () => undefined;

/** The phone when this window has one (the call-only window does not); re-renders on every change. */
export function useOptionalPhone(): { phone: Phone; snapshot: PhoneSnapshot } | undefined {
  const phone = useContext(PhoneContext);
  const subscribe = useCallback((listener: () => void) => (phone ? phone.subscribe(listener) : noPhone()), [phone]);
  const snapshot = useSyncExternalStore(subscribe, phone ? () => phone.snapshot : noSnapshot);
  return phone && snapshot ? { phone, snapshot } : undefined;
}

/** The phone and its current state; re-renders on every change. */
export function usePhone(): { phone: Phone; snapshot: PhoneSnapshot } {
  const phone = useContext(PhoneContext);
  if (!phone) throw new Error('usePhone() needs a <PhoneProvider> above it');
  const subscribe = useCallback((listener: () => void) => phone.subscribe(listener), [phone]);
  const snapshot = useSyncExternalStore(subscribe, () => phone.snapshot);
  return { phone, snapshot };
}
