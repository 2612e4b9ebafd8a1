// The dial pad's real-time contact search (`contacts.search`, spread into
// shared/ipc.ts). The renderer debounces and ignores answers to texts it no
// longer shows; main answers a superseded search at once with `superseded`,
// and never asks the helpdesk for fewer than MIN_SEARCH_DIGITS digits or
// MIN_SEARCH_LETTERS letters.
import { z } from 'zod';
import { invoke } from '../ipc-channel';
import { HelpdeskContact } from './helpdesk-contact';
import { WireProblem } from '../i18n/wire-problem';

/** A number is searched from its 3rd digit, a name from its 2nd letter. */
export const MIN_SEARCH_DIGITS = 3;
export const MIN_SEARCH_LETTERS = 2;

export const ContactSearchRequest = z.object({
  /** What the agent typed: digits (with + ( ) - . and spaces) or a name. */
  text: z.string().max(128),
});
export type ContactSearchRequest = z.infer<typeof ContactSearchRequest>;

export const ContactSearchResult = z.object({
  /** The text this answers, as sent (match it against the dial pad's current text). */
  text: z.string(),
  /**
   * ok: contacts hold the matches (possibly none).
   * too-short: fewer than 3 digits / 2 letters; nothing was asked.
   * superseded: a newer search started; drop this answer.
   * unavailable: no connected template can search this text (`reason` says why).
   */
  status: z.enum(['ok', 'too-short', 'superseded', 'unavailable']),
  /** The scenario that answered: SearchContact, or SyncContactAuto with the typed number as {{.Phone}}. */
  via: z.enum(['SearchContact', 'SyncContactAuto']).optional(),
  contacts: z.array(HelpdeskContact),
  /** Failed contact types (`type: message`, secrets redacted); the others' contacts are still listed. */
  errors: z.array(WireProblem),
  reason: WireProblem.optional(),
});
export type ContactSearchResult = z.infer<typeof ContactSearchResult>;

export const contactSearchChannels = {
  'contacts.search': invoke(ContactSearchRequest, ContactSearchResult),
} as const;

/** What a typed text is, and whether it is long enough to search. */
export function classifySearchText(text: string): { kind: 'number' | 'name'; long: boolean; value: string } {
  const value = text.trim();
  if (/^[0-9+()\-.\s]*$/.test(value)) {
    const digits = value.replace(/[^0-9]/g, '').length;
    return { kind: 'number', long: digits >= MIN_SEARCH_DIGITS, value };
  }
  const letters = (value.match(/\p{L}/gu) ?? []).length;
  return { kind: 'name', long: letters >= MIN_SEARCH_LETTERS, value };
}
