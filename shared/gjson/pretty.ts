// tidwall/pretty 1.2.0 (Pretty, PrettyOptions, Ugly) as @pretty and @ugly
// use them. Pretty works on UTF-8 bytes because its line width counts
// bytes: the printer reads them as a string of one code unit per byte, which
// for ASCII input (the usual case) is the input itself, with no copy and no
// typed array to allocate. The recursion follows JSON nesting, so it is
// capped at MAX_PRETTY_DEPTH levels (deeper input is returned unchanged).
import { decodeAscii, decodeUtf8, encodeUtf8, isAscii } from './utf8';

export interface PrettyOptions {
  /** Max column width for single-line arrays (default 80). */
  width: number;
  /** Prefix for all lines (default ''). */
  prefix: string;
  /** Nested indentation (default two spaces). */
  indent: string;
  /** Sort object keys (default false). */
  sortKeys: boolean;
}

export const DEFAULT_PRETTY_OPTIONS: Readonly<PrettyOptions> = { width: 80, prefix: '', indent: '  ', sortKeys: false };

export const MAX_PRETTY_DEPTH = 500;

class TooDeep extends Error {}

const TRUE = [0x74, 0x72, 0x75, 0x65];
const FALSE = [0x66, 0x61, 0x6c, 0x73, 0x65];
const NULL = [0x6e, 0x75, 0x6c, 0x6c];

interface Pair {
  kstart: number;
  kend: number;
  vstart: number;
  vend: number;
}

class Printer {
  buf: number[] = [];
  /** Offset reached in the input by the last append call. */
  i = 0;
  /** Offset in buf where the current line starts. */
  nl = 0;
  /** Nesting of object() calls, bounded by MAX_PRETTY_DEPTH. */
  depth = 0;
  constructor(
    /** The input's UTF-8 bytes, one per code unit (the input itself when it is ASCII). */
    readonly json: string,
    readonly prefix: number[],
    readonly indent: number[],
    readonly width: number,
  ) {}

  pushAll(bytes: ArrayLike<number>): void {
    for (let k = 0; k < bytes.length; k++) this.buf.push(bytes[k] ?? 0);
  }

  any(i: number, pretty: boolean, indent: number[], sortkeys: boolean, tabs: number, nl: number, max: number): boolean {
    const json = this.json;
    for (; i < json.length; i++) {
      const c = json.charCodeAt(i);
      if (c <= 0x20) continue;
      if (c === 0x22) return this.string(i, nl);
      if ((c >= 0x30 && c <= 0x39) || c === 0x2d) return this.number(i, nl);
      if (c === 0x7b) return this.object(i, 0x7b, 0x7d, pretty, indent, sortkeys, tabs, nl, max);
      if (c === 0x5b) return this.object(i, 0x5b, 0x5d, pretty, indent, sortkeys, tabs, nl, max);
      const word = c === 0x74 ? TRUE : c === 0x66 ? FALSE : c === 0x6e ? NULL : undefined;
      if (word !== undefined) {
        this.pushAll(word);
        this.i = i + word.length;
        this.nl = nl;
        return true;
      }
    }
    this.i = i;
    this.nl = nl;
    return true;
  }

  object(i: number, open: number, close: number, pretty: boolean, indent: number[], sortkeys: boolean, tabs: number, nl: number, max: number): boolean {
    if (this.depth >= MAX_PRETTY_DEPTH) throw new TooDeep();
    this.depth++;
    try {
      return this.objectBody(i, open, close, pretty, indent, sortkeys, tabs, nl, max);
    } finally {
      this.depth--;
    }
  }

  objectBody(i: number, open: number, close: number, pretty: boolean, indent: number[], sortkeys: boolean, tabs: number, nl: number, max: number): boolean {
    const json = this.json;
    const buf = this.buf;
    let ok: boolean;
    if (this.width > 0) {
      if (pretty && open === 0x5b && max === -1) {
        // Try the array on a single line first.
        const room = this.width - (buf.length - nl);
        if (room > 3) {
          const s1 = buf.length;
          const s2 = i;
          ok = this.object(i, 0x5b, 0x5d, false, [], sortkeys, 0, 0, room);
          if (ok && buf.length - s1 <= room) {
            this.nl = nl;
            return true;
          }
          buf.length = s1;
          i = s2;
        }
      } else if (max !== -1 && open === 0x7b) {
        this.i = i;
        this.nl = nl;
        return false;
      }
    }
    buf.push(open);
    i++;
    const pairs: Pair[] = [];
    let n = 0;
    for (; i < json.length; i++) {
      const c = json.charCodeAt(i);
      if (c <= 0x20) continue;
      if (c === close) {
        if (pretty) {
          if (open === 0x7b && sortkeys) this.sortPairs(pairs);
          if (n > 0) {
            nl = buf.length;
            if (buf[nl - 1] === 0x20) buf[nl - 1] = 0x0a;
            else buf.push(0x0a);
          }
          if (buf[buf.length - 1] !== open) this.tabs(indent, tabs);
        }
        buf.push(close);
        this.i = i + 1;
        this.nl = nl;
        return open !== 0x7b;
      }
      if (open === 0x5b || c === 0x22) {
        if (n > 0) {
          buf.push(0x2c);
          if (this.width !== -1 && open === 0x5b) buf.push(0x20);
        }
        const p: Pair = { kstart: 0, kend: 0, vstart: 0, vend: 0 };
        if (pretty) {
          nl = buf.length;
          if (buf[nl - 1] === 0x20) buf[nl - 1] = 0x0a;
          else buf.push(0x0a);
          if (open === 0x7b && sortkeys) {
            p.kstart = i;
            p.vstart = buf.length;
          }
          this.tabs(indent, tabs + 1);
        }
        if (open === 0x7b) {
          this.string(i, nl);
          i = this.i;
          nl = this.nl;
          if (sortkeys) p.kend = i;
          buf.push(0x3a);
          if (pretty) buf.push(0x20);
        }
        ok = this.any(i, pretty, indent, sortkeys, tabs + 1, nl, max);
        i = this.i;
        nl = this.nl;
        if (max !== -1 && !ok) return false;
        if (pretty && open === 0x7b && sortkeys) {
          p.vend = buf.length;
          if (p.kstart > p.kend || p.vstart > p.vend) sortkeys = false;
          else pairs.push(p);
        }
        i--;
        n++;
      }
    }
    this.i = i;
    this.nl = nl;
    return open !== 0x7b;
  }

