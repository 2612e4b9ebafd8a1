// Dates, times, durations and phone numbers as a person reads them in the
// UI language, on the platform's Intl (DurationFormat where the engine has
// it) and libphonenumber-js. Only for display: what a template sends to a
// helpdesk keeps the template's own formats (made in shared/calls and main).
// In the pseudo-locale the English result is bracketed like a message, so
// the pseudo-locale walk can tell a formatted value from a hand-made string.
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { CountryCode } from 'libphonenumber-js';
import { PSEUDO_CLOSE, PSEUDO_OPEN } from './pseudo';

export type FormatLocale = 'en' | 'zh-CN' | 'en-XA';

/** The part of a duration a person cares about, largest first. */
interface DurationParts {
  hours: number;
  minutes: number;
  seconds: number;
}

interface DurationFormatLike {
  format(duration: Partial<DurationParts>): string;
}
type DurationFormatConstructor = new (locale: string, options: { style: 'long' | 'short' | 'narrow' | 'digital'; hoursDisplay?: 'auto' | 'always' }) => DurationFormatLike;

/** Intl.DurationFormat when the engine has it (Chromium does; Node 20 does not). */
function durationFormat(): DurationFormatConstructor | undefined {
  return (Intl as unknown as { DurationFormat?: DurationFormatConstructor }).DurationFormat;
}

function partsOf(totalSeconds: number): DurationParts {
  const s = Math.max(0, Math.floor(totalSeconds));
  return { hours: Math.floor(s / 3600), minutes: Math.floor((s % 3600) / 60), seconds: s % 60 };
}

/** Which country's conventions a UI language reads phone numbers in. */
const LOCALE_REGION: Record<FormatLocale, CountryCode> = { en: 'US', 'en-XA': 'US', 'zh-CN': 'CN' };

export interface Formats {
  /** Date and time, short: "11/22/26, 5:06 PM" / "2026/11/22 17:06". */
  dateTime(epochMs: number): string;
  /** Time of day: "5:06 PM" / "17:06". */
  time(epochMs: number): string;
  /** The time of day for today's moments, date and time for older ones. */
  when(epochMs: number, nowMs: number): string;
  /** "5 minutes ago" / "5分钟前", in the largest whole unit (seconds to days). */
  relative(epochMs: number, nowMs: number): string;
  /** A running call's clock: "04:07", "1:02:03" with hours. */
  clock(seconds: number): string;
  /** A finished duration in words: "1 min, 5 sec" / "1分钟5秒". */
  duration(seconds: number): string;
  /** A short measured time: "12 ms" / "12毫秒". */
  milliseconds(ms: number): string;
  /**
   * A phone number in the UI locale's conventions: numbers of the locale's
   * own country (or `region`'s) in national form, others international;
   * what is not a phone number (an extension, a SIP address) as it is.
   */
  phone(number: string, region?: string): string;
}

export function formatsFor(locale: FormatLocale): Formats {
  const intlLocale = locale === 'en-XA' ? 'en' : locale;
  const mark = locale === 'en-XA' ? (text: string) => `${PSEUDO_OPEN}${text}${PSEUDO_CLOSE}` : (text: string) => text;
  const dateTimeFormat = new Intl.DateTimeFormat(intlLocale, { dateStyle: 'short', timeStyle: 'short' });
  const timeFormat = new Intl.DateTimeFormat(intlLocale, { timeStyle: 'short' });
  const dayFormat = new Intl.DateTimeFormat(intlLocale, { year: 'numeric', month: 'numeric', day: 'numeric' });
  const relativeFormat = new Intl.RelativeTimeFormat(intlLocale, { numeric: 'auto' });
  const msFormat = new Intl.NumberFormat(intlLocale, { style: 'unit', unit: 'millisecond', unitDisplay: 'short', maximumFractionDigits: 0 });
  const DurationFormat = durationFormat();
  const words = DurationFormat ? new DurationFormat(intlLocale, { style: 'short' }) : undefined;
  const unit = (u: 'hour' | 'minute' | 'second') => new Intl.NumberFormat(intlLocale, { style: 'unit', unit: u, unitDisplay: 'short' });
  const units = { hours: unit('hour'), minutes: unit('minute'), seconds: unit('second') };
  const list = new Intl.ListFormat(intlLocale, { style: 'narrow', type: 'unit' });

  return {
    dateTime: (ms) => mark(dateTimeFormat.format(ms)),
    time: (ms) => mark(timeFormat.format(ms)),
    when: (ms, now) => mark((dayFormat.format(ms) === dayFormat.format(now) ? timeFormat : dateTimeFormat).format(ms)),
    relative(ms, now) {
      const seconds = Math.round((ms - now) / 1000);
      const steps: [Intl.RelativeTimeFormatUnit, number][] = [
        ['day', 86_400],
        ['hour', 3600],
        ['minute', 60],
      ];
      for (const [name, size] of steps) {
        if (Math.abs(seconds) >= size) return mark(relativeFormat.format(Math.trunc(seconds / size), name));
      }
      return mark(relativeFormat.format(seconds, 'second'));
    },
    clock(seconds) {
      // Digits and colons read the same in both languages; hours only when there are any.
      const { hours, minutes, seconds: s } = partsOf(seconds);
      const two = (n: number) => String(n).padStart(2, '0');
      return mark(hours > 0 ? `${hours}:${two(minutes)}:${two(s)}` : `${two(minutes)}:${two(s)}`);
    },
    duration(seconds) {
      const parts = partsOf(seconds);
      const shown = (Object.keys(parts) as (keyof DurationParts)[]).filter((k) => parts[k] > 0);
      // DurationFormat leaves zero units out, so "0 seconds" would come out empty.
      if (shown.length === 0) return mark(units.seconds.format(0));
      if (words) return mark(words.format(Object.fromEntries(shown.map((k) => [k, parts[k]]))));
      return mark(list.format(shown.map((k) => units[k].format(parts[k]))));
    },
    milliseconds: (ms) => mark(msFormat.format(Math.round(ms))),
    phone(number, region) {
      const home = (region && /^[A-Z]{2}$/.test(region) ? region : LOCALE_REGION[locale]) as CountryCode;
      const trimmed = number.trim();
      // Short numbers are extensions, and letters or @ mean a SIP address: shown as they are.
      if (trimmed.replace(/\D/g, '').length < 7 || /[\p{L}@]/u.test(trimmed)) return number;
      const parsed = parsePhoneNumberFromString(trimmed, home);
      if (!parsed?.isValid()) return number;
      return mark(parsed.country === home ? parsed.formatNational() : parsed.formatInternational());
    },
  };
}
