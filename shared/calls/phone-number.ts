// Phone numbers as Ringdesk compares and shows them. Matching uses one key per
// number (E.164 when the number can be read in the default region, else its
// digits), so "+1 (415) 555-0100", "4155550100" and "001 415 555 0100" meet.
// What a template receives in `{{.Phone}}` is the admin's choice.
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { CountryCode } from 'libphonenumber-js';

export type PhoneFormat = 'as-dialled' | 'e164' | 'national';

function parse(raw: string, region: string) {
  const cleaned = raw.trim();
  if (cleaned === '') return undefined;
  // International prefixes such as 00 (Europe) or 011 (NANP) are understood by the parser itself.
  return parsePhoneNumberFromString(cleaned, region as CountryCode);
}

/** The comparison key of a number: E.164 when parseable, else only its digits (and a leading +). */
export function phoneKey(raw: string, region: string): string {
  const parsed = parse(raw, region);
  if (parsed?.isPossible()) return parsed.number;
  const plus = raw.trim().startsWith('+') ? '+' : '';
  return plus + raw.replace(/[^0-9]/g, '');
}

/** True when two numbers are the same subscriber as far as the default region can tell. */
export function samePhone(a: string, b: string, region: string): boolean {
  const ka = phoneKey(a, region);
  return ka !== '' && ka === phoneKey(b, region);
}

/** The number in the form the admin chose; numbers that cannot be parsed are passed as dialled. */
export function formatPhone(raw: string, format: PhoneFormat, region: string): string {
  if (format === 'as-dialled') return raw.trim();
  const parsed = parse(raw, region);
  if (!parsed?.isPossible()) return raw.trim();
  return format === 'e164' ? parsed.number : parsed.formatNational().replace(/[^0-9+]/g, '');
}
