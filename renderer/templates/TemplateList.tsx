// The custom templates: logo, name, provider, remark, the scenarios Ringdesk
// does not run, and per template Edit / XML / Download / Delete; above them
// Add, Upload and Delete selected, and the 10-template limit when reached.
import { useId, useRef, useState } from 'react';
import type { TemplateList as TemplateListData, TemplateSummary } from '../../shared/templates-ipc';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/en';
import { ConfirmDialog } from './ConfirmDialog';

interface Props {
  data: TemplateListData;
  onAdd: () => void;
  onUpload: (file: File) => void;
  onEdit: (template: TemplateSummary, view: 'form' | 'xml') => void;
  onDownload: (template: TemplateSummary) => void;
  onDelete: (templates: TemplateSummary[]) => void;
}

export function TemplateLogo({ name, logo }: { name: string; logo: string | undefined }) {
  const { t } = useI18n();
  if (logo) return <img className="template-logo" src={logo} alt={t('templates.logoOf', { name })} />;
  const initials = name.trim().split(/\s+/).map((w) => w[0] ?? '').join('').slice(0, 2).toUpperCase() || '?';
  return (
    <span className="template-logo placeholder" aria-hidden="true" translate="no">
      {initials}
    </span>
  );
}

export function ProviderBadge({ provider }: { provider: string }) {
  const { t } = useI18n();
  const known = provider === 'crm' || provider === 'helpdesk';
  return (
    <span className="badge provider" translate={known ? undefined : 'no'}>
      {known ? t(`templates.provider.${provider}` as MessageKey) : provider || '—'}
    </span>
  );
}

export function TemplateList({ data, onAdd, onUpload, onEdit, onDownload, onDelete }: Props) {
  const { t } = useI18n();
  const uploadId = useId();
  const uploadInput = useRef<HTMLInputElement>(null);
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [confirming, setConfirming] = useState<TemplateSummary[]>();
  const templates = data.templates;
  const full = templates.length >= data.limit;
  const chosen = templates.filter((tpl) => selected.has(tpl.key));

  const toggle = (key: string, on: boolean) => {
    const next = new Set(selected);
    if (on) next.add(key);
    else next.delete(key);
    setSelected(next);
  };

  return (
    <div className="template-list">
      <div className="toolbar">
        <button type="button" className="primary" disabled={full} onClick={onAdd}>
          {t('templates.add')}
        </button>
        <div className="upload">
          <label htmlFor={uploadId} className={full ? 'button disabled' : 'button'}>
            {t('templates.upload')}
          </label>
          <input
            id={uploadId}
            ref={uploadInput}
            className="visually-hidden"
            type="file"
            accept=".xml,application/xml,text/xml"
            disabled={full}
            aria-describedby={`${uploadId}-hint`}
            onChange={(e) => {
              const file = e.target.files?.[0];
              if (file) onUpload(file);
              if (uploadInput.current) uploadInput.current.value = '';
            }}
          />
        </div>
        <button type="button" className="destructive" disabled={chosen.length === 0} onClick={() => setConfirming(chosen)}>
          {t('templates.deleteSelected', { count: chosen.length })}
        </button>
        <span className="count">{t('templates.count', { count: templates.length, limit: data.limit })}</span>
      </div>
      <p id={`${uploadId}-hint`} className="hint">{t('templates.uploadHint')}</p>
      {full && (
        <p className="notice" role="note">
          {t('templates.limitReached', { limit: data.limit })}
        </p>
      )}
      {templates.length === 0 ? (
        <p className="empty">{t('templates.none')}</p>
      ) : (
        <ul className="templates">
          {templates.map((tpl) => (
            <li key={tpl.key} className="template-item" aria-labelledby={`${uploadId}-${tpl.key}`}>
              <input type="checkbox" aria-label={t('templates.select', { name: tpl.name })} checked={selected.has(tpl.key)} onChange={(e) => toggle(tpl.key, e.target.checked)} />
              <TemplateLogo name={tpl.name} logo={tpl.logo} />
              <div className="template-text">
                <div className="template-title">
                  <strong id={`${uploadId}-${tpl.key}`} translate="no">
                    {tpl.name}
                  </strong>
                  <ProviderBadge provider={tpl.provider} />
                  {tpl.version && <span className="hint">{t('templates.version', { version: tpl.version })}</span>}
                </div>
                {tpl.remark && (
                  <p className="remark" translate="no">
                    {tpl.remark}
                  </p>
                )}
                {tpl.unusedScenarios.length > 0 && <p className="hint unused">{t('templates.unused', { scenarios: tpl.unusedScenarios.join(', ') })}</p>}
              </div>
              <div className="item-actions">
                <button type="button" aria-label={t('templates.editNamed', { name: tpl.name })} onClick={() => onEdit(tpl, 'form')}>
                  {t('templates.edit')}
                </button>
                <button type="button" aria-label={t('templates.viewXmlNamed', { name: tpl.name })} onClick={() => onEdit(tpl, 'xml')}>
                  {t('templates.viewXml')}
                </button>
                <button type="button" aria-label={t('templates.downloadNamed', { name: tpl.name })} onClick={() => onDownload(tpl)}>
                  {t('templates.download')}
                </button>
                <button type="button" className="destructive" aria-label={t('templates.deleteNamed', { name: tpl.name })} onClick={() => setConfirming([tpl])}>
                  {t('templates.delete')}
                </button>
              </div>
            </li>
          ))}
        </ul>
      )}
      {confirming && (
        <ConfirmDialog
          message={t('templates.confirmDelete', { names: confirming.map((c) => c.name).join(', ') })}
          confirmLabel={t('templates.confirm')}
          onCancel={() => setConfirming(undefined)}
          onConfirm={() => {
            onDelete(confirming);
            setSelected(new Set());
            setConfirming(undefined);
          }}
        />
      )}
    </div>
  );
}
