// What an action writes, escaped for where it sits (the escaper chosen by
// escape.ts). Values are printed as Go prints them, except that a missing
// value or JSON null is empty text (never "<no value>") or, as a whole JSON
// value, `null`.
import { sprintValue } from './fmt';
import { Escaper } from './node';
import type { ActionNode } from './node';
import { urlEncode } from './pbx-funcs';
import { Kind, kindOf, sortedKeys, utf8Bytes } from './value';
import type { GoByte, GoMap, GoValue } from './value';

export interface PathRange {
  readonly start: number;
  readonly end: number;
  readonly node: ActionNode;
}

export interface OutputState {
  /** Output ranges written by actions inside a URL path, checked for dot segments after execution. */
  readonly urlPathRanges: PathRange[];
}

export interface OutputSink {
  out: string;
  readonly output: OutputState;
  errorf(message: string): never;
}

function textOf(v: GoValue): string {
  return v === undefined || v === null ? '' : sprintValue(v);
}

const jsonEscapes: Record<string, string> = { '"': '\\"', '\\': '\\\\', '\b': '\\b', '\f': '\\f', '\n': '\\n', '\r': '\\r', '\t': '\\t' };

function hex4(c: number): string {
  return `\\u${c.toString(16).padStart(4, '0')}`;
}

/** The inside of a JSON string: quotes, backslashes, control characters and lone surrogates escaped. */
export function jsonStringContent(s: string): string {
  // Fast path: nothing to escape.
  let clean = true;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c === 0x22 || c === 0x5c || (c >= 0xd800 && c <= 0xdfff) || c === 0x2028 || c === 0x2029) {
      clean = false;
      break;
    }
  }
  if (clean) return s;
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] as string;
    const c = s.charCodeAt(i);
    const simple = jsonEscapes[ch];
    if (simple !== undefined) out += simple;
    else if (c < 0x20 || c === 0x2028 || c === 0x2029) out += hex4(c);
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && s.charCodeAt(i + 1) >= 0xdc00 && s.charCodeAt(i + 1) <= 0xdfff) {
      out += ch + (s[i + 1] as string);
      i++;
    } else if (c >= 0xd800 && c <= 0xdfff) out += hex4(c);
    else out += ch;
  }
  return out;
}

/** A value as a whole JSON value: strings quoted, numbers and booleans as Go prints them, nil as null. */
export function jsonValue(v: GoValue): string {
  switch (kindOf(v)) {
    case Kind.Invalid:
    case Kind.Nil:
      return 'null';
    case Kind.Bool:
      return v ? 'true' : 'false';
    case Kind.Int:
      return sprintValue(v);
    case Kind.Float: {
      const s = sprintValue(v);
      return s === '+Inf' || s === '-Inf' || s === 'NaN' ? `"${s}"` : s;
    }
    case Kind.Uint8:
      return String((v as GoByte).value);
    case Kind.Complex:
    case Kind.String:
      return `"${jsonStringContent(textOf(v))}"`;
    case Kind.Slice:
      return `[${(v as GoValue[]).map(jsonValue).join(',')}]`;
    case Kind.Map: {
      const m = v as GoMap;
      return `{${sortedKeys(m)
        .map((k) => `"${jsonStringContent(k)}":${jsonValue(m[k])}`)
        .join(',')}}`;
    }
  }
}

/**
 * printf "%q" output (a Go double-quoted string) as a JSON string: the same
 * text where Go's escapes are JSON's, else the JSON spelling (\a, \v, \x00,
 * \U0001F600 have none). Undefined when s is not a Go quoted string.
 */
