// Dry run: pick a template, a scenario and a sample call; see the exact
// requests (method, URL, headers with secrets as ***, body) Ringdesk would
// send. main renders them with the engine's own code and sends nothing.
import { useEffect, useId, useMemo, useState } from 'react';
import { authSettings, parseTemplate } from '../../shared/template';
import type { DryRunCall, DryRunResult, ReadyMadeTemplate, TemplateRef, TemplateSummary } from '../../shared/templates-ipc';
import { useI18n } from '../i18n/i18n';
import { errorProblem, problemText } from '../i18n/problem-text';
import type { ProblemText } from '../../shared/i18n/problem';
import { ringdesk } from '../ipc/ringdesk';

interface Props {
  custom: readonly TemplateSummary[];
  readyMade: readonly ReadyMadeTemplate[];
}

interface Shape {
  scenarios: string[];
  fields: { name: string; title: string; editor: string; options: readonly string[] }[];
}

function refOf(value: string): TemplateRef | undefined {
  const [kind, id] = [value.slice(0, value.indexOf(':')), value.slice(value.indexOf(':') + 1)];
  if (kind === 'custom') return { kind: 'custom', key: id };
  if (kind === 'readyMade') return { kind: 'readyMade', id };
  return undefined;
}

function shapeOf(xml: string): Shape {
  const { template } = parseTemplate(xml, { validate: false });
  if (!template) return { scenarios: [], fields: [] };
  const scenarios = template.information.scenarios.map((s) => s.id ?? '').filter((id) => id !== '' && id !== 'AuthMethod');
  const fields = authSettings(template).customFields.map((f) => ({ name: f.name, title: f.title, editor: f.editor, options: f.options }));
  return { scenarios, fields };
}

const START_CALL: DryRunCall = { direction: 'inbound', remoteNumber: '+14155550100', remoteName: 'Ada Lovelace', localNumber: '1001', localName: 'Support Agent', ringSeconds: 8, talkSeconds: 95 };

export function DryRun({ custom, readyMade }: Props) {
  const { t, locale } = useI18n();
  const ids = { template: useId(), scenario: useId(), direction: useId() };
  const options = useMemo(() => [...custom.map((c) => `custom:${c.key}`), ...readyMade.map((r) => `readyMade:${r.id}`)], [custom, readyMade]);
  const [chosen, setChosen] = useState('');
  const selected = chosen !== '' && options.includes(chosen) ? chosen : (options[0] ?? '');
  const [shape, setShape] = useState<Shape>({ scenarios: [], fields: [] });
  const [scenario, setScenario] = useState('');
  const [call, setCall] = useState<DryRunCall>(START_CALL);
  const [fields, setFields] = useState<Record<string, string>>({});
  const [result, setResult] = useState<DryRunResult>();
  const [error, setError] = useState<ProblemText>();
  const [running, setRunning] = useState(false);

  useEffect(() => {
    const ref = refOf(selected);
    if (!ref) return;
    let live = true;
    void ringdesk()
      .invoke('templates.get', ref)
      .then((detail) => {
        if (!live) return;
        const next = shapeOf(detail.xml);
        setShape(next);
        setScenario((s) => (next.scenarios.includes(s) ? s : (next.scenarios.find((id) => id === 'SyncContactAuto') ?? next.scenarios[0] ?? '')));
        setResult(undefined);
      }, (e: unknown) => live && setError(errorProblem(e)));
    return () => {
      live = false;
    };
  }, [selected]);

  const run = () => {
    const ref = refOf(selected);
    if (!ref || scenario === '') return;
    setRunning(true);
    setError(undefined);
    ringdesk()
      .invoke('templates.dryRun', { template: ref, scenario, call, fields })
      .then(setResult, (e: unknown) => {
        setResult(undefined);
        setError(errorProblem(e));
      })
      .finally(() => setRunning(false));
  };

  const callText = (key: 'remoteNumber' | 'remoteName' | 'localNumber' | 'localName') => (
    <CallInput label={t(`dryRun.${key}`)} value={call[key]} onChange={(v) => setCall({ ...call, [key]: v })} />
  );
  const callSeconds = (key: 'ringSeconds' | 'talkSeconds') => (
    <CallInput label={t(`dryRun.${key}`)} type="number" value={String(call[key])} onChange={(v) => setCall({ ...call, [key]: Math.max(0, Math.min(86_400, Math.trunc(Number(v) || 0))) })} />
  );

  if (options.length === 0) return <p className="empty">{t('dryRun.noTemplate')}</p>;
  return (
    <section className="dry-run" aria-labelledby="dry-run-title">
      <h2 id="dry-run-title">{t('dryRun.title')}</h2>
      <p className="hint">{t('dryRun.hint')}</p>
      <div className="card">
        <div className="field-grid">
          <div className="field">
            <label htmlFor={ids.template}>{t('dryRun.template')}</label>
            <select id={ids.template} value={selected} onChange={(e) => setChosen(e.target.value)}>
              {custom.length > 0 && (
                <optgroup label={t('dryRun.customGroup')}>
                  {custom.map((c) => <option key={c.key} value={`custom:${c.key}`} translate="no">{c.name}</option>)}
                </optgroup>
              )}
              <optgroup label={t('dryRun.readyMadeGroup')}>
                {readyMade.map((r) => <option key={r.id} value={`readyMade:${r.id}`} translate="no">{r.name}</option>)}
              </optgroup>
            </select>
          </div>
          <div className="field">
            <label htmlFor={ids.scenario}>{t('dryRun.scenario')}</label>
            <select id={ids.scenario} value={scenario} onChange={(e) => setScenario(e.target.value)}>
              {shape.scenarios.map((s) => <option key={s} value={s} translate="no">{s}</option>)}
            </select>
          </div>
        </div>
        <fieldset className="plain">
          <legend>{t('dryRun.call')}</legend>
          <div className="field-grid">
            <div className="field">
              <label htmlFor={ids.direction}>{t('dryRun.direction')}</label>
              <select id={ids.direction} value={call.direction} onChange={(e) => setCall({ ...call, direction: e.target.value === 'outbound' ? 'outbound' : 'inbound' })}>
                <option value="inbound">{t('dryRun.inbound')}</option>
                <option value="outbound">{t('dryRun.outbound')}</option>
              </select>
            </div>
            {callText('remoteNumber')}
            {callText('remoteName')}
            {callText('localNumber')}
            {callText('localName')}
            {callSeconds('ringSeconds')}
            {callSeconds('talkSeconds')}
          </div>
        </fieldset>
        {shape.fields.length > 0 && (
          <fieldset className="plain">
            <legend>{t('dryRun.fields')}</legend>
            <p className="hint">{t('dryRun.fieldsHint')}</p>
            <div className="field-grid">
              {shape.fields.map((f) => (
                <CallInput key={f.name} fromTemplate label={f.title || f.name} type={f.editor === 'password' ? 'password' : 'text'} value={fields[f.name] ?? ''} placeholder={f.editor === 'list' ? f.options[0] : `sample-${f.name}`} onChange={(v) => setFields({ ...fields, [f.name]: v })} />
              ))}
            </div>
          </fieldset>
        )}
        <div className="editor-actions">
          <button type="button" className="primary" disabled={running || scenario === ''} onClick={run}>
            {running ? t('dryRun.running') : t('dryRun.run')}
          </button>
        </div>
      </div>
      {error && <p role="alert" className="status error">{t('templates.failed', { message: problemText(error, locale) })}</p>}
      {result && <DryRunRequests result={result} />}
    </section>
  );
}

