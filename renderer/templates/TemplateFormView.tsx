// The guide's "Add a Helpdesk Integration Template" dialog, section by
// section: general, user association, authentication (custom fields and
// common headers), then contacts, creation, journal and tickets
// (TemplateFormContacts.tsx, TemplateFormCalls.tsx).
import { useId } from 'react';
import type { TemplateForm } from '../../shared/template';
import { MAX_COMMON_HEADERS, MAX_CUSTOM_FIELDS, USER_FIELDS } from '../../shared/template';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/en';
import { AreaField, FormSection, RowInput, RowSelect, SelectField, TextField } from './form-controls';
import { TemplateFormCalls } from './TemplateFormCalls';
import { TemplateFormContacts } from './TemplateFormContacts';

export type FormEdit = (change: (draft: TemplateForm) => void) => void;

interface Props {
  form: TemplateForm;
  edit: FormEdit;
  logoUrl: string | undefined;
  onLogo: (file: File) => void;
}

export function TemplateFormView({ form, edit, logoUrl, onLogo }: Props) {
  const { t } = useI18n();
  const logoId = useId();
  const auth = form.authentication;
  const method = auth.method;
  return (
    <div className="template-form">
      <FormSection title={t('templates.form.general')}>
        <div className="logo-row">
          <div className="logo-box" aria-hidden={logoUrl ? undefined : true}>
            {logoUrl ? <img src={logoUrl} alt={t('templates.form.logoPreview')} /> : <span translate="no">{form.general.name.slice(0, 2).toUpperCase() || '—'}</span>}
          </div>
          {/* The browser's own file button speaks the browser's language, not the app's: a label stands in for it. */}
          <div className="field wide upload">
            <label htmlFor={logoId}>{t('templates.form.logo')}</label>
            <label htmlFor={logoId} className="button">
              {t('templates.form.logoChoose')}
            </label>
            <input id={logoId} className="visually-hidden" type="file" accept="image/png,image/jpeg,.png,.jpg,.jpeg" aria-describedby={`${logoId}-hint`} onChange={(e) => e.target.files?.[0] && onLogo(e.target.files[0])} />
            <p id={`${logoId}-hint`} className="hint">{t('templates.form.logoHint')}</p>
          </div>
        </div>
        <div className="field-grid">
          <TextField label={t('templates.form.name')} required value={form.general.name} onChange={(v) => edit((d) => void (d.general.name = v))} />
          <TextField label={t('templates.form.maxConcurrent')} type="number" required value={form.general.maxConcurrentRequests} onChange={(v) => edit((d) => void (d.general.maxConcurrentRequests = v))} />
        </div>
        <AreaField label={t('templates.form.remark')} rows={2} value={form.general.remark} onChange={(v) => edit((d) => void (d.general.remark = v))} />
      </FormSection>

      <FormSection
        title={t('templates.form.userAssociation')}
        toggle={{ label: t('templates.form.userAssociation.enable'), checked: form.userAssociation.enabled, onChange: (v) => edit((d) => void (d.userAssociation.enabled = v)) }}
      >
        <TextField label={t('templates.form.getUser')} mono value={form.userAssociation.getUserUrl} onChange={(v) => edit((d) => void (d.userAssociation.getUserUrl = v))} />
        <h3 className="subhead">{t('templates.form.userFieldMapping')}</h3>
        <div className="field-grid">
          {USER_FIELDS.map((f) => (
            <TextField key={f} label={t(`templates.field.${f}` as MessageKey)} mono value={form.userAssociation.fields[f]} onChange={(v) => edit((d) => void (d.userAssociation.fields[f] = v))} />
          ))}
        </div>
      </FormSection>

      <FormSection title={t('templates.form.auth')}>
        <SelectField label={t('templates.form.auth.method')} value={method} onChange={(v) => edit((d) => void (d.authentication.method = v))}>
          {['none', 'basic', 'oauth2', 'bearertoken'].map((m) => (
            <option key={m} value={m}>{t(`templates.form.auth.${m}` as MessageKey)}</option>
          ))}
          {!['none', 'basic', 'oauth2', 'bearertoken'].includes(method) && <option value={method}>{method}</option>}
        </SelectField>
        {method === 'basic' && (
          <div className="field-grid">
            <SelectField label={t('templates.form.credentialType')} value={auth.credentialType} onChange={(v) => edit((d) => void (d.authentication.credentialType = v))}>
              <option value="">—</option>
              <option value="username_password">{t('templates.form.credential.username_password')}</option>
              <option value="api_key">{t('templates.form.credential.api_key')}</option>
            </SelectField>
            <TextField label={t('templates.form.base64Credential')} mono hint={t('templates.form.base64CredentialHint')} value={auth.base64EncodedCredential} onChange={(v) => edit((d) => void (d.authentication.base64EncodedCredential = v))} />
          </div>
        )}
        {method === 'oauth2' && (
          <>
            <TextField label={t('templates.form.authEndPoint')} mono value={auth.authEndPoint} onChange={(v) => edit((d) => void (d.authentication.authEndPoint = v))} />
            <TextField label={t('templates.form.tokenEndPoint')} mono value={auth.tokenEndPoint} onChange={(v) => edit((d) => void (d.authentication.tokenEndPoint = v))} />
            <div className="field-grid">
              <TextField label={t('templates.form.scope')} mono value={auth.scope} onChange={(v) => edit((d) => void (d.authentication.scope = v))} />
              <TextField label={t('templates.form.additionalQuery')} mono value={auth.additionalQueryString} onChange={(v) => edit((d) => void (d.authentication.additionalQueryString = v))} />
            </div>
          </>
        )}
        {method === 'bearertoken' && (
          <>
            <TextField label={t('templates.form.tokenEndPoint')} mono value={auth.tokenEndPoint} onChange={(v) => edit((d) => void (d.authentication.tokenEndPoint = v))} />
            <div className="field-grid">
              <TextField label={t('templates.form.scope')} mono value={auth.scope} onChange={(v) => edit((d) => void (d.authentication.scope = v))} />
              <TextField label={t('templates.form.tokenRefresh')} type="number" value={auth.tokenRefreshInterval} onChange={(v) => edit((d) => void (d.authentication.tokenRefreshInterval = v))} />
            </div>
          </>
        )}
        <CustomFields form={form} edit={edit} />
        <CommonHeaders form={form} edit={edit} />
      </FormSection>

      <TemplateFormContacts form={form} edit={edit} />
      <TemplateFormCalls form={form} edit={edit} />
    </div>
  );
}

