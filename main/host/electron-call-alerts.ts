// Calls, as the desktop shows them: the call window follows the live calls,
// an incoming call raises a native notification (caller, matched contact,
// an Answer button), and Answer / Hang up from the notification, the tray or
// a global shortcut go to the phone as `call.control`. Decisions are in
// features/live-calls.ts.
import { app, Notification } from 'electron';
import type { Ringdesk } from '../app/ringdesk';
import { applyCallEvent, callForControl, callWindowAction, incomingCallNotice } from '../features/live-calls';
import type { LiveCalls } from '../features/live-calls';
import type { CallEvent, CallUpdate, ContactMatch } from '../../shared/calls/call-event';
import type { CallControl } from '../../shared/desktop-channels';
import { hostTranslator, resolveLanguage } from '../../shared/i18n';
import type { DesktopWindows } from './electron-windows';

/** Notifications, shortcuts and the tray only answer and hang up. */
type AnswerOrHangUp = Extract<CallControl['action'], 'answer' | 'hangup'>;

export interface CallAlerts {
  control(action: AnswerOrHangUp, source: CallControl['source']): void;
  stop(): void;
}

export function startCallAlerts(ringdesk: Ringdesk, windows: DesktopWindows, log: (line: string) => void): CallAlerts {
  let calls: LiveCalls = new Map();
  const contacts = new Map<string, ContactMatch>();
  const notices = new Map<string, Notification>();
  const canNotify = Notification.isSupported();
  if (!canNotify) log('notifications are not supported on this desktop (no notification service): calls show only the call window');

  const control = (action: AnswerOrHangUp, source: CallControl['source'], sipCallId?: string) => {
    const id = sipCallId ?? callForControl(calls, action)?.sipCallId;
    ringdesk.events.publish('call.control', { action, source, ...(id === undefined ? {} : { sipCallId: id }) });
  };

  const dismiss = (sipCallId: string) => {
    notices.get(sipCallId)?.close();
    notices.delete(sipCallId);
  };

  const notify = (event: CallEvent, silent: boolean) => {
    // The host speaks the UI's language: the setting, or the OS locale when it says "system".
    const settings = ringdesk.settings.get();
    const language = resolveLanguage(settings.general.language, app.getLocale());
    const notice = incomingCallNotice(event, contacts.get(event.sipCallId), settings.desktop.doNotDisturb, language);
    if (notice === undefined || !canNotify) return;
    notices.get(event.sipCallId)?.close();
    const notification = new Notification({
      title: notice.title,
      body: notice.body,
      silent,
      urgency: 'critical',
      timeoutType: 'never',
      actions: [{ type: 'button', text: hostTranslator(language)('notice.answer') }],
    });
    notification.on('action', () => control('answer', 'notification', event.sipCallId));
    notification.on('click', () => windows.showCall());
    notification.show();
    notices.set(event.sipCallId, notification);
    // E2E tests read this line (with the Call-ID only: no caller details in logs).
    log(`notification shown: incoming call ${event.sipCallId}`);
  };

  const stopCalls = ringdesk.callLog.onEvent(({ event }) => {
    calls = applyCallEvent(calls, event);
    windows.applyCallAction(callWindowAction(calls, event, ringdesk.settings.get().desktop.doNotDisturb));
    if (event.kind === 'ringing') notify(event, false);
    else {
      dismiss(event.sipCallId);
      if (event.kind === 'ended') contacts.delete(event.sipCallId);
    }
  });

  const stopUpdates = ringdesk.events.subscribe((channel, payload) => {
    if (channel !== 'call.updated') return;
    // The hub validated it against the call.updated schema before fanning it out.
    const update = payload as CallUpdate;
    const contact = update.contacts?.[0];
    const call = calls.get(update.sipCallId);
    if (contact === undefined || call === undefined || contacts.has(update.sipCallId)) return;
    contacts.set(update.sipCallId, contact);
    // The contact lookup finished while it still rings: say who it is, without ringing a second time.
    const ringingEvent = ringdesk.callLog.recent().findLast((r) => r.event.sipCallId === update.sipCallId && r.event.kind === 'ringing')?.event;
    if (call.state === 'ringing' && ringingEvent !== undefined && notices.has(update.sipCallId)) notify(ringingEvent, true);
  });

  return {
    control: (action, source) => control(action, source),
    stop() {
      stopCalls();
      stopUpdates();
      for (const id of [...notices.keys()]) dismiss(id);
    },
  };
}