export function goQuotedToJson(s: string): string | undefined {
  if (s.length < 2 || s[0] !== '"' || s[s.length - 1] !== '"') return undefined;
  let out = '"';
  for (let i = 1; i < s.length - 1; i++) {
    const ch = s[i] as string;
    const c = s.charCodeAt(i);
    if (ch === '"' || c < 0x20) return undefined;
    if (ch !== '\\') {
      out += c === 0x2028 || c === 0x2029 ? hex4(c) : ch;
      continue;
    }
    const e = s[i + 1];
    i++;
    switch (e) {
      case '"':
      case '\\':
      case 'b':
      case 'f':
      case 'n':
      case 'r':
      case 't':
        out += `\\${e}`;
        break;
      case 'a':
        out += '\\u0007';
        break;
      case 'v':
        out += '\\u000b';
        break;
      case 'x': {
        const h = s.slice(i + 1, i + 3);
        if (!/^[0-9a-fA-F]{2}$/.test(h)) return undefined;
        const b = parseInt(h, 16);
        out += b < 0x80 ? hex4(b) : '\\ufffd';
        i += 2;
        break;
      }
      case 'u':
      case 'U': {
        const n = e === 'u' ? 4 : 8;
        const h = s.slice(i + 1, i + 1 + n);
        if (h.length !== n || !/^[0-9a-fA-F]+$/.test(h)) return undefined;
        const cp = parseInt(h, 16);
        if (cp > 0x10ffff) return undefined;
        if (cp > 0xffff) {
          const hi = 0xd800 + ((cp - 0x10000) >> 10);
          const lo = 0xdc00 + ((cp - 0x10000) & 0x3ff);
          out += hex4(hi) + hex4(lo);
        } else out += hex4(cp);
        i += n;
        break;
      }
      default:
        return undefined;
    }
  }
  return `${out}"`;
}

function isHex(b: number | undefined): boolean {
  return b !== undefined && ((b >= 0x30 && b <= 0x39) || (b >= 0x41 && b <= 0x46) || (b >= 0x61 && b <= 0x66));
}

/**
 * html/template's URL normalizer: percent-encodes only what cannot appear in
 * a URL, keeping its structure (for a whole URL or its scheme and host from a setting).
 */
export function urlNormalize(s: string): string {
  const bytes = utf8Bytes(s);
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i] as number;
    const ch = String.fromCharCode(c);
    if (c < 0x80 && (/[A-Za-z0-9\-._~!#$&*+,/:;=?@[\]]/.test(ch) || (c === 0x25 && isHex(bytes[i + 1]) && isHex(bytes[i + 2])))) {
      out += ch;
      continue;
    }
    out += `%${c.toString(16).padStart(2, '0')}`;
  }
  return out;
}

/** Writes an action's value, escaped by the action's escaper. */
export function escapeOutput(sink: OutputSink, node: ActionNode, v: GoValue): void {
  switch (node.escaper) {
    case Escaper.None:
      sink.out += textOf(v);
      return;
    case Escaper.JsonString:
      sink.out += jsonStringContent(textOf(v));
      return;
    case Escaper.JsonValue:
      sink.out += jsonValue(v);
      return;
    case Escaper.JsonGoQuoted: {
      const text = textOf(v);
      sink.out += goQuotedToJson(text) ?? jsonValue(v === undefined || v === null ? v : text);
      return;
    }
    case Escaper.UrlNormalize:
      sink.out += urlNormalize(textOf(v));
      return;
    case Escaper.UrlComponent:
      sink.out += urlEncode(v);
      return;
    case Escaper.UrlPreEscaped:
      sink.out += textOf(v);
      return;
    case Escaper.UrlPathSegment:
    case Escaper.UrlPathPreEscaped: {
      const start = sink.out.length;
      sink.out += node.escaper === Escaper.UrlPathSegment ? urlEncode(v) : textOf(v);
      sink.output.urlPathRanges.push({ start, end: sink.out.length, node });
      return;
    }
  }
}

const dotSegment = /^(\.|%2e){1,2}$/i;

/**
 * A path segment that is "." or ".." (or their %2e spellings, which URL
 * parsers treat the same) would move the request to another resource. When
 * an action wrote any part of such a segment, that is an error.
 */
export function checkPathSegments(out: string, ranges: readonly PathRange[], fail: (node: ActionNode, message: string) => never): void {
  for (const r of ranges) {
    let a = r.start;
    while (a > 0 && out[a - 1] !== '/') a--;
    let b = r.end;
    while (b < out.length && out[b] !== '/' && out[b] !== '?' && out[b] !== '#') b++;
    const segment = out.slice(a, b);
    if (dotSegment.test(segment)) fail(r.node, `${JSON.stringify(segment)} cannot be a URL path segment`);
  }
}
