// What Ringdesk did for this call in the helpdesk: the ticket (queued,
// creating, created #id, failed) and the call journal (queued, sending, sent,
// failed), live, with Retry for after-call work that failed (outbox.retry).
import { useState } from 'react';
import type { OutboxItem } from '../../shared/calls/outbox-item';
import { ringdesk } from '../ipc/ringdesk';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/en';
import type { DeskCall } from './call-board';
import { useOutbox } from './desk-hooks';

type Status = 'pending' | 'running' | 'done' | 'failed';

function Chip({ kind, status, id }: { kind: 'ticket' | 'journal'; status: Status; id?: string | undefined }) {
  const { t } = useI18n();
  const text = t(`call.${kind}.${status}` as MessageKey, { id: id ?? '' });
  return (
    <span className={`chip task ${status}`} data-task={kind} data-status={status} role="status" aria-label={`${t(`call.${kind}` as MessageKey)}: ${text}`}>
      {text}
    </span>
  );
}

export function CallTasks({ call }: { call: DeskCall }) {
  const { t } = useI18n();
  const outbox = useOutbox();
  const [error, setError] = useState<string>();
  const ticket = call.update?.ticket;
  const journal = call.update?.journal;
  const failed = outbox.filter((i: OutboxItem) => i.callId === call.sipCallId && i.state === 'failed');
  if (!ticket && !journal && failed.length === 0) return null;
  const retry = (item: OutboxItem) => {
    setError(undefined);
    ringdesk()
      .invoke('outbox.retry', { id: item.id })
      .catch((e: Error) => setError(e.message));
  };
  return (
    <div className="call-tasks">
      <div className="chips">
        {ticket && <Chip kind="ticket" status={ticket.status} id={ticket.id} />}
        {journal && <Chip kind="journal" status={journal.status} />}
      </div>
      {failed.map((item) => (
        <div key={item.id} className="task-failure">
          <p className="hint">{t('call.taskFailed', { scenario: item.scenario, error: item.lastError ?? '' })}</p>
          <button type="button" onClick={() => retry(item)} aria-label={t('call.retryOf', { scenario: item.scenario })}>
            {t('call.retry')}
          </button>
        </div>
      ))}
      {error && (
        <p role="alert" className="status error">
          {error}
        </p>
      )}
    </div>
  );
}
