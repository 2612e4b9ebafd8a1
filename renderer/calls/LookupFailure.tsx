// The contact lookup of a call failed (helpdesk down, refused): say why, and
// let the agent look the number up again once the helpdesk is back (call.lookup).
import { useState } from 'react';
import { ringdesk } from '../ipc/ringdesk';
import { useI18n } from '../i18n/i18n';
import { errorProblem, problemText } from '../i18n/problem-text';
import type { ProblemText } from '../../shared/i18n/problem';
import type { DeskCall } from './call-board';

export function LookupFailure({ call, reason }: { call: DeskCall; reason: ProblemText }) {
  const { t, locale } = useI18n();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ProblemText>();
  const retry = () => {
    setBusy(true);
    setError(undefined);
    ringdesk()
      .invoke('call.lookup', { sipCallId: call.sipCallId })
      .catch((err: unknown) => setError(errorProblem(err)))
      .finally(() => setBusy(false));
  };
  return (
    <div className="lookup-failed">
      <p role="alert">{t('call.lookupFailed', { reason: problemText(reason, locale) })}</p>
      {call.state !== 'ended' && (
        <button type="button" disabled={busy} aria-busy={busy} onClick={retry}>
          {t('call.retryLookup')}
        </button>
      )}
      {error && (
        <p role="alert" className="status error">
          {t('phone.failed', { message: problemText(error, locale) })}
        </p>
      )}
    </div>
  );
}
