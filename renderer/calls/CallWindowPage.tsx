// The call-only view (index.html?window=call): the small always-on-top
// window the desktop app shows for a call. It has no phone of its own (the
// main window's phone holds the SIP agent): it reads calls from main and
// sends Answer / Hang up through call.control.request.
import { useEffect } from 'react';
import { useI18n } from '../i18n/i18n';
import { CallCard } from './CallCard';
import { useDeskCalls } from './desk-hooks';

export function CallWindowPage() {
  const { t } = useI18n();
  const { calls, dismiss } = useDeskCalls();
  const live = calls.filter((c) => c.state !== 'ended');
  const shown = live.length > 0 ? live : calls.filter((c) => !c.dismissed).slice(0, 1);
  useEffect(() => {
    const first = shown[0];
    document.title = first ? `${first.event.remoteDisplayName || first.event.remoteNumber} · ${t('app.title')}` : t('app.title');
  });
  return (
    <main className="call-window" aria-label={t('call.window')}>
      <h1 className="visually-hidden">{t('call.window')}</h1>
      {shown.length === 0 && (
        <div className="call-idle">
          <p>{t('call.idle')}</p>
        </div>
      )}
      {shown.map((call, i) => (
        <CallCard key={call.sipCallId} call={call} primary={i === 0} onDismiss={() => dismiss(call.sipCallId)} />
      ))}
    </main>
  );
}
