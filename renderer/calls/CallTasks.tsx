// What Ringdesk did for this call in the helpdesk: the ticket (queued,
// creating, created #id, failed) and the call journal (queued, sending, sent,
// failed), live, with Retry for after-call work that failed (outbox.retry).
import { useState } from 'react';
import type { CallUpdate } from '../../shared/calls/call-event';
import type { OutboxItem } from '../../shared/calls/outbox-item';
import { ringdesk } from '../ipc/ringdesk';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/en';
import { errorProblem, problemText } from '../i18n/problem-text';
import type { ProblemText } from '../../shared/i18n/problem';
import type { DeskCall } from './call-board';
import { useOutbox } from './desk-hooks';

type Task = NonNullable<CallUpdate['journal']>;

/** A pending task with failed attempts is waiting for its next retry, not being worked on. */
const retrying = (task: Task) => task.status === 'pending' && (task.attempts ?? 0) > 0;

function Chip({ kind, task, id }: { kind: 'ticket' | 'journal'; task: Task; id?: string | undefined }) {
  const { t } = useI18n();
  const shown = retrying(task) ? 'retrying' : task.status;
  const text = t(`call.${kind}.${shown}` as MessageKey, { id: id ?? '' });
  return (
    <span className={`chip task ${task.status}`} data-task={kind} data-status={task.status} data-retrying={retrying(task) ? 'true' : undefined} role="status" aria-label={`${t(`call.${kind}` as MessageKey)}: ${text}`}>
      {text}
    </span>
  );
}

export function CallTasks({ call }: { call: DeskCall }) {
  const { t, locale } = useI18n();
  const outbox = useOutbox();
  const [error, setError] = useState<ProblemText>();
  const why = (problem: ProblemText | undefined) => (problem === undefined ? '' : problemText(problem, locale));
  const ticket = call.update?.ticket;
  const journal = call.update?.journal;
  const failed = outbox.filter((i: OutboxItem) => i.callId === call.sipCallId && i.state === 'failed');
  if (!ticket && !journal && failed.length === 0) return null;
  const retry = (item: OutboxItem) => {
    setError(undefined);
    ringdesk()
      .invoke('outbox.retry', { id: item.id })
      .catch((e: unknown) => setError(errorProblem(e)));
  };
  return (
    <div className="call-tasks">
      <div className="chips">
        {ticket && <Chip kind="ticket" task={ticket} id={ticket.id} />}
        {journal && <Chip kind="journal" task={journal} />}
      </div>
      {(['ticket', 'journal'] as const).map((kind) => {
        const task = kind === 'ticket' ? ticket : journal;
        if (task === undefined || !retrying(task)) return null;
        return (
          <p key={kind} className="hint task-retry" data-task={kind}>
            {t('call.attemptFailed', { task: t(`call.${kind}`), attempts: task.attempts ?? 0, error: why(task.lastError) })}
          </p>
        );
      })}
      {failed.map((item) => (
        <div key={item.id} className="task-failure">
          <p className="hint">{t('call.taskFailed', { scenario: item.scenario, error: why(item.lastError) })}</p>
          <button type="button" onClick={() => retry(item)} aria-label={t('call.retryOf', { scenario: item.scenario })}>
            {t('call.retry')}
          </button>
        </div>
      ))}
      {error && (
        <p role="alert" className="status error">
          {problemText(error, locale)}
        </p>
      )}
    </div>
  );
}
