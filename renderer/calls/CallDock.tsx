// The main window's place for calls: a card for each call ringing or in
// progress, and for each call that ended until the agent closes it (its
// ticket and journal finish after hang-up). On the Phone screen, the phone's
// own panels already show its live calls; the dock shows the rest.
import type { DtmfMode } from '../../shared/sip/account';
import { useI18n } from '../i18n/i18n';
import { useOptionalPhone } from '../phone/PhoneProvider';
import { CallCard } from './CallCard';
import { useDeskCalls } from './desk-hooks';

export function CallDock({ hidePhoneCalls, dtmf }: { hidePhoneCalls: boolean; dtmf: DtmfMode }) {
  const { t } = useI18n();
  const { calls, dismiss } = useDeskCalls();
  const phone = useOptionalPhone();
  const onPhone = (id: string) => phone?.snapshot.calls.some((c) => c.sipCallId === id) ?? false;
  const open = calls.filter((c) => !c.dismissed && !(hidePhoneCalls && c.state !== 'ended' && onPhone(c.sipCallId)));
  // Every live call, and the last call that ended (its ticket and journal finish after hang-up).
  const lastEnded = open.find((c) => c.state === 'ended');
  const shown = [...open.filter((c) => c.state !== 'ended'), ...(lastEnded ? [lastEnded] : [])].slice(0, 3);
  if (shown.length === 0) return null;
  const primary = shown.find((c) => c.state !== 'ended')?.sipCallId;
  return (
    <aside className="call-dock" aria-label={t('call.dock')}>
      {shown.map((call) => (
        <CallCard key={call.sipCallId} call={call} primary={call.sipCallId === primary} dtmf={dtmf} onDismiss={() => dismiss(call.sipCallId)} />
      ))}
    </aside>
  );
}
