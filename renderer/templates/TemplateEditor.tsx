// Adding or editing one template, in the form or as XML. Saving sends the
// form itself when the XML was not touched (main applies it to the stored
// file, so nothing the form does not show is lost), and the XML otherwise.
// A refused save shows the validator's findings at their lines.
import { useEffect, useState } from 'react';
import type { TemplateForm } from '../../shared/template';
import type { TemplateDiagnostic, TemplateSaveResult } from '../../shared/templates-ipc';
import { NEW_TEMPLATE_XML } from '../../shared/templates-ipc';
import { diagnosticText } from '../i18n/diagnostic-text';
import { errorProblem, problemText } from '../i18n/problem-text';
import type { ProblemText } from '../../shared/i18n/problem';
import { useI18n } from '../i18n/i18n';
import { ringdesk } from '../ipc/ringdesk';
import { fileAsBase64 } from './files';
import { blankForm, formFromXml, xmlFromForm } from './form-state';
import { TemplateFormView } from './TemplateFormView';
import { XmlEditor } from './XmlEditor';

export type EditorTarget = { kind: 'new' } | { kind: 'edit'; key: string; name: string; view: 'form' | 'xml' };

interface Props {
  target: EditorTarget;
  /** Saved: the template's name. */
  onDone: (name: string) => void;
  onCancel: () => void;
}

type View = 'form' | 'xml';

export function TemplateEditor({ target, onDone, onCancel }: Props) {
  const { t, locale } = useI18n();
  const editKey = target.kind === 'edit' ? target.key : undefined;
  const [original, setOriginal] = useState(target.kind === 'new' ? NEW_TEMPLATE_XML : undefined);
  const [base, setBase] = useState(NEW_TEMPLATE_XML);
  const [form, setForm] = useState<TemplateForm | undefined>(target.kind === 'new' ? blankForm() : undefined);
  const [view, setView] = useState<View>(target.kind === 'edit' ? target.view : 'form');
  const [xml, setXml] = useState(NEW_TEMPLATE_XML);
  const [diagnostics, setDiagnostics] = useState<TemplateDiagnostic[]>([]);
  // The XML text the diagnostics belong to; while it differs from the text, a check is under way.
  const [lintedXml, setLintedXml] = useState<string>();
  const [logo, setLogo] = useState<{ base64: string; url: string }>();
  const [storedLogo, setStoredLogo] = useState<string>();
  // Main's refusal (a Problem), or the editor's own finding (a catalogue key); rendered when shown, so it follows the language.
  const [problem, setProblem] = useState<{ message: ProblemText | { key: 'templates.editor.xmlUnreadable' }; diagnostics: TemplateDiagnostic[] }>();
  const [saving, setSaving] = useState(false);

  useEffect(() => {
    if (editKey === undefined) return;
    let live = true;
    void ringdesk()
      .invoke('templates.get', { kind: 'custom', key: editKey })
      .then((detail) => {
        if (!live) return;
        setOriginal(detail.xml);
        setBase(detail.xml);
        setXml(detail.xml);
        setForm(formFromXml(detail.xml));
        setDiagnostics(detail.diagnostics);
        setStoredLogo(detail.summary.logo);
      }, (error: unknown) => live && setProblem({ message: errorProblem(error), diagnostics: [] }));
    return () => {
      live = false;
    };
  }, [editKey]);

  // The XML view is checked as the admin types (after a short pause).
  useEffect(() => {
    if (view !== 'xml' || original === undefined) return;
    let live = true;
    const timer = setTimeout(() => {
      ringdesk()
        .invoke('templates.lint', { xml: xml === '' ? ' ' : xml })
        .then((r) => {
          if (!live) return;
          setDiagnostics(r.diagnostics);
          setLintedXml(xml);
        }, () => live && setLintedXml(xml));
    }, 250);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [view, xml, original]);

  const edit = (change: (draft: TemplateForm) => void) => {
    setForm((current) => {
      if (!current) return current;
      const draft = structuredClone(current);
      change(draft);
      return draft;
    });
  };

  const showXml = () => {
    if (form) setXml(xmlFromForm(base, form) ?? base);
    setView('xml');
  };

  const showForm = () => {
    const next = formFromXml(xml);
    if (!next) {
      setProblem({ message: { key: 'templates.editor.xmlUnreadable' }, diagnostics });
      return;
    }
    setBase(xml);
    setForm(next);
    setProblem(undefined);
    setView('form');
  };

  const onLogo = (file: File) => {
    void fileAsBase64(file).then((base64) => setLogo({ base64, url: URL.createObjectURL(file) }));
  };

  const save = async () => {
    setSaving(true);
    setProblem(undefined);
    const api = ringdesk();
    const logoPart = logo ? { logo: { base64: logo.base64 } } : {};
    const formUntouchedXml = view === 'form' && form !== undefined && base === original;
    const text = view === 'xml' ? xml : form ? (xmlFromForm(base, form) ?? base) : base;
    let result: TemplateSaveResult;
    try {
      if (editKey === undefined) {
        result = formUntouchedXml && form ? await api.invoke('templates.add', { form, ...logoPart }) : await api.invoke('templates.add', { xml: text, ...logoPart });
      } else {
        result = formUntouchedXml && form ? await api.invoke('templates.update', { key: editKey, form, ...logoPart }) : await api.invoke('templates.update', { key: editKey, xml: text, ...logoPart });
      }
    } catch (error) {
      result = { ok: false, message: errorProblem(error), diagnostics: [] };
    }
    setSaving(false);
    if (result.ok) {
      onDone(result.summary.name);
      return;
    }
    setProblem({ message: result.message, diagnostics: result.diagnostics });
    if (view === 'xml') setDiagnostics(result.diagnostics);
  };

  const title = target.kind === 'new' ? t('templates.editor.new') : t('templates.editor.edit', { name: target.name });
  return (
    <section className="template-editor" aria-labelledby="template-editor-title">
      <div className="editor-head">
        <h2 id="template-editor-title">{title}</h2>
        <div className="segmented" role="group" aria-label={t('templates.editor.views')}>
          <button type="button" aria-pressed={view === 'form'} onClick={() => view !== 'form' && showForm()}>
            {t('templates.editor.form')}
          </button>
          <button type="button" aria-pressed={view === 'xml'} onClick={() => view !== 'xml' && showXml()}>
            {t('templates.editor.xml')}
          </button>
        </div>
      </div>
      {problem && (
        <div className="problem" role="alert">
          <p>{t('templates.refused', { message: 'key' in problem.message ? t(problem.message.key) : problemText(problem.message, locale) })}</p>
          {view === 'form' && problem.diagnostics.length > 0 && (
            <ul className="diagnostic-list compact">
              {problem.diagnostics.filter((d) => d.severity === 'error').map((d, i) => (
                <li key={i}>
                  <span className="badge error">{t('templates.severity.error')}</span> {diagnosticText(d, locale)}
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
      {view === 'form' && form && <TemplateFormView form={form} edit={edit} logoUrl={logo?.url ?? storedLogo} onLogo={onLogo} />}
      {view === 'xml' && original !== undefined && <XmlEditor xml={xml} diagnostics={diagnostics} checking={lintedXml !== xml} onChange={setXml} />}
      <div className="editor-actions">
        <button type="button" className="primary" disabled={saving || original === undefined} onClick={() => void save()}>
          {t('templates.editor.save')}
        </button>
        <button type="button" onClick={onCancel}>
          {t('templates.editor.back')}
        </button>
      </div>
    </section>
  );
}
