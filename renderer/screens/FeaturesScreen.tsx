// The guide's "Set up Helpdesk Integration Features": contact sync, contact
// creation, call popup, call journal, tickets, and which contact a call
// belongs to when several share the number. Every change is saved at once.
import { useState } from 'react';
import type { IntegrationSettings } from '../../shared/calls/integration-settings';
import type { Settings, SettingsPatch } from '../../shared/settings';
import { useIntegrationStatus } from '../calls/desk-hooks';
import { RECORDING_LINK_EXAMPLE, recordingLinkProblem } from '../../shared/calls/recording-link';
import { Check, Choice, Several, TextSetting } from '../features/controls';
import { VariableList } from '../features/VariableList';
import { useI18n } from '../i18n/i18n';
import { errorProblem, problemText } from '../i18n/problem-text';
import '../features/features.css';

type Section = 'contactSync' | 'contactCreation' | 'popup' | 'journal' | 'ticket' | 'matches';

export function FeaturesScreen({ settings, update }: { settings: Settings; update(patch: SettingsPatch): Promise<void> }) {
  const { t, locale } = useI18n();
  const status = useIntegrationStatus(settings.integration.templateKey);
  const [saved, setSaved] = useState<{ ok: boolean; text: string }>();
  const s = settings.integration;
  const features = status?.templateKey === s.templateKey ? status.features : undefined;
  const save = <K extends Section>(section: K, change: Partial<IntegrationSettings[K]>) => {
    const whole = { ...s[section], ...change };
    update({ integration: { [section]: whole } })
      .then(() => setSaved({ ok: true, text: t('settings.saved') }))
      .catch((e: unknown) => setSaved({ ok: false, text: t('settings.saveFailed', { message: problemText(errorProblem(e), locale) }) }));
  };
  const optional = (text: string) => (text.trim() === '' ? undefined : text);
  const directions = [
    { value: 'inbound' as const, label: t('features.inbound') },
    { value: 'outbound' as const, label: t('features.outbound') },
  ];
  const searchTypes = status?.searchTypes ?? [];
  const createTypes = status?.createTypes ?? [];

  return (
    <section className="screen features" aria-labelledby="features-title">
      <h1 id="features-title">{t('features.title')}</h1>
      <p className="lead">{s.templateKey === '' ? t('features.noTemplate') : t('features.lead')}</p>
      <p role="status" className={`status${saved?.ok === false ? ' error' : ''}`}>
        {saved?.text ?? ''}
      </p>
      <div className="feature-grid">
        <fieldset className="card">
          <legend>{t('features.contactSync')}</legend>
          <Check label={t('features.contactSync.enabled')} checked={s.contactSync.enabled} onChange={(v) => save('contactSync', { enabled: v })} />
          {searchTypes.length > 0 && (
            <Several
              legend={t('features.contactTypes')}
              options={searchTypes.map((x) => ({ value: x, label: x, verbatim: true }))}
              value={s.contactSync.types.length === 0 ? searchTypes : s.contactSync.types}
              onChange={(types) => save('contactSync', { types: types.length === searchTypes.length ? [] : types })}
              disabled={!s.contactSync.enabled}
            />
          )}
          <Check label={t('features.alwaysQuery')} checked={s.contactSync.alwaysQuery} onChange={(v) => save('contactSync', { alwaysQuery: v })} disabled={!s.contactSync.enabled} />
          <p className="hint">{t('features.alwaysQuery.hint')}</p>
          <TextSetting label={t('features.phonebook')} value={s.contactSync.phonebookName} onSave={(v) => save('contactSync', { phonebookName: v })} />
        </fieldset>

        <fieldset className="card" disabled={features?.createNewContact === false}>
          <legend>{t('features.contactCreation')}</legend>
          <Check label={t('features.contactCreation.enabled')} checked={s.contactCreation.enabled} onChange={(v) => save('contactCreation', { enabled: v })} />
          {createTypes.length > 0 && (
            <Choice label={t('features.contactType')} value={s.contactCreation.type === '' ? (createTypes[0] ?? '') : s.contactCreation.type} options={createTypes.map((x) => ({ value: x, label: x, verbatim: true }))} onChange={(v) => save('contactCreation', { type: v })} />
          )}
          <Choice
            label={t('features.method')}
            value={s.contactCreation.method}
            options={[
              { value: 'automatic', label: t('features.contactCreation.automatic') },
              { value: 'manual', label: t('features.contactCreation.manual') },
            ]}
            onChange={(v) => save('contactCreation', { method: v })}
          />
          {s.contactCreation.method === 'automatic' && <Several legend={t('features.callTypes')} options={directions} value={s.contactCreation.callTypes} onChange={(v) => save('contactCreation', { callTypes: v })} />}
        </fieldset>

        <fieldset className="card">
          <legend>{t('features.popup')}</legend>
          <Check label={t('features.popup.enabled')} checked={s.popup.enabled} onChange={(v) => save('popup', { enabled: v })} />
          <Choice
            label={t('features.method')}
            value={s.popup.method}
            options={[
              { value: 'automatic', label: t('features.popup.automatic') },
              { value: 'manual', label: t('features.popup.manual') },
            ]}
            onChange={(v) => save('popup', { method: v })}
          />
          {s.popup.method === 'automatic' && (
            <Choice
              label={t('features.popup.trigger')}
              value={s.popup.trigger}
              options={[
                { value: 'ring', label: t('features.popup.ring') },
                { value: 'answered', label: t('features.popup.answered') },
                { value: 'end', label: t('features.popup.end') },
              ]}
              onChange={(v) => save('popup', { trigger: v })}
            />
          )}
        </fieldset>

        <fieldset className="card" disabled={features?.callJournal === false}>
          <legend>{t('features.journal')}</legend>
          <Check label={t('features.journal.enabled')} checked={s.journal.enabled} onChange={(v) => save('journal', { enabled: v })} />
          <TextSetting label={t('features.subject')} value={s.journal.subject ?? ''} placeholder={t('features.fromTemplate')} onSave={(v) => save('journal', { subject: optional(v) })} />
          <TextSetting label={t('features.description')} multiline value={s.journal.description ?? ''} placeholder={t('features.fromTemplate')} onSave={(v) => save('journal', { description: optional(v) })} hint={<VariableList />} />
          <Check label={t('features.playRecording')} checked={s.journal.playCallRecording} onChange={(v) => save('journal', { playCallRecording: v })} />
          {s.journal.playCallRecording && (
            <TextSetting
              label={t('features.recordingLink')}
              value={s.journal.recordingLink}
              onSave={(v) => {
                // Checked here too, so the administrator reads what is wrong in the UI language.
                const problem = recordingLinkProblem(v.trim());
                if (problem === undefined) save('journal', { recordingLink: v.trim() });
                else setSaved({ ok: false, text: problem.kind === 'not-http' ? t('features.recordingLink.notHttp') : t('features.recordingLink.template', { detail: problem.detail }) });
              }}
              hint={<p className="hint">{t('features.recordingLink.hint', { example: RECORDING_LINK_EXAMPLE, variable: '{{.RecordPath}}' })}</p>}
            />
          )}
        </fieldset>

        <fieldset className="card" disabled={features?.createNewTicket === false}>
          <legend>{t('features.ticket')}</legend>
          <Check label={t('features.ticket.enabled')} checked={s.ticket.enabled} onChange={(v) => save('ticket', { enabled: v })} />
          <Choice
            label={t('features.ticket.when')}
            value={s.ticket.when}
            options={[
              { value: 'before', label: t('features.ticket.before') },
              { value: 'after', label: t('features.ticket.after') },
            ]}
            onChange={(v) => save('ticket', { when: v })}
          />
          {s.ticket.when === 'before' ? (
            <Several legend={t('features.callTypes')} options={directions} value={s.ticket.beforeCallTypes} onChange={(v) => save('ticket', { beforeCallTypes: v })} />
          ) : (
            <Several
              legend={t('features.callTypes')}
              options={[
                { value: 'inbound-answered', label: t('features.ticket.inboundAnswered') },
                { value: 'inbound-no-answer', label: t('features.ticket.inboundNoAnswer') },
                { value: 'outbound-answered', label: t('features.ticket.outboundAnswered') },
                { value: 'outbound-no-answer', label: t('features.ticket.outboundNoAnswer') },
              ]}
              value={s.ticket.afterCallTypes}
              onChange={(v) => save('ticket', { afterCallTypes: v })}
            />
          )}
          <TextSetting label={t('features.subject')} value={s.ticket.subject ?? ''} placeholder={t('features.fromTemplate')} onSave={(v) => save('ticket', { subject: optional(v) })} />
          <TextSetting label={t('features.description')} multiline value={s.ticket.description ?? ''} placeholder={t('features.fromTemplate')} onSave={(v) => save('ticket', { description: optional(v) })} hint={<VariableList />} />
        </fieldset>

        <fieldset className="card">
          <legend>{t('features.matches')}</legend>
          <Choice
            label={t('features.defaultPick')}
            value={s.matches.defaultPick}
            options={[
              { value: 'last-picked', label: t('features.defaultPick.last') },
              { value: 'first', label: t('features.defaultPick.first') },
            ]}
            onChange={(v) => save('matches', { defaultPick: v })}
          />
          <Choice
            label={t('features.pickWait')}
            value={String(s.matches.pickWaitSeconds)}
            options={['0', '15', '30', '60', '120'].map((v) => ({ value: v, label: t('features.seconds', { count: v }) }))}
            onChange={(v) => save('matches', { pickWaitSeconds: Number(v) })}
          />
        </fieldset>
      </div>
    </section>
  );
}
