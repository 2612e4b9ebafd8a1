// Recent calls as main recorded them, each with what the engine did for it:
// every request (scenario, request line, HTTP status, duration, attempts,
// outputs, error — secrets already redacted by main), loaded when opened.
import { useEffect, useState } from 'react';
import type { ActivityEntry } from '../../shared/calls/activity';
import { ringdesk } from '../ipc/ringdesk';
import { useFormats, useI18n } from '../i18n/i18n';
import type { Formats } from '../i18n/format';
import type { MessageKey } from '../i18n/en';
import { problemText } from '../i18n/problem-text';
import type { DeskCall } from './call-board';
import { callerName } from './CallCard';
import { useDeskCalls } from './desk-hooks';
import { pickedContact } from './picked-contact';

function ActivityTable({ callId }: { callId: string }) {
  const { t, locale } = useI18n();
  const format = useFormats();
  const [entries, setEntries] = useState<ActivityEntry[]>();
  useEffect(() => {
    const api = ringdesk();
    const off = api.on('activity.changed', (e) => e.callId === callId && setEntries((list) => [...(list ?? []).filter((x) => x.id !== e.id), e]));
    void api.invoke('activity.list', { callId }).then(setEntries).catch(() => setEntries([]));
    return off;
  }, [callId]);
  if (entries === undefined) return <p className="hint">{t('app.loading')}</p>;
  if (entries.length === 0) return <p className="hint">{t('recent.noActivity')}</p>;
  return (
    <div className="table-scroll">
      <table className="activity">
        <thead>
          <tr>
            <th scope="col">{t('recent.request')}</th>
            <th scope="col">{t('recent.status')}</th>
            <th scope="col">{t('recent.duration')}</th>
            <th scope="col">{t('recent.outputs')}</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id} className={e.error !== undefined || e.status >= 400 || e.status === 0 ? 'bad' : 'good'}>
              <td>
                <strong translate="no">
                  {e.scenario} · {e.request}
                </strong>
                <code className="line" translate="no">
                  {e.line}
                </code>
                {e.error !== undefined && <span className="error-text">{problemText(e.error, locale)}</span>}
              </td>
              <td>{e.status === 0 ? '—' : e.status}</td>
              <td>
                {format.milliseconds(e.durationMs)}
                {(e.attempts ?? 1) > 1 ? ` · ${t('recent.attempts', { count: e.attempts ?? 1 })}` : ''}
              </td>
              <td translate="no">
                {Object.entries(e.outputs)
                  .slice(0, 8)
                  .map(([k, v]) => `${k}=${v}`)
                  .join(', ') || '—'}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function talk(call: DeskCall, format: Formats): string {
  if (call.event.kind !== 'ended' || call.answeredAt === undefined) return '';
  return format.duration((call.event.endedAt - call.answeredAt) / 1000);
}

export function RecentCalls() {
  const { t } = useI18n();
  const format = useFormats();
  const { calls } = useDeskCalls();
  const [open, setOpen] = useState<string>();
  // "Today" is judged when the list first shows; a list left open past midnight keeps times only.
  const [now] = useState(Date.now);
  const ended = calls.filter((c) => c.state === 'ended').slice(0, 30);
  return (
    <section className="card recent" aria-labelledby="recent-title">
      <h2 id="recent-title">{t('phone.recent')}</h2>
      {ended.length === 0 ? (
        <p className="hint">{t('recent.none')}</p>
      ) : (
        <ul className="recent-list">
          {ended.map((call) => {
            const contact = pickedContact(call.update);
            const disposition = call.event.kind === 'ended' ? call.event.disposition : 'ANSWERED';
            const expanded = open === call.sipCallId;
            return (
              <li key={call.sipCallId} data-disposition={disposition}>
                <button type="button" className="recent-row" aria-expanded={expanded} onClick={() => setOpen(expanded ? undefined : call.sipCallId)}>
                  <span className={`dir ${call.event.direction}`} aria-hidden="true">
                    {call.event.direction === 'inbound' ? '↙' : '↗'}
                  </span>
                  <span className="who">
                    {contact?.name || callerName(call) ? (
                      <span className="name" translate="no">
                        {contact?.name || callerName(call)}
                      </span>
                    ) : (
                      <span className="name">{t('phone.unknownCaller')}</span>
                    )}
                    <span className="meta">
                      {call.event.remoteNumber !== '' && <span translate="no">{`${format.phone(call.event.remoteNumber)} · `}</span>}
                      {[t(`phone.direction.${call.event.direction}`), t(`phone.disposition.${disposition}` as MessageKey), talk(call, format)].filter((x) => x !== '').join(' · ')}
                    </span>
                  </span>
                  <span className="tasks">
                    {call.update?.ticket && <span className={`chip task ${call.update.ticket.status}`}>{t(`call.ticket.${call.update.ticket.status}`, { id: call.update.ticket.id ?? '' })}</span>}
                    {call.update?.journal && <span className={`chip task ${call.update.journal.status}`}>{t(`call.journal.${call.update.journal.status}`)}</span>}
                  </span>
                  <span className="time">{format.when(call.event.startedAt, now)}</span>
                </button>
                {expanded && <ActivityTable callId={call.sipCallId} />}
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}
