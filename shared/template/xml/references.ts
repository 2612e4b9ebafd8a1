// XML references: only the five predefined entities and numeric character
// references. There is no DTD, so any other `&name;` is an error: that is
// what makes entity-expansion attacks (billion laughs, external entities)
// impossible rather than merely limited.

import { renderLint } from '../../i18n/lint';

const PREDEFINED: Readonly<Record<string, string>> = { lt: '<', gt: '>', amp: '&', quot: '"', apos: "'" };

export interface ReferenceProblem {
  /** Offset inside the checked text. */
  readonly index: number;
  readonly code: 'xml.bareAmp' | 'xml.badCharRef' | 'xml.unknownEntity';
  readonly params: Readonly<Record<string, string>>;
  /** In English (the linter catalogue's text). */
  readonly message: string;
}

function referenceProblem(index: number, code: ReferenceProblem['code'], params: Record<string, string> = {}): ReferenceProblem {
  return { index, code, params, message: renderLint({ code, params }, 'en') };
}

function isXmlChar(cp: number, version11: boolean): boolean {
  if (cp === 0x9 || cp === 0xa || cp === 0xd) return true;
  if (cp >= 0x20 && cp <= 0xd7ff) return true;
  if (cp >= 0xe000 && cp <= 0xfffd) return true;
  if (cp >= 0x10000 && cp <= 0x10ffff) return true;
  // XML 1.1 allows the C0 controls (except NUL) as character references.
  return version11 && cp >= 0x1 && cp <= 0x1f;
}

const REF = /&(#x[0-9A-Fa-f]{1,8}|#[0-9]{1,10}|[A-Za-z_][A-Za-z0-9._-]{0,63});/y;

/** Checks every `&` in `text` starts a reference we allow. */
export function checkReferences(text: string, version11: boolean): ReferenceProblem | undefined {
  let i = text.indexOf('&');
  while (i !== -1) {
    REF.lastIndex = i;
    const m = REF.exec(text);
    if (!m) return referenceProblem(i, 'xml.bareAmp');
    const body = m[1] ?? '';
    if (body.startsWith('#')) {
      const cp = body.startsWith('#x') ? parseInt(body.slice(2), 16) : parseInt(body.slice(1), 10);
      if (!isXmlChar(cp, version11)) return referenceProblem(i, 'xml.badCharRef', { ref: body });
    } else if (!(body in PREDEFINED)) {
      return referenceProblem(i, 'xml.unknownEntity', { ref: body });
    }
    i = text.indexOf('&', i + m[0].length);
  }
  return undefined;
}

/**
 * Decodes references, and normalizes line ends to `\n` the way Go's
 * encoding/xml does (the PBX's parser). Like Go, it does not collapse
 * whitespace in attribute values, so a template written for the PBX means the
 * same here. Call only on text that passed checkReferences.
 */
export function decodeText(raw: string): string {
  if (raw.indexOf('&') === -1 && raw.indexOf('\r') === -1) return raw;
  return raw.replace(/\r\n?/g, '\n').replace(/&(#x[0-9A-Fa-f]+|#[0-9]+|[A-Za-z]+);/g, (whole, body: string) => {
    if (body.startsWith('#x')) return String.fromCodePoint(parseInt(body.slice(2), 16));
    if (body.startsWith('#')) return String.fromCodePoint(parseInt(body.slice(1), 10));
    return PREDEFINED[body] ?? whole;
  });
}

/**
 * Maps an index in decodeText(raw) back to an index in raw, so a problem
 * found in a decoded value can be reported at its line and column.
 */
export function rawIndexOf(raw: string, decodedIndex: number): number {
  let decoded = 0;
  let i = 0;
  while (i < raw.length && decoded < decodedIndex) {
    const c = raw[i];
    if (c === '&') {
      const end = raw.indexOf(';', i);
      const body = end === -1 ? '' : raw.slice(i + 1, end);
      let width = 1;
      if (body.startsWith('#x')) width = parseInt(body.slice(2), 16) >= 0x10000 ? 2 : 1;
      else if (body.startsWith('#')) width = parseInt(body.slice(1), 10) >= 0x10000 ? 2 : 1;
      i = end === -1 ? i + 1 : end + 1;
      decoded += width;
    } else if (c === '\r' && raw[i + 1] === '\n') {
      i += 2;
      decoded += 1;
    } else {
      i++;
      decoded++;
    }
  }
  return i;
}

/** Escapes a value for an attribute delimited by `quote`. Newlines and tabs become references so they survive any XML parser. */
export function escapeAttribute(value: string, quote: '"' | "'"): string {
  let out = '';
  for (const c of value) {
    switch (c) {
      case '&': out += '&amp;'; break;
      case '<': out += '&lt;'; break;
      case '>': out += '&gt;'; break;
      case '\n': out += '&#xA;'; break;
      case '\r': out += '&#xD;'; break;
      case '\t': out += '&#x9;'; break;
      case '"': out += quote === '"' ? '&quot;' : c; break;
      case "'": out += quote === "'" ? '&apos;' : c; break;
      default: out += c;
    }
  }
  return out;
}