  sortPairs(pairs: Pair[]): void {
    if (pairs.length === 0) return;
    const json = this.json;
    const buf = this.buf;
    const first = pairs[0];
    if (first === undefined) return;
    const vstart = first.vstart;
    const sorted = [...pairs].sort((a, b) => {
      const c = compareBytes(json, a.kstart + 1, a.kend - 1, b.kstart + 1, b.kend - 1);
      return c !== 0 ? c : a.vstart - b.vstart;
    });
    // The members in key order, written back from vstart (the same bytes as
    // truncating there and appending them, without copying twice).
    const segments = sorted.map((p) => buf.slice(p.vstart, p.vend));
    let w = vstart;
    segments.forEach((segment, k) => {
      for (const b of segment) buf[w++] = b;
      if (k < segments.length - 1) {
        buf[w++] = 0x2c;
        buf[w++] = 0x0a;
      }
    });
    buf.length = w;
  }

  string(i: number, nl: number): boolean {
    const json = this.json;
    const s = i;
    for (i++; i < json.length; i++) {
      if (json.charCodeAt(i) === 0x22) {
        let sc = 0;
        for (let j = i - 1; j > s; j--) {
          if (json.charCodeAt(j) === 0x5c) sc++;
          else break;
        }
        if (sc % 2 === 1) continue;
        i++;
        break;
      }
    }
    for (let j = s; j < i && j < json.length; j++) this.buf.push(json.charCodeAt(j));
    this.i = i;
    this.nl = nl;
    return true;
  }

  number(i: number, nl: number): boolean {
    const json = this.json;
    const s = i;
    for (i++; i < json.length; i++) {
      const c = json.charCodeAt(i);
      if (c <= 0x20 || c === 0x2c || c === 0x3a || c === 0x5d || c === 0x7d) break;
    }
    for (let j = s; j < i; j++) this.buf.push(json.charCodeAt(j));
    this.i = i;
    this.nl = nl;
    return true;
  }

  tabs(indent: number[], tabs: number): void {
    this.pushAll(this.prefix);
    for (let k = 0; k < tabs; k++) this.pushAll(indent);
  }
}

function compareBytes(b: string, a0: number, a1: number, b0: number, b1: number): number {
  const la = Math.max(0, a1 - a0);
  const lb = Math.max(0, b1 - b0);
  const n = Math.min(la, lb);
  for (let k = 0; k < n; k++) {
    const x = b.charCodeAt(a0 + k);
    const y = b.charCodeAt(b0 + k);
    if (x !== y) return x - y;
  }
  return la - lb;
}

/** The UTF-8 bytes of `s` as a string of one code unit per byte (what the printer reads). */
function byteString(s: string): string {
  return decodeAscii(Array.from(encodeUtf8(s)));
}

function codes(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) out.push(s.charCodeAt(i));
  return out;
}

/** pretty.PrettyOptions: one element per line, short arrays on one line. */
export function prettyJson(json: string, options: Readonly<PrettyOptions> = DEFAULT_PRETTY_OPTIONS): string {
  const ascii = isAscii(json) && isAscii(options.prefix) && isAscii(options.indent);
  const bytes = ascii ? json : byteString(json);
  const printer = new Printer(bytes, codes(ascii ? options.prefix : byteString(options.prefix)), codes(ascii ? options.indent : byteString(options.indent)), options.width);
  printer.pushAll(printer.prefix);
  try {
    printer.any(0, true, printer.indent, options.sortKeys, 0, 0, -1);
  } catch (error) {
    if (error instanceof TooDeep) return json;
    throw error;
  }
  if (printer.buf.length > 0) printer.buf.push(0x0a);
  // ASCII in, ASCII out: the printer only copies input bytes and adds ASCII.
  return ascii ? decodeAscii(printer.buf) : decodeUtf8(printer.buf);
}

/** pretty.Ugly: drops every byte <= ' ' outside strings. */
export function uglyJson(src: string): string {
  let out = '';
  const n = src.length;
  let start = -1; // start of the current run being kept
  for (let i = 0; i < n; i++) {
    const c = src.charCodeAt(i);
    if (c <= 0x20) {
      if (start >= 0) {
        out += src.slice(start, i);
        start = -1;
      }
      continue;
    }
    if (start < 0) start = i;
    if (c === 0x22) {
      // To the closing quote: indexOf runs over the string natively.
      for (;;) {
        i = src.indexOf('"', i + 1);
        if (i < 0) {
          i = n;
          break;
        }
        let j = i - 1;
        while (src.charCodeAt(j) === 0x5c) j--;
        if ((j - i) % 2 !== 0) break;
      }
      if (i >= n) break;
    }
  }
  if (start >= 0) out += src.slice(start, Math.min(n, src.length));
  return out;
}
