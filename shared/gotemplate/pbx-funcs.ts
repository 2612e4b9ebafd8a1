// The integration guide's four template functions, with the semantics of
// test/fixtures/conformance-README.md ("The four template functions").
import { sprintValue } from './fmt';
import { FuncError } from './func';
import type { FuncMap, TemplateFunction } from './func';
import { civilFromMillis, zoneOffsetMillis } from './time-zone';
import { quote } from './quote';
import { floatOf, Kind, kindOf, typeName } from './value';
import type { GoValue } from './value';

/** Shared conversion to text: missing/null → "", a string as is, else what {{.x}} prints. */
export function textOf(v: GoValue): string {
  if (v === undefined || v === null) return '';
  return typeof v === 'string' ? v : sprintValue(v);
}

function trimSpaces(s: string): string {
  return s.replace(/^[ \t\r\n]+|[ \t\r\n]+$/g, '');
}

const maxMillis = 2 ** 53;

function roundHalfAwayFromZero(x: number): number {
  const r = Math.sign(x) * Math.round(Math.abs(x));
  return r === 0 ? 0 : r;
}

/**
 * Seconds (int, float or decimal text) to integer milliseconds; "" for
 * missing, null or empty text. Results beyond ±2^53 ms are an error (a Go
 * int could hold them, a JavaScript number cannot; the Go reference agrees).
 */
export function toMillis(v: GoValue, fn: string): number | '' {
  let ms: number;
  switch (kindOf(v)) {
    case Kind.Invalid:
    case Kind.Nil:
      return '';
    case Kind.String: {
      const s = trimSpaces(v as string);
      if (s === '') return '';
      if (/^[+-]?\d+$/.test(s)) {
        const n = BigInt(s);
        if (n * 1000n > BigInt(maxMillis) || n * 1000n < -BigInt(maxMillis)) throw new FuncError(`${fn}: timestamp out of range ${quote(v as string)}`);
        ms = Number(n * 1000n);
        break;
      }
      if (/^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/.test(s)) {
        const f = Number(s);
        if (!Number.isFinite(f)) throw new FuncError(`${fn}: invalid timestamp ${quote(v as string)}`);
        ms = roundHalfAwayFromZero(f * 1000);
        break;
      }
      throw new FuncError(`${fn}: invalid timestamp ${quote(v as string)}`);
    }
    case Kind.Int: {
      const n = typeof v === 'bigint' ? v : BigInt(v as number);
      if (n * 1000n > BigInt(maxMillis) || n * 1000n < -BigInt(maxMillis)) throw new FuncError(`${fn}: timestamp out of range ${n}`);
      ms = Number(n * 1000n);
      break;
    }
    case Kind.Float:
      ms = roundHalfAwayFromZero(floatOf(v) * 1000);
      break;
    default:
      throw new FuncError(`${fn}: invalid timestamp of type ${typeName(v)}`);
  }
  if (!(Math.abs(ms) <= maxMillis)) throw new FuncError(`${fn}: timestamp out of range ${sprintValue(v)}`);
  return ms;
}

/** Go's %0Nd: the sign counts toward the width. */
function pad(n: number, width: number): string {
  const digits = String(Math.abs(n));
  const sign = n < 0 ? '-' : '';
  return sign + digits.padStart(width - sign.length, '0');
}

const layoutTokens = ['yyyy', 'SSS', 'yy', 'MM', 'dd', 'HH', 'hh', 'mm', 'ss'] as const;

