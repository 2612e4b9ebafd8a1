// "Try the demo": on a first run with nothing configured, one click starts
// a sample helpdesk on this computer, connects to it, and offers simulated
// incoming calls that go through the real pipeline (lookup, popup, ticket,
// journal) without a PBX. While the demo template is in use the panel stays,
// with the caller picker, the helpdesk's address and Stop.
import { useId, useState } from 'react';
import type { Settings } from '../../shared/settings';
import { ringdesk } from '../ipc/ringdesk';
import { useI18n } from '../i18n/i18n';
import { errorProblem, problemText } from '../i18n/problem-text';
import type { ProblemText } from '../../shared/i18n/problem';
import { useDemoStatus } from '../calls/desk-hooks';
import './demo.css';

export function DemoPanel({ settings }: { settings: Settings }) {
  const { t, locale } = useI18n();
  const status = useDemoStatus();
  const [caller, setCaller] = useState(0);
  const [error, setError] = useState<ProblemText>();
  const callerId = useId();
  if (!status) return null;
  const fresh = settings.integration.templateKey === '' && settings.sip.accounts.length === 0;
  const demoInUse = settings.integration.templateKey === status.templateKey;
  if (!fresh && !demoInUse && status.state !== 'running') return null;

  const act = (action: () => Promise<unknown>) => {
    setError(undefined);
    action().catch((e: unknown) => setError(errorProblem(e)));
  };
  const simulate = () => {
    const c = status.callers[caller];
    if (!c) return;
    act(() => ringdesk().invoke('call.simulate', { from: c.number, name: c.name }));
  };

  if (status.state !== 'running') {
    return (
      <section className="demo-panel intro" aria-labelledby="demo-title">
        <div>
          <h2 id="demo-title">{t(fresh ? 'demo.title' : 'demo.stoppedTitle')}</h2>
          <p>{t(fresh ? 'demo.pitch' : 'demo.stoppedPitch')}</p>
          {status.state === 'failed' && (
            <p role="alert" className="status error">
              {t('demo.failed', { reason: status.reason === undefined ? '' : problemText(status.reason, locale) })}
            </p>
          )}
        </div>
        <button type="button" className="primary" disabled={status.state === 'starting'} onClick={() => act(() => ringdesk().invoke('demo.start'))}>
          {status.state === 'starting' ? t('demo.starting') : t(fresh ? 'demo.try' : 'demo.restart')}
        </button>
      </section>
    );
  }
  return (
    <section className="demo-panel running" aria-labelledby="demo-title">
      <div className="demo-info">
        <h2 id="demo-title">{t('demo.runningTitle')}</h2>
        <p className="hint">
          {t('demo.runningAt')}{' '}
          <a href={status.url} target="_blank" rel="noopener noreferrer" translate="no">
            {status.url}
          </a>
        </p>
      </div>
      <div className="demo-actions">
        <label htmlFor={callerId} className="visually-hidden">
          {t('demo.caller')}
        </label>
        <select id={callerId} value={caller} onChange={(e) => setCaller(Number(e.target.value))}>
          {status.callers.map((c, i) => (
            <option key={c.number} value={i} translate={c.known ? 'no' : undefined}>
              {c.known ? `${c.name} · ${c.number}` : t('demo.unknownCaller', { number: c.number })}
            </option>
          ))}
        </select>
        <button type="button" className="primary" onClick={simulate}>
          {t('demo.simulate')}
        </button>
        <button type="button" onClick={() => act(() => ringdesk().invoke('demo.stop'))}>
          {t('demo.stop')}
        </button>
      </div>
      {error && (
        <p role="alert" className="status error">
          {problemText(error, locale)}
        </p>
      )}
    </section>
  );
}
