// Contact search (types and match URLs, popup URL mode, field mapping with
// Enable flags and Custom Value) and contact creation (types, URL, body).
import type { TemplateForm } from '../../shared/template';
import { CONTACT_FIELDS } from '../../shared/template';
import type { ContactField } from '../../shared/template';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/en';
import { AreaField, FormSection, RowInput, SelectField, TextField } from './form-controls';
import type { FormEdit } from './TemplateFormView';

/** The guide makes these two mappings required: they are always enabled. */
const REQUIRED: readonly ContactField[] = ['ContactsId', 'FirstName'];

export function TemplateFormContacts({ form, edit }: { form: TemplateForm; edit: FormEdit }) {
  const { t } = useI18n();
  const search = form.contactSearch;
  const creation = form.contactCreation;
  return (
    <>
      <FormSection title={t('templates.form.contacts')}>
        <h3 className="subhead">{t('templates.form.contactTypes')}</h3>
        {search.contactTypes.map((row, i) => {
          const what = t('templates.form.row', { n: i + 1 });
          return (
            <div className="row-card" key={i} role="group" aria-label={`${t('templates.form.contactTypes')} ${what}`}>
              <div className="field-grid type-url">
                <RowInput label={t('templates.form.contactType')} value={row.name} onChange={(v) => edit((d) => void ((d.contactSearch.contactTypes[i] ?? row).name = v))} />
                <RowInput label={t('templates.form.matchUrl')} mono value={row.matchUrl} onChange={(v) => edit((d) => void ((d.contactSearch.contactTypes[i] ?? row).matchUrl = v))} />
              </div>
              <button type="button" className="ghost destructive" onClick={() => edit((d) => void d.contactSearch.contactTypes.splice(i, 1))}>
                {t('templates.form.removeRow', { what })}
              </button>
            </div>
          );
        })}
        <p className="hint">{t('templates.form.matchUrlHint')}</p>
        <button type="button" onClick={() => edit((d) => void d.contactSearch.contactTypes.push({ name: '', matchUrl: '' }))}>
          {t('templates.form.addContactType')}
        </button>

        <SelectField label={t('templates.form.popupMode')} value={search.popupMode} onChange={(v) => edit((d) => void (d.contactSearch.popupMode = v))}>
          <option value="specify_url_format">{t('templates.form.popup.specify_url_format')}</option>
          <option value="retrieve_from_contact">{t('templates.form.popup.retrieve_from_contact')}</option>
        </SelectField>
        {search.popupMode === 'retrieve_from_contact' ? (
          <TextField label={t('templates.form.contactFieldForUrl')} mono value={search.contactFieldForUrl} onChange={(v) => edit((d) => void (d.contactSearch.contactFieldForUrl = v))} />
        ) : (
          <TextField label={t('templates.form.urlFormat')} mono hint={t('templates.form.urlFormatHint')} value={search.urlFormat} onChange={(v) => edit((d) => void (d.contactSearch.urlFormat = v))} />
        )}

        <h3 className="subhead">{t('templates.form.fieldMapping')}</h3>
        <p className="hint">{t('templates.form.fieldMappingHint')}</p>
        <table className="mapping">
          <thead>
            <tr>
              <th scope="col">{t('templates.form.enable')}</th>
              <th scope="col">{t('templates.form.pbxField')}</th>
              <th scope="col">{t('templates.form.helpdeskField')}</th>
            </tr>
          </thead>
          <tbody>
            {CONTACT_FIELDS.map((f) => {
              const label = t(`templates.field.${f}` as MessageKey);
              const required = REQUIRED.includes(f);
              const mapping = search.fields[f];
              return (
                <tr key={f}>
                  <td>
                    <input
                      type="checkbox"
                      aria-label={t('templates.form.enableField', { field: label })}
                      checked={required || mapping.enabled}
                      disabled={required}
                      onChange={(e) => edit((d) => void (d.contactSearch.fields[f].enabled = e.target.checked))}
                    />
                  </td>
                  <th scope="row">{label}</th>
                  <td>
                    <input
                      className="mono"
                      aria-label={t('templates.form.pathOf', { field: label })}
                      value={mapping.path}
                      onChange={(e) =>
                        edit((d) => {
                          d.contactSearch.fields[f].path = e.target.value;
                          if (required) d.contactSearch.fields[f].enabled = true;
                        })
                      }
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </FormSection>

      <FormSection
        title={t('templates.form.creation')}
        toggle={{ label: t('templates.form.creation.enable'), checked: creation.enabled, onChange: (v) => edit((d) => void (d.contactCreation.enabled = v)) }}
      >
        {creation.contactTypes.map((row, i) => {
          const what = t('templates.form.row', { n: i + 1 });
          return (
            <div className="row-card" key={i} role="group" aria-label={`${t('templates.form.creation')} ${what}`}>
              <div className="field-grid type-url">
                <RowInput label={t('templates.form.contactType')} value={row.name} onChange={(v) => edit((d) => void ((d.contactCreation.contactTypes[i] ?? row).name = v))} />
                <RowInput label={t('templates.form.creationUrl')} mono value={row.url} onChange={(v) => edit((d) => void ((d.contactCreation.contactTypes[i] ?? row).url = v))} />
              </div>
              <AreaField label={t('templates.form.creationBody')} hint={t('templates.form.creationBodyHint')} value={row.body} onChange={(v) => edit((d) => void ((d.contactCreation.contactTypes[i] ?? row).body = v))} />
              <button type="button" className="ghost destructive" onClick={() => edit((d) => void d.contactCreation.contactTypes.splice(i, 1))}>
                {t('templates.form.removeRow', { what })}
              </button>
            </div>
          );
        })}
        <button type="button" onClick={() => edit((d) => void d.contactCreation.contactTypes.push({ name: '', url: '', body: '' }))}>
          {t('templates.form.addContactType')}
        </button>
      </FormSection>
    </>
  );
}
