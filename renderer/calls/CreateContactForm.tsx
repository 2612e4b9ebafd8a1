// An unknown number: create the helpdesk contact from the call window, with
// the first and last name taken from the caller ID (call.createContact).
import { useId, useState } from 'react';
import { ringdesk } from '../ipc/ringdesk';
import { useI18n } from '../i18n/i18n';
import { errorProblem, problemText } from '../i18n/problem-text';
import type { ProblemText } from '../../shared/i18n/problem';
import type { DeskCall } from './call-board';

/** "Ada King Lovelace" -> Ada / King Lovelace; no name -> the number as the last name (helpdesks require one). */
export function namesFromCallerId(displayName: string, number: string): { firstName: string; lastName: string } {
  const words = displayName.trim().split(/\s+/).filter((w) => w !== '');
  if (words.length === 0) return { firstName: '', lastName: number };
  if (words.length === 1) return { firstName: '', lastName: words[0] ?? number };
  return { firstName: words[0] ?? '', lastName: words.slice(1).join(' ') };
}

export function CreateContactForm({ call }: { call: DeskCall }) {
  const { t, locale } = useI18n();
  const initial = namesFromCallerId(call.event.remoteDisplayName, call.event.remoteNumber);
  const [open, setOpen] = useState(false);
  const [firstName, setFirst] = useState(initial.firstName);
  const [lastName, setLast] = useState(initial.lastName);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ProblemText>();
  const ids = { first: useId(), last: useId() };

  if (!open) {
    return (
      <div className="unknown">
        <p className="hint">{t('call.noContact')}</p>
        <button type="button" onClick={() => setOpen(true)}>
          {t('call.createContact')}
        </button>
      </div>
    );
  }
  return (
    <form
      className="create-contact"
      aria-label={t('call.createContact')}
      onSubmit={(e) => {
        e.preventDefault();
        setBusy(true);
        setError(undefined);
        ringdesk()
          .invoke('call.createContact', { sipCallId: call.sipCallId, firstName: firstName.trim(), lastName: lastName.trim() })
          .catch((err: unknown) => setError(errorProblem(err)))
          .finally(() => setBusy(false));
      }}
    >
      <div className="row">
        <div className="field">
          <label htmlFor={ids.first}>{t('call.firstName')}</label>
          <input id={ids.first} value={firstName} onChange={(e) => setFirst(e.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={ids.last}>{t('call.lastName')}</label>
          <input id={ids.last} value={lastName} required onChange={(e) => setLast(e.target.value)} />
        </div>
      </div>
      <div className="actions">
        <button type="submit" className="primary" disabled={busy || lastName.trim() === ''}>
          {busy ? t('call.creating') : t('call.create')}
        </button>
        <button type="button" onClick={() => setOpen(false)}>
          {t('call.cancel')}
        </button>
      </div>
      {error && (
        <p role="alert" className="status error">
          {t('phone.failed', { message: problemText(error, locale) })}
        </p>
      )}
    </form>
  );
}
