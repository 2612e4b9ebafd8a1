// The admin's Templates screen: custom templates (list, add/edit in the form
// or as XML, upload, download, delete), the ready-made ones, the path tester
// and the dry run, as tabs of one screen.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import type { ReadyMadeTemplate, TemplateList as TemplateListData, TemplateSaveResult, TemplateSummary } from '../../shared/templates-ipc';
import { useI18n } from '../i18n/i18n';
import type { DisplayLocale, Translate } from '../i18n/i18n';
import type { MessageKey } from '../i18n/en';
import { errorProblem, problemText } from '../i18n/problem-text';
import { ringdesk } from '../ipc/ringdesk';
import { xmlBlobUrl } from '../templates/files';
import { ReadyMadeList } from '../templates/ReadyMadeList';
import { TemplateEditor } from '../templates/TemplateEditor';
import type { EditorTarget } from '../templates/TemplateEditor';
import { TemplateList } from '../templates/TemplateList';
import { DryRun } from './DryRun';
import { PathTester } from './PathTester';
import '../templates/templates.css';

const TABS = ['custom', 'readyMade', 'pathTester', 'dryRun'] as const;

type Tab = (typeof TABS)[number];

/** What the last action came to; worded when shown, so that it follows a change of language. */
type Notice = { kind: 'ok' | 'error'; say: (t: Translate, locale: DisplayLocale) => string } | undefined;

function failure(error: unknown): Notice {
  const problem = errorProblem(error);
  return { kind: 'error', say: (t, locale) => t('templates.failed', { message: problemText(problem, locale) }) };
}

export function TemplatesScreen() {
  const { t, locale } = useI18n();
  const [tab, setTab] = useState<Tab>('custom');
  const [list, setList] = useState<TemplateListData>();
  const [readyMade, setReadyMade] = useState<ReadyMadeTemplate[]>([]);
  const [editing, setEditing] = useState<EditorTarget>();
  const [notice, setNotice] = useState<Notice>();
  const [download, setDownload] = useState<{ url: string; fileName: string }>();
  const link = useRef<HTMLAnchorElement>(null);
  const tabRefs = useRef<Partial<Record<Tab, HTMLButtonElement | null>>>({});

  const refresh = useCallback(async () => {
    const api = ringdesk();
    const [templates, ready] = await Promise.all([api.invoke('templates.list'), api.invoke('templates.readyMade')]);
    setList(templates);
    setReadyMade(ready);
  }, []);

  useEffect(() => {
    let live = true;
    const api = ringdesk();
    Promise.all([api.invoke('templates.list'), api.invoke('templates.readyMade')]).then(
      ([templates, ready]) => {
        if (!live) return;
        setList(templates);
        setReadyMade(ready);
      },
      (e: unknown) => live && setNotice(failure(e)),
    );
    return () => {
      live = false;
    };
  }, []);

  useEffect(() => {
    if (!download) return;
    link.current?.click();
    return () => URL.revokeObjectURL(download.url);
  }, [download]);

  const report = (result: TemplateSaveResult, done: 'templates.uploaded' | 'templates.installed') => {
    if (result.ok) {
      const { name } = result.summary;
      setNotice({ kind: 'ok', say: (t) => t(done, { name }) });
    } else {
      const refusal = result.message;
      setNotice({ kind: 'error', say: (t, locale) => t('templates.refused', { message: problemText(refusal, locale) }) });
    }
    return refresh();
  };
  const failed = (e: unknown) => setNotice(failure(e));

  const upload = (file: File) => {
    void file
      .text()
      .then((content) => ringdesk().invoke('templates.upload', { fileName: file.name, content }))
      .then((r) => report(r, 'templates.uploaded'))
      .catch(failed);
  };

  const startDownload = (tpl: TemplateSummary) => {
    ringdesk()
      .invoke('templates.download', { key: tpl.key })
      .then((d) => {
        setDownload({ url: xmlBlobUrl(d.xml), fileName: d.fileName });
        setNotice({ kind: 'ok', say: (t) => t('templates.downloadReady', { file: d.fileName }) });
      }, failed);
  };

  const remove = (templates: TemplateSummary[]) => {
    ringdesk()
      .invoke('templates.delete', { keys: templates.map((x) => x.key) })
      .then(() => setNotice({ kind: 'ok', say: (t) => t('templates.deleted', { names: templates.map((x) => x.name).join(', ') }) }))
      .then(refresh)
      .catch(failed);
  };

  const install = (tpl: ReadyMadeTemplate) => {
    ringdesk()
      .invoke('templates.readyMade.install', { id: tpl.id })
      .then((r) => report(r, 'templates.installed'))
      .catch(failed);
  };

  // A notice belongs to the view it was about; moving on clears it.
  const openEditor = (target: EditorTarget) => {
    setNotice(undefined);
    setEditing(target);
  };
  const showTab = (next: Tab) => {
    if (next !== tab) setNotice(undefined);
    setTab(next);
  };

  const onTabKey = (e: KeyboardEvent, index: number) => {
    const step = e.key === 'ArrowRight' ? 1 : e.key === 'ArrowLeft' ? -1 : 0;
    if (step === 0) return;
    const next = TABS[(index + step + TABS.length) % TABS.length] ?? 'custom';
    showTab(next);
    tabRefs.current[next]?.focus();
  };

  const full = list !== undefined && list.templates.length >= list.limit;
  return (
    <section className="screen templates-screen" aria-labelledby="templates-title">
      <h1 id="templates-title">{t('templates.title')}</h1>
      <div className="tabs" role="tablist" aria-label={t('templates.tabs')}>
        {TABS.map((name, i) => (
          <button
            key={name}
            ref={(el) => void (tabRefs.current[name] = el)}
            type="button"
            role="tab"
            id={`templates-tab-${name}`}
            aria-selected={tab === name}
            aria-controls={`templates-panel-${name}`}
            tabIndex={tab === name ? 0 : -1}
            onClick={() => showTab(name)}
            onKeyDown={(e) => onTabKey(e, i)}
          >
            {t(`templates.tab.${name}` as MessageKey)}
          </button>
        ))}
      </div>
      <p role="status" className={notice?.kind === 'error' ? 'status error' : 'status'}>
        {notice?.say(t, locale)}
        {download && notice?.kind === 'ok' && (
          <>
            {' '}
            <a ref={link} href={download.url} download={download.fileName}>
              {t('templates.saveFile', { file: download.fileName })}
            </a>
          </>
        )}
      </p>
      <div role="tabpanel" id={`templates-panel-${tab}`} aria-labelledby={`templates-tab-${tab}`} className="tab-panel">
        {tab === 'custom' && list && !editing && (
          <TemplateList
            data={list}
            onAdd={() => openEditor({ kind: 'new' })}
            onUpload={upload}
            onEdit={(tpl, view) => openEditor({ kind: 'edit', key: tpl.key, name: tpl.name, view })}
            onDownload={startDownload}
            onDelete={remove}
          />
        )}
        {tab === 'custom' && editing && (
          <TemplateEditor
            key={editing.kind === 'edit' ? editing.key : 'new'}
            target={editing}
            onCancel={() => setEditing(undefined)}
            onDone={(name) => {
              setEditing(undefined);
              setNotice({ kind: 'ok', say: (t) => t('templates.saved', { name }) });
              void refresh();
            }}
          />
        )}
        {tab === 'readyMade' && <ReadyMadeList templates={readyMade} full={full} onInstall={install} />}
        {tab === 'pathTester' && <PathTester />}
        {tab === 'dryRun' && <DryRun custom={list?.templates ?? []} readyMade={readyMade} />}
      </div>
    </section>
  );
}
