// The templates that ship with Ringdesk, each installable as a custom one.
import type { ReadyMadeTemplate } from '../../shared/templates-ipc';
import { useId } from 'react';
import { useI18n } from '../i18n/i18n';
import { ProviderBadge, TemplateLogo } from './TemplateList';

interface Props {
  templates: readonly ReadyMadeTemplate[];
  full: boolean;
  onInstall: (template: ReadyMadeTemplate) => void;
}

export function ReadyMadeList({ templates, full, onInstall }: Props) {
  const { t } = useI18n();
  const id = useId();
  return (
    <div className="template-list">
      <p className="hint">{t('templates.readyMade.hint')}</p>
      <ul className="templates">
        {templates.map((tpl) => (
          <li key={tpl.id} className="template-item no-check" aria-labelledby={`${id}-${tpl.id}`}>
            <TemplateLogo name={tpl.name} logo={undefined} />
            <div className="template-text">
              <div className="template-title">
                <strong id={`${id}-${tpl.id}`} translate="no">
                  {tpl.name}
                </strong>
                <ProviderBadge provider={tpl.provider} />
                {tpl.installed && <span className="badge ok">{t('templates.readyMade.installedBadge')}</span>}
              </div>
              {tpl.remark && (
                <p className="remark" translate="no">
                  {tpl.remark}
                </p>
              )}
            </div>
            <div className="item-actions">
              <button type="button" disabled={tpl.installed || full} aria-label={t('templates.readyMade.installNamed', { name: tpl.name })} onClick={() => onInstall(tpl)}>
                {t('templates.readyMade.install')}
              </button>
            </div>
          </li>
        ))}
      </ul>
    </div>
  );
}