interface CallInputProps {
  label: string;
  value: string;
  onChange: (v: string) => void;
  type?: string;
  placeholder?: string | undefined;
  /** The label and sample come from the template (its own words, not the UI's). */
  fromTemplate?: boolean;
}

function CallInput({ label, value, onChange, type = 'text', placeholder, fromTemplate = false }: CallInputProps) {
  const id = useId();
  return (
    <div className="field" translate={fromTemplate ? 'no' : undefined}>
      <label htmlFor={id}>{label}</label>
      <input id={id} type={type} value={value} placeholder={placeholder} autoComplete="off" onChange={(e) => onChange(e.target.value)} />
    </div>
  );
}

function DryRunRequests({ result }: { result: DryRunResult }) {
  const { t, locale } = useI18n();
  return (
    <section className="dry-run-results" aria-labelledby="dry-run-results-title">
      <h3 id="dry-run-results-title">{t('dryRun.requests', { count: result.requests.length })}</h3>
      {result.requests.length === 0 && <p className="hint">{t('dryRun.noRequests')}</p>}
      {result.samples.length > 0 && <p className="hint">{t('dryRun.samples', { names: result.samples.join(', ') })}</p>}
      {result.requests.map((r, i) => (
        <article key={i} className="card http-request" aria-labelledby={`dry-run-request-${i}`}>
          <h4 id={`dry-run-request-${i}`} translate="no" aria-label={`${r.scenario}/${r.request}`}>
            {r.scenario} / {r.request}
          </h4>
          {r.error !== undefined ? (
            <p className="status error">{t('dryRun.error', { request: r.request, message: problemText(r.error, locale) })}</p>
          ) : (
            <>
              <p className="request-line" translate="no">
                <span className="badge method">{r.method}</span> <code>{r.url}</code>
              </p>
              <h5>{t('dryRun.headers')}</h5>
              <table className="headers" translate="no">
                <tbody>
                  {r.headers.map((h) => (
                    <tr key={h.name}>
                      <th scope="row">{h.name}</th>
                      <td><code>{h.value}</code></td>
                    </tr>
                  ))}
                </tbody>
              </table>
              <h5>{t('dryRun.body')}</h5>
              {r.body === undefined ? <p className="hint">{t('dryRun.noBody')}</p> : <pre className="body" translate="no">{r.body}</pre>}
            </>
          )}
        </article>
      ))}
      <details className="variables">
        <summary>{t('dryRun.variables')}</summary>
        <table className="headers" translate="no">
          <tbody>
            {Object.entries(result.variables).map(([name, value]) => (
              <tr key={name}>
                <th scope="row">{name}</th>
                <td><code>{value}</code></td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </section>
  );
}
