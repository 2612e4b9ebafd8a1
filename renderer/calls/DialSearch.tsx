// Contacts matching what the agent types in the dial box: the local
// phonebook (synchronized contacts) at once, and the helpdesk itself as the
// text grows when Always Query is on (contacts.search: SearchContact, or
// SyncContactAuto with the typed number). Picking one
// puts its number in the dial box.
import { useEffect, useState } from 'react';
import { classifySearchText } from '../../shared/calls/contact-search-channels';
import type { HelpdeskContact } from '../../shared/calls/helpdesk-contact';
import { contactNumbers } from '../../shared/calls/helpdesk-contact';
import type { Settings } from '../../shared/settings';
import { ringdesk } from '../ipc/ringdesk';
import { useFormats, useI18n } from '../i18n/i18n';

interface Hit {
  readonly contact: HelpdeskContact;
  readonly number: string;
  readonly source: 'phonebook' | 'helpdesk';
}

const digitsOf = (s: string) => s.replace(/[^0-9]/g, '');

/** Read afresh each time a search starts: the Phone screen stays open while calls add contacts to it. */
function usePhonebook(searching: boolean): { number: string; contacts: HelpdeskContact[] }[] {
  const [entries, setEntries] = useState<{ number: string; contacts: HelpdeskContact[] }[]>([]);
  useEffect(() => {
    if (!searching) return;
    let live = true;
    void ringdesk()
      .invoke('phonebook.list')
      .then((list) => live && setEntries(list))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [searching]);
  return entries;
}

export function DialSearch({ query, settings, onPick }: { query: string; settings: Settings; onPick(number: string): void }) {
  const { t } = useI18n();
  const format = useFormats();
  const [remote, setRemote] = useState<{ query: string; hits: Hit[] }>({ query: '', hits: [] });
  const text = query.trim().toLowerCase();
  const phonebook = usePhonebook(text.length >= 2);
  const digits = digitsOf(query);
  const sync = settings.integration.contactSync;
  const searchHelpdesk = settings.integration.templateKey !== '' && sync.enabled && sync.alwaysQuery && classifySearchText(query).long;

  useEffect(() => {
    if (!searchHelpdesk) return;
    let live = true;
    const timer = setTimeout(() => {
      ringdesk()
        .invoke('contacts.search', { text: query })
        .then((result) => {
          if (!live || result.status === 'superseded') return;
          setRemote({ query, hits: result.contacts.slice(0, 20).map((contact) => ({ contact, number: contactNumbers(contact)[0] ?? query.trim(), source: 'helpdesk' as const })) });
        })
        .catch(() => live && setRemote({ query, hits: [] }));
    }, 350);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [query, searchHelpdesk]);

  if (text.length < 2) return null;
  const local: Hit[] = [];
  for (const entry of phonebook) {
    for (const contact of entry.contacts) {
      const numbers = contactNumbers(contact);
      const byNumber = digits.length >= 3 && numbers.some((n) => digitsOf(n).includes(digits));
      const byName = /\p{L}/u.test(text) && contact.displayName.toLowerCase().includes(text);
      if (byNumber || byName) local.push({ contact, number: numbers.find((n) => digitsOf(n).includes(digits)) ?? numbers[0] ?? entry.number, source: 'phonebook' });
    }
  }
  const fromHelpdesk = searchHelpdesk && remote.query === query ? remote.hits : [];
  const seen = new Set<string>();
  const hits = [...fromHelpdesk, ...local].filter((h) => {
    const key = `${h.contact.syncType}:${h.contact.id}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });

  return (
    <div className="dial-search" aria-live="polite">
      {hits.length > 0 ? (
        <ul aria-label={t('dial.matches')}>
          {hits.slice(0, 8).map((h) => (
            <li key={`${h.contact.syncType}:${h.contact.id}`}>
              <button type="button" className="hit" onClick={() => onPick(h.number)}>
                <span className="hit-name" translate="no">
                  {h.contact.displayName}
                </span>
                <span className="hit-meta" translate="no">
                  {[h.contact.fields.Company, h.contact.syncType, format.phone(h.number)].filter((x) => x !== undefined && x !== '').join(' · ')}
                </span>
                <span className="type-badge">{t(h.source === 'helpdesk' ? 'dial.fromHelpdesk' : 'dial.fromPhonebook')}</span>
              </button>
            </li>
          ))}
        </ul>
      ) : (
        <p className="hint">{searchHelpdesk && remote.query !== query ? t('dial.searching') : t('dial.noMatches')}</p>
      )}
    </div>
  );
}
