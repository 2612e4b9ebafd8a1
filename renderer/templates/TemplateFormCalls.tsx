// Call journal and automatic ticket creation: URL, body, and the Subject /
// Description defaults with their "let users customize" switches.
import type { TemplateForm, ToggleText } from '../../shared/template';
import { useI18n } from '../i18n/i18n';
import { AreaField, CheckField, FormSection, TextField } from './form-controls';
import type { FormEdit } from './TemplateFormView';

function ToggleTextFields({ value, label, allowLabel, onChange }: { value: ToggleText; label: string; allowLabel: string; onChange: (next: ToggleText) => void }) {
  return (
    <div className="toggle-text">
      <CheckField label={allowLabel} checked={value.enabled} onChange={(enabled) => onChange({ ...value, enabled })} />
      <AreaField label={label} rows={2} value={value.value} onChange={(v) => onChange({ ...value, value: v })} />
    </div>
  );
}

export function TemplateFormCalls({ form, edit }: { form: TemplateForm; edit: FormEdit }) {
  const { t } = useI18n();
  const journal = form.callJournal;
  const ticket = form.ticketCreation;
  return (
    <>
      <FormSection title={t('templates.form.journal')} toggle={{ label: t('templates.form.journal.enable'), checked: journal.enabled, onChange: (v) => edit((d) => void (d.callJournal.enabled = v)) }}>
        <TextField label={t('templates.form.journalUrl')} mono value={journal.url} onChange={(v) => edit((d) => void (d.callJournal.url = v))} />
        <AreaField label={t('templates.form.journalBody')} rows={8} value={journal.body} onChange={(v) => edit((d) => void (d.callJournal.body = v))} />
        <ToggleTextFields label={t('templates.form.subject')} allowLabel={t('templates.form.allowSubject')} value={journal.subject} onChange={(v) => edit((d) => void (d.callJournal.subject = v))} />
        <ToggleTextFields label={t('templates.form.description')} allowLabel={t('templates.form.allowDescription')} value={journal.description} onChange={(v) => edit((d) => void (d.callJournal.description = v))} />
        <CheckField label={t('templates.form.playRecording')} checked={journal.playCallRecording.enabled} onChange={(v) => edit((d) => void (d.callJournal.playCallRecording.enabled = v))} />
        <CheckField label={t('templates.form.playRecordingDefault')} checked={journal.playCallRecording.defaultOn} onChange={(v) => edit((d) => void (d.callJournal.playCallRecording.defaultOn = v))} />
      </FormSection>
      <FormSection title={t('templates.form.ticket')} toggle={{ label: t('templates.form.ticket.enable'), checked: ticket.enabled, onChange: (v) => edit((d) => void (d.ticketCreation.enabled = v)) }}>
        <TextField label={t('templates.form.ticketUrl')} mono value={ticket.url} onChange={(v) => edit((d) => void (d.ticketCreation.url = v))} />
        <AreaField label={t('templates.form.ticketBody')} rows={8} value={ticket.body} onChange={(v) => edit((d) => void (d.ticketCreation.body = v))} />
        <ToggleTextFields label={t('templates.form.subject')} allowLabel={t('templates.form.allowSubject')} value={ticket.subject} onChange={(v) => edit((d) => void (d.ticketCreation.subject = v))} />
        <ToggleTextFields label={t('templates.form.description')} allowLabel={t('templates.form.allowDescription')} value={ticket.description} onChange={(v) => edit((d) => void (d.ticketCreation.description = v))} />
      </FormSection>
    </>
  );
}