function CustomFields({ form, edit }: { form: TemplateForm; edit: FormEdit }) {
  const { t } = useI18n();
  const rows = form.authentication.customFields;
  return (
    <div className="rows-block">
      <h3 className="subhead">{t('templates.form.customFields')}</h3>
      <p className="hint">{t('templates.form.customFieldsHint')}</p>
      {rows.map((row, i) => {
        const n = i + 1;
        const what = t('templates.form.row', { n });
        return (
          <div className="row-card" key={i} role="group" aria-label={`${t('templates.form.customFields')} ${what}`}>
            <div className="field-grid four">
              <RowSelect label={t('templates.form.field.type')} value={row.type} onChange={(v) => edit((d) => void ((d.authentication.customFields[i] ?? row).type = v))}>
                <option value="string">{t('templates.form.field.type.string')}</option>
                <option value="password">{t('templates.form.field.type.password')}</option>
                <option value="list">{t('templates.form.field.type.list')}</option>
              </RowSelect>
              <RowInput label={t('templates.form.field.name')} value={row.name} onChange={(v) => edit((d) => void ((d.authentication.customFields[i] ?? row).name = v))} />
              <RowInput label={t('templates.form.field.title')} value={row.title} onChange={(v) => edit((d) => void ((d.authentication.customFields[i] ?? row).title = v))} />
              {row.type === 'list' && (
                <RowInput label={t('templates.form.field.options')} value={row.options} onChange={(v) => edit((d) => void ((d.authentication.customFields[i] ?? row).options = v))} />
              )}
            </div>
            <button type="button" className="ghost destructive" onClick={() => edit((d) => void d.authentication.customFields.splice(i, 1))}>
              {t('templates.form.removeRow', { what })}
            </button>
          </div>
        );
      })}
      <button type="button" disabled={rows.length >= MAX_CUSTOM_FIELDS} onClick={() => edit((d) => void d.authentication.customFields.push({ type: 'string', name: '', title: '', options: '' }))}>
        {t('templates.form.addField')}
      </button>
    </div>
  );
}

function CommonHeaders({ form, edit }: { form: TemplateForm; edit: FormEdit }) {
  const { t } = useI18n();
  const rows = form.authentication.commonHeaders;
  return (
    <div className="rows-block">
      <h3 className="subhead">{t('templates.form.headers')}</h3>
      <p className="hint">{t('templates.form.headersHint')}</p>
      {rows.map((row, i) => {
        const what = t('templates.form.row', { n: i + 1 });
        return (
          <div className="row-card" key={i} role="group" aria-label={`${t('templates.form.headers')} ${what}`}>
            <div className="field-grid three">
              <RowInput label={t('templates.form.header.name')} value={row.name} onChange={(v) => edit((d) => void ((d.authentication.commonHeaders[i] ?? row).name = v))} />
              <RowInput label={t('templates.form.header.value')} mono value={row.value} onChange={(v) => edit((d) => void ((d.authentication.commonHeaders[i] ?? row).value = v))} />
              <RowInput label={t('templates.form.header.description')} value={row.description} onChange={(v) => edit((d) => void ((d.authentication.commonHeaders[i] ?? row).description = v))} />
            </div>
            <button type="button" className="ghost destructive" onClick={() => edit((d) => void d.authentication.commonHeaders.splice(i, 1))}>
              {t('templates.form.removeRow', { what })}
            </button>
          </div>
        );
      })}
      <button type="button" disabled={rows.length >= MAX_COMMON_HEADERS} onClick={() => edit((d) => void d.authentication.commonHeaders.push({ name: '', value: '', description: '' }))}>
        {t('templates.form.addHeader')}
      </button>
    </div>
  );
}