export function timeFormat(ts: GoValue, layout: GoValue, utc: GoValue, timeZone: string): string {
  const ms = toMillis(ts, 'TimeFormat');
  if (ms === '') return '';
  const pattern = textOf(layout);
  const inUtc = trimSpaces(textOf(utc)) === '1';
  const t = civilFromMillis(inUtc ? ms : ms + zoneOffsetMillis(ms, timeZone));
  let out = '';
  for (let i = 0; i < pattern.length; ) {
    const token = layoutTokens.find((tok) => pattern.startsWith(tok, i));
    if (token === undefined) {
      out += pattern[i];
      i++;
      continue;
    }
    switch (token) {
      case 'yyyy':
        out += pad(t.year, 4);
        break;
      case 'SSS':
        out += pad(t.millisecond, 3);
        break;
      case 'yy':
        out += pad(t.year % 100, 2);
        break;
      case 'MM':
        out += pad(t.month, 2);
        break;
      case 'dd':
        out += pad(t.day, 2);
        break;
      case 'HH':
        out += pad(t.hour, 2);
        break;
      case 'hh':
        out += pad(t.hour % 12 === 0 ? 12 : t.hour % 12, 2);
        break;
      case 'mm':
        out += pad(t.minute, 2);
        break;
      case 'ss':
        out += pad(t.second, 2);
        break;
    }
    i += token.length;
  }
  return out;
}

// Characters whose simple (1:1) upper-case mapping differs from JavaScript's
// full mapping: Greek letters with ypogegrammeni map to their title-case form.
function simpleUpperOfSpecial(cp: number): number {
  if ((cp >= 0x1f80 && cp <= 0x1f87) || (cp >= 0x1f90 && cp <= 0x1f97) || (cp >= 0x1fa0 && cp <= 0x1fa7)) return cp + 8;
  if (cp === 0x1fb3) return 0x1fbc;
  if (cp === 0x1fc3) return 0x1fcc;
  if (cp === 0x1ff3) return 0x1ffc;
  return cp;
}

// Lower-case letters whose upper-case pair arrived after Unicode 13 (Go 1.19's
// tables); Go leaves them unchanged.
function newerThanUnicode13(cp: number): boolean {
  return (
    cp === 0x2c5f ||
    cp === 0xa7c1 ||
    cp === 0xa7cb ||
    cp === 0xa7cd ||
    cp === 0xa7d1 ||
    cp === 0xa7d7 ||
    cp === 0xa7d9 ||
    cp === 0xa7db ||
    cp === 0x1c8a ||
    (cp >= 0x10597 && cp <= 0x105bc) ||
    (cp >= 0x10d70 && cp <= 0x10d85)
  );
}

/** unicode.ToUpper: the simple mapping of one code point. */
export function toUpperRune(cp: number): number {
  if (cp < 0x80) return cp >= 0x61 && cp <= 0x7a ? cp - 32 : cp;
  if (newerThanUnicode13(cp)) return cp;
  const upper = String.fromCodePoint(cp).toUpperCase();
  const first = upper.codePointAt(0) ?? cp;
  if (upper.length === (first > 0xffff ? 2 : 1)) return first;
  return simpleUpperOfSpecial(cp);
}

export function capitalize(v: GoValue): string {
  const s = textOf(v);
  if (s === '') return s;
  const cp = s.codePointAt(0) ?? 0;
  const width = cp > 0xffff ? 2 : 1;
  const isLone = cp >= 0xd800 && cp <= 0xdfff;
  return (isLone ? '\ufffd' : String.fromCodePoint(toUpperRune(cp))) + s.slice(width);
}

/** Escapes every UTF-8 byte except A-Z a-z 0-9 - _ . ~ as %XX. */
export function urlEncode(v: GoValue): string {
  const s = textOf(v).replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
  return encodeURIComponent(s).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** The guide's functions; TimeFormat's "local time" is `timeZone` (IANA name). */
export function pbxFuncs(timeZone: string): FuncMap {
  const one = { params: ['any'] } as const;
  return new Map<string, TemplateFunction>([
    ['Capitalize', { ...one, call: (a) => capitalize(a[0]) }],
    ['UrlEncode', { ...one, call: (a) => urlEncode(a[0]) }],
    ['ToMillis', { ...one, call: (a) => toMillis(a[0], 'ToMillis') }],
    ['TimeFormat', { params: ['any', 'any', 'any'], call: (a) => timeFormat(a[0], a[1], a[2], timeZone) }],
  ]);
}
