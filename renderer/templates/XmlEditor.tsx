// The template's XML with line numbers, each diagnostic marked at its line in
// the gutter and listed below; choosing one puts the caret on its line.
import { useId, useRef } from 'react';
import type { TemplateDiagnostic } from '../../shared/templates-ipc';
import { diagnosticText } from '../i18n/diagnostic-text';
import { useI18n } from '../i18n/i18n';

interface Props {
  xml: string;
  diagnostics: readonly TemplateDiagnostic[];
  checking?: boolean;
  readOnly?: boolean;
  onChange?: (xml: string) => void;
}

const RANK = { error: 3, warning: 2, info: 1 } as const;

function worstByLine(diagnostics: readonly TemplateDiagnostic[]): Map<number, TemplateDiagnostic> {
  const byLine = new Map<number, TemplateDiagnostic>();
  for (const d of diagnostics) {
    const seen = byLine.get(d.line);
    if (!seen || RANK[d.severity] > RANK[seen.severity]) byLine.set(d.line, d);
  }
  return byLine;
}

export function XmlEditor({ xml, diagnostics, checking = false, readOnly = false, onChange }: Props) {
  const { t, locale } = useI18n();
  const ids = { text: useId(), list: useId() };
  const area = useRef<HTMLTextAreaElement>(null);
  const gutter = useRef<HTMLDivElement>(null);
  const lines = xml.split('\n');
  const marks = worstByLine(diagnostics);

  const goTo = (line: number, column: number) => {
    const el = area.current;
    if (!el) return;
    let offset = 0;
    for (let i = 0; i < line - 1 && i < lines.length; i++) offset += (lines[i]?.length ?? 0) + 1;
    offset += Math.max(0, column - 1);
    el.focus();
    el.setSelectionRange(offset, offset);
    // Put the line in view: about 1.5em per line, a few lines of context above.
    const lineHeight = parseFloat(getComputedStyle(el).lineHeight) || 20;
    el.scrollTop = Math.max(0, (line - 4) * lineHeight);
  };

  return (
    <div className="xml-editor">
      <label htmlFor={ids.text} className="xml-label">
        {t('templates.xml.label')}
      </label>
      <div className="xml-frame">
        <div className="xml-gutter" ref={gutter} aria-hidden="true">
          {lines.map((_, i) => {
            const mark = marks.get(i + 1);
            return (
              <div key={i} className={mark ? `xml-line-no mark-${mark.severity}` : 'xml-line-no'} data-line={i + 1} title={mark?.message}>
                {i + 1}
              </div>
            );
          })}
        </div>
        <textarea
          id={ids.text}
          ref={area}
          className="xml-text"
          value={xml}
          readOnly={readOnly}
          spellCheck={false}
          wrap="off"
          aria-describedby={ids.list}
          onChange={(e) => onChange?.(e.target.value)}
          onScroll={(e) => {
            if (gutter.current) gutter.current.scrollTop = e.currentTarget.scrollTop;
          }}
        />
      </div>
      <section className="diagnostics" aria-labelledby={`${ids.list}-title`}>
        <h3 id={`${ids.list}-title`}>{t('templates.xml.diagnostics')}</h3>
        <div id={ids.list} role="status">
          {checking && <p className="hint">{t('templates.xml.checking')}</p>}
          {!checking && diagnostics.length === 0 && <p className="hint">{t('templates.xml.clean')}</p>}
          {diagnostics.length > 0 && (
            <ul className="diagnostic-list">
              {diagnostics.map((d, i) => (
                <li key={i} className={`diagnostic ${d.severity}`}>
                  <button type="button" className="link" onClick={() => goTo(d.line, d.column)}>
                    <span className={`badge ${d.severity}`}>{t(`templates.severity.${d.severity}`)}</span>
                    <span className="where">{t('templates.xml.at', { line: d.line, column: d.column })}</span>
                    <span className="message">{diagnosticText(d, locale)}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      </section>
    </div>
  );
}
