// The helpdesk contacts found for the caller's number: name, type, company
// and the template's other fields; with several, which one this call's
// journal and ticket belong to (call.pick); and "Open contact".
import { useId, useState } from 'react';
import type { ContactMatch } from '../../shared/calls/call-event';
import { ringdesk } from '../ipc/ringdesk';
import { useI18n } from '../i18n/i18n';
import type { MessageKey } from '../i18n/en';
import { errorProblem, problemText } from '../i18n/problem-text';
import type { DeskCall } from './call-board';
import { openInBrowser } from './desk-hooks';
import { contactMatchKey } from './picked-contact';
import { markPopupFollowed } from './popup-followed';

/** Fields the card already shows in its own places. */
const SHOWN = new Set(['ContactsId', 'FirstName', 'LastName', 'Company', 'ContactUrl']);

/** Friendly names of the guide's contact fields; other outputs show their own name. */
const fieldLabels: Partial<Record<string, MessageKey>> = {
  Email: 'field.Email',
  BusinessNumber: 'field.BusinessNumber',
  BusinessNumber2: 'field.BusinessNumber',
  MobileNumber: 'field.MobileNumber',
  MobileNumber2: 'field.MobileNumber',
  HomeNumber: 'field.HomeNumber',
  OtherNumber: 'field.OtherNumber',
  Remark: 'field.Remark',
  City: 'field.City',
  Country: 'field.Country',
};

export function ContactMatches({ call }: { call: DeskCall }) {
  const { t, locale } = useI18n();
  const contacts = call.update?.contacts ?? [];
  const picked = call.update?.picked ?? (contacts[0] ? contactMatchKey(contacts[0]) : '');
  const [message, setMessage] = useState<string>();
  const group = useId();

  const open = async (contact: ContactMatch) => {
    setMessage(undefined);
    try {
      const result = await ringdesk().invoke('call.openContact', { sipCallId: call.sipCallId, contact: contactMatchKey(contact) });
      if (result.outcome === 'reported' && result.url) openInBrowser(result.url);
      // Opened (by the desktop app or the page): the automatic popup's link would only repeat this button.
      if (result.outcome !== 'refused') markPopupFollowed(call.sipCallId);
      else if (result.outcome === 'refused') setMessage(t('call.openRefused', { reason: result.reason === undefined ? '' : problemText(result.reason, locale) }));
    } catch (e) {
      setMessage(problemText(errorProblem(e), locale));
    }
  };
  const pick = (contact: ContactMatch) => {
    setMessage(undefined);
    ringdesk()
      .invoke('call.pick', { sipCallId: call.sipCallId, contact: contactMatchKey(contact) })
      .catch((e: unknown) => setMessage(problemText(errorProblem(e), locale)));
  };

  return (
    <div className="contacts">
      {contacts.length > 1 && (
        <p className="hint" id={group}>
          {t('call.pickHint', { count: contacts.length })}
        </p>
      )}
      <ul className="contact-list" aria-labelledby={contacts.length > 1 ? group : undefined} aria-label={contacts.length > 1 ? undefined : t('call.contacts')}>
        {contacts.map((contact, index) => {
          const fields = Object.entries(contact.fields ?? {}).filter(([k, v]) => !SHOWN.has(k) && v.trim() !== '');
          const company = contact.fields?.Company ?? '';
          const key = contactMatchKey(contact);
          const nameId = `${group}-name-${index}`;
          return (
            <li key={key} className={`contact${key === picked ? ' picked' : ''}`} aria-labelledby={nameId}>
              <div className="contact-head">
                {contacts.length > 1 ? (
                  <label className="pick">
                    <input type="radio" name={`pick-${call.sipCallId}`} checked={key === picked} onChange={() => pick(contact)} />
                    <span className="contact-name" id={nameId} translate="no">
                    {contact.name}
                  </span>
                  </label>
                ) : (
                  <span className="contact-name" id={nameId} translate="no">
                    {contact.name}
                  </span>
                )}
                {contact.type && (
                  <span className="type-badge" translate="no">
                    {contact.type}
                  </span>
                )}
              </div>
              {company !== '' && <p className="company" translate="no">
                  {company}
                </p>}
              {fields.length > 0 && (
                <dl className="fields">
                  {fields.map(([k, v]) => (
                    <div key={k}>
                      <dt translate={fieldLabels[k] === undefined ? 'no' : undefined}>{fieldLabels[k] === undefined ? k : t(fieldLabels[k])}</dt>
                      <dd translate="no">{v}</dd>
                    </div>
                  ))}
                </dl>
              )}
              {contact.url && (
                <button type="button" className="link-button" onClick={() => void open(contact)} aria-label={t('call.openContactOf', { name: contact.name })}>
                  {t('call.openContact')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      {message && (
        <p role="alert" className="status error">
          {message}
        </p>
      )}
    </div>
  );
}
