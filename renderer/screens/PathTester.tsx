// The path tester: a sample response, a GJSON path (with comma-separated
// alternatives and {{.Phone}}), and live what each alternative finds and
// what Ringdesk would read.
import { useId, useMemo, useState } from 'react';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/en';
import { evaluatePath } from '../templates/path-evaluation';

const SAMPLE = `{
  "data": [
    { "id": 101, "first_name": "Ada", "phone": "+1 415 555 0100", "mobile": null },
    { "id": 102, "first_name": "Grace", "phone": "", "mobile": "+1 415 555 0101" }
  ],
  "meta": { "count": 2 }
}`;

export function PathTester() {
  const { t } = useI18n();
  const ids = { json: useId(), path: useId(), phone: useId(), hint: useId() };
  const [json, setJson] = useState(SAMPLE);
  const [path, setPath] = useState('data.#.first_name');
  const [phone, setPhone] = useState('+1 415 555 0101');
  const result = useMemo(() => evaluatePath(json, path, { Phone: phone }), [json, path, phone]);
  const used = result.alternatives[result.used];

  return (
    <section className="path-tester" aria-labelledby="path-tester-title">
      <h2 id="path-tester-title">{t('pathTester.title')}</h2>
      <p id={ids.hint} className="hint">{t('pathTester.hint')}</p>
      <div className="two-columns">
        <div className="field wide">
          <label htmlFor={ids.json}>{t('pathTester.json')}</label>
          <textarea id={ids.json} className="mono" rows={16} spellCheck={false} value={json} onChange={(e) => setJson(e.target.value)} />
          {!result.jsonValid && <p className="hint warning-text">{t('pathTester.invalidJson')}</p>}
        </div>
        <div>
          <div className="field wide">
            <label htmlFor={ids.path}>{t('pathTester.path')}</label>
            <input id={ids.path} className="mono" value={path} aria-describedby={ids.hint} onChange={(e) => setPath(e.target.value)} />
          </div>
          {path.includes('{{') && (
            <div className="field wide">
              <label htmlFor={ids.phone}>{t('pathTester.phone')}</label>
              <input id={ids.phone} className="mono" value={phone} onChange={(e) => setPhone(e.target.value)} />
            </div>
          )}
          <section className="path-results" aria-labelledby="path-results-title" aria-live="polite">
            <h3 id="path-results-title">{t('pathTester.results')}</h3>
            {result.templateError !== undefined && <p className="status error">{t('pathTester.templateError', { message: result.templateError })}</p>}
            {result.rendered !== path.trim() && result.templateError === undefined && <p className="hint mono-inline">{t('pathTester.rendered', { path: result.rendered })}</p>}
            {result.alternatives.length === 0 && result.templateError === undefined && <p className="hint">{t('pathTester.empty')}</p>}
            {result.alternatives.length > 0 && (
              <p className={used ? 'reads' : 'reads none'} data-testid="path-reads">
                {used ? t('pathTester.reads', { value: used.reads }) : t('pathTester.readsNothing')}
              </p>
            )}
            <ol className="alternatives">
              {result.alternatives.map((alt, i) => (
                <li key={i} className={i === result.used ? 'alternative used' : 'alternative'} aria-label={t('pathTester.alternative', { n: i + 1 })}>
                  <div className="alt-head">
                    <code translate="no">{alt.path}</code>
                    {i === result.used && <span className="badge ok">{t('pathTester.used')}</span>}
                  </div>
                  {alt.exists ? (
                    <dl className="facts">
                      <dt>{t('pathTester.type')}</dt>
                      <dd>{t(`pathTester.type.${alt.type}` as MessageKey)}</dd>
                      <dt>{t('pathTester.value')}</dt>
                      <dd translate="no"><code>{alt.value}</code></dd>
                      <dt>{t('pathTester.raw')}</dt>
                      <dd translate="no"><pre>{alt.raw}</pre></dd>
                    </dl>
                  ) : (
                    <p className="hint">{t('pathTester.notFound')}</p>
                  )}
                </li>
              ))}
            </ol>
          </section>
        </div>
      </div>
    </section>
  );
}
