// One call as the agent works it: who is calling, the helpdesk contact(s)
// found for the number, the call's controls, and what Ringdesk did about it
// (popup, ticket, journal) with a retry for what failed. Used in the call
// window (index.html?window=call) and in the main window alike.
import { useEffect, useState } from 'react';
import type { DtmfMode } from '../../shared/sip/account';
import { useFormats, useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/en';
import { errorProblem, problemText } from '../i18n/problem-text';
import type { ProblemText } from '../../shared/i18n/problem';
import { DialPad } from '../phone/DialPad';
import type { DeskCall } from './call-board';
import { useCallActions } from './call-actions';
import { CallTasks } from './CallTasks';
import { ContactMatches } from './ContactMatches';
import { CreateContactForm } from './CreateContactForm';
import { LookupFailure } from './LookupFailure';
import { pickedContact } from './picked-contact';
import { PopupNotice } from './PopupNotice';
import './calls.css';

export function callerName(call: DeskCall): string {
  return call.event.remoteDisplayName.trim() || call.event.remoteNumber;
}

function initials(name: string): string {
  const letters = name
    .split(/\s+/)
    .filter((w) => /^\p{L}/u.test(w))
    .map((w) => [...w][0] ?? '')
    .slice(0, 2)
    .join('');
  return letters === '' ? '#' : letters.toUpperCase();
}

function useNow(active: boolean): number {
  const [now, setNow] = useState(Date.now);
  useEffect(() => {
    if (!active) return;
    const timer = setInterval(() => setNow(Date.now()), 1000);
    return () => clearInterval(timer);
  }, [active]);
  return now;
}

interface Props {
  call: DeskCall;
  /** The call the keyboard shortcuts act on. */
  primary: boolean;
  dtmf?: DtmfMode;
  onDismiss(): void;
}

export function CallCard({ call, primary, dtmf, onDismiss }: Props) {
  const { t, locale } = useI18n();
  const format = useFormats();
  const actions = useCallActions(call, dtmf);
  const [keypad, setKeypad] = useState(false);
  const [error, setError] = useState<ProblemText>();
  const now = useNow(call.state === 'answered');
  const name = callerName(call) || t('phone.unknownCaller');
  const update = call.update;
  const contacts = update?.contacts ?? [];
  const lookupDone = update !== undefined;
  // A failed lookup says nothing about the number: offering "Create contact" would risk a duplicate.
  const lookupFailed = update?.lookupError;

  const run = (action: () => Promise<void> | void) => {
    setError(undefined);
    Promise.resolve()
      .then(action)
      .catch((e: unknown) => setError(errorProblem(e)));
  };

  useEffect(() => {
    if (!primary || call.state === 'ended') return;
    const onKey = (e: KeyboardEvent) => {
      if (!e.altKey || e.ctrlKey || e.metaKey) return;
      const key = e.key.toLowerCase();
      if (key === 'a' && call.state === 'ringing') {
        e.preventDefault();
        run(() => actions.answer());
      } else if (key === 'h') {
        e.preventDefault();
        run(() => actions.hangup());
      }
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  });

  const status =
    call.state === 'ringing'
      ? t(call.event.direction === 'inbound' ? 'call.state.ringing' : 'call.state.dialing')
      : call.state === 'answered'
        ? t('call.state.talking', { time: format.clock((now - (call.answeredAt ?? now)) / 1000) })
        : call.event.kind === 'ended'
          ? t('call.state.ended', { outcome: t(`phone.disposition.${call.event.disposition}` as MessageKey) })
          : '';

  return (
    <section className="call-card" role="region" aria-label={t('call.card', { caller: name })} data-state={call.state} data-call-id={call.sipCallId}>
      <header className="call-head">
        <div className="avatar" aria-hidden="true" translate="no">
          {initials(pickedContact(update)?.name ?? name)}
        </div>
        <div className="who">
          <h2 className="caller" translate={callerName(call) ? 'no' : undefined} title={name}>
            {name}
          </h2>
          <p className="number">
            {call.event.remoteNumber ? (
              <span className="phone" translate="no">
                {format.phone(call.event.remoteNumber)}
              </span>
            ) : (
              <span className="phone">{t('phone.unknownCaller')}</span>
            )}{' '}
            · <span className="direction">{t(`phone.direction.${call.event.direction}`)}</span>
          </p>
          <span className={`chip state-${call.state}`} role="status">
            {status}
          </span>
        </div>
      </header>

      <PopupNotice call={call} />

      {!lookupDone && call.state !== 'ended' && <p className="hint">{t('call.lookingUp')}</p>}
      {contacts.length > 0 && <ContactMatches call={call} />}
      {lookupFailed !== undefined && contacts.length === 0 && (
        <LookupFailure call={call} reason={lookupFailed} />
      )}
      {lookupDone && lookupFailed === undefined && contacts.length === 0 && call.event.remoteNumber !== '' && <CreateContactForm call={call} />}

      {call.state !== 'ended' && (
        <div className="call-controls" role="group" aria-label={t('call.controls')}>
          {call.state === 'ringing' && call.event.direction === 'inbound' && (
            <button type="button" className="primary answer" aria-keyshortcuts="Alt+A" onClick={() => run(() => actions.answer())}>
              {t('phone.answer')}
            </button>
          )}
          <button type="button" className="danger" aria-keyshortcuts="Alt+H" onClick={() => run(() => actions.hangup())}>
            {call.state === 'ringing' && call.event.direction === 'inbound' ? t('phone.decline') : t('phone.hangup')}
          </button>
          {call.state === 'answered' && (
            <>
              <button type="button" aria-pressed={actions.muted} onClick={() => actions.toggleMute()}>
                {t('phone.mute')}
              </button>
              <button type="button" aria-pressed={actions.held} onClick={() => run(() => actions.toggleHold())}>
                {t('phone.hold')}
              </button>
              <button type="button" aria-pressed={keypad} aria-expanded={keypad} onClick={() => setKeypad(!keypad)}>
                {t('phone.keypad')}
              </button>
            </>
          )}
        </div>
      )}
      {call.state !== 'ended' && <p className="hint shortcuts">{t(call.state === 'ringing' ? 'call.shortcuts.ringing' : 'call.shortcuts.talking')}</p>}
      {keypad && call.state === 'answered' && (
        <>
          <DialPad label={t('phone.keypad')} nameKey="phone.sendDigit" onDigit={(digit) => actions.sendDigit(digit)} />
          {actions.digitsSent !== '' && <p className="hint">{t('phone.dtmfSent', { digits: actions.digitsSent })}</p>}
        </>
      )}

      <CallTasks call={call} />

      {update?.errors && update.errors.length > 0 && (
        <details className="call-errors">
          <summary>{t('call.errors', { count: update.errors.length })}</summary>
          <ul>
            {update.errors.map((e, i) => (
              <li key={i}>{problemText(e, locale)}</li>
            ))}
          </ul>
        </details>
      )}
      {error && (
        <p role="alert" className="status error">
          {t('phone.failed', { message: problemText(error, locale) })}
        </p>
      )}
      {call.state === 'ended' && (
        <div className="actions">
          <button type="button" onClick={onDismiss}>
            {t('call.dismiss')}
          </button>
        </div>
      )}
    </section>
  );
}
