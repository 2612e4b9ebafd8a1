// tidwall/pretty 1.2.0 (Pretty, PrettyOptions) as @pretty uses it; Ugly is in
// ugly.ts. Pretty works on UTF-8 bytes because its line width counts
// bytes: the printer reads them as a string of one code unit per byte, which
// for ASCII input (the usual case) is the input itself, with no copy and no
// typed array to allocate. The recursion follows JSON nesting, so it is
// capped at MAX_PRETTY_DEPTH levels (deeper input is returned unchanged).
import type { Pads } from './pretty-pads';
import { PAD_CACHE_DEPTH, padsFor } from './pretty-pads';
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

interface Pair {
  kstart: number;
  kend: number;
  vstart: number;
  vend: number;
}

/** The literal that starts with c (a switch: a keyed lookup in an object is much slower here). */
function wordAt(c: number): string | undefined {
  switch (c) {
    case 0x74:
      return 'true';
    case 0x66:
      return 'false';
    case 0x6e:
      return 'null';
    default:
      return undefined;
  }
}

/**
 * The printer appends to a string (V8 builds a rope and flattens it once at
 * the end) and copies each token of the input with one slice, which is much
 * faster than a byte array decoded at the end. Go's printer sometimes turns
 * the last byte written (a space) into a newline; `last` remembers that byte
 * so the string is only sliced when that really happens.
 */
class Printer {
  out = '';
  /**
   * Length of the output before `out`: a sorted object is printed into an
   * `out` of its own (sorting slices it, which would flatten the whole
   * output every time) and put after the rest when it is done.
   */
  base = 0;
  /** Last code unit of `out` (0 when empty). */
  last = 0;
  /** Offset reached in the input by the last append call. */
  i = 0;
  /** Offset in out where the current line starts. */
  nl = 0;
  /** Nesting of object() calls, bounded by MAX_PRETTY_DEPTH. */
  depth = 0;
  /** The line starts for this prefix and indent (shared between calls). */
  readonly pads: Pads;
  constructor(
    /** The input's UTF-8 bytes, one per code unit (the input itself when it is ASCII). */
    readonly json: string,
    readonly prefix: string,
    readonly indent: string,
    readonly width: number,
  ) {
    this.pads = padsFor(prefix, indent);
  }

  append(text: string): void {
    if (text.length === 0) return;
    this.out += text;
    this.last = text.charCodeAt(text.length - 1);
  }

  /** Offset in the whole output where the next character goes. */
  pos(): number {
    return this.base + this.out.length;
  }

  /** Appends json[s, e) (its last character read from the flat input, not the new string). */
  token(s: number, e: number): void {
    if (e <= s) return;
    this.out += this.json.slice(s, e);
    this.last = this.json.charCodeAt(e - 1);
  }

  /** Go's `nl = len(buf); if buf[nl-1] == ' ' { buf[nl-1] = '\n' } else { buf = append(buf, '\n') }`. */
  newline(): number {
    const nl = this.pos();
    if (this.last === 0x20) this.out = `${this.out.slice(0, -1)}\n`;
    else this.out += '\n';
    this.last = 0x0a;
    return nl;
  }

  any(i: number, pretty: boolean, indent: string, sortkeys: boolean, tabs: number, nl: number, max: number): boolean {
    const json = this.json;
    for (; i < json.length; i++) {
      const c = json.charCodeAt(i);
      if (c <= 0x20) continue;
      if (c === 0x22) return this.string(i, nl);
      if ((c >= 0x30 && c <= 0x39) || c === 0x2d) return this.number(i, nl);
      if (c === 0x7b) return this.object(i, 0x7b, 0x7d, pretty, indent, sortkeys, tabs, nl, max);
      if (c === 0x5b) return this.object(i, 0x5b, 0x5d, pretty, indent, sortkeys, tabs, nl, max);
      const word = wordAt(c);
      if (word !== undefined) {
        this.out += word;
        this.last = word.charCodeAt(word.length - 1);
        this.i = i + word.length;
        this.nl = nl;
        return true;
      }
    }
    this.i = i;
    this.nl = nl;
    return true;
  }

  /** An object or array; the depth is counted here (not in a wrapper: calls cost). */
  object(i: number, open: number, close: number, pretty: boolean, indent: string, sortkeys: boolean, tabs: number, nl: number, max: number): boolean {
    // No try/finally: TooDeep abandons the whole printer.
    if (this.depth >= MAX_PRETTY_DEPTH) throw new TooDeep();
    this.depth++;
    const json = this.json;
    let ok: boolean;
    if (this.width > 0) {
      if (pretty && open === 0x5b && max === -1) {
        // Try the array on a single line first, into a string of its own:
        // on failure the output before it is kept as it is (no slicing).
        const room = this.width - (this.pos() - nl);
        if (room > 3) {
          const before = this.out;
          const beforeLast = this.last;
          const s2 = i;
          this.out = '';
          ok = this.object(i, 0x5b, 0x5d, false, '', sortkeys, 0, 0, room);
          const line = this.out;
          this.out = before;
          if (ok && line.length <= room) {
            // (this.last is already line's last character: reading it from
            // the rope would flatten it.)
            this.out += line;
            this.nl = nl;
            return this.leave(true);
          }
          this.last = beforeLast;
          i = s2;
        }
      } else if (max !== -1 && open === 0x7b) {
        this.i = i;
        this.nl = nl;
        return this.leave(false);
      }
    }
    const ownOut = pretty && open === 0x7b && sortkeys;
    const outer = ownOut ? this.out : '';
    if (ownOut) {
      this.base += outer.length;
      this.out = '';
    }
    this.out += open === 0x7b ? '{' : '[';
    this.last = open;
    i++;
    const pairs: Pair[] = [];
    let n = 0;
    for (; i < json.length; i++) {
      const c = json.charCodeAt(i);
      if (c <= 0x20) continue;
      if (c === close) {
        if (pretty) {
          if (open === 0x7b && sortkeys) this.sortPairs(pairs);
          if (n > 0 && this.last !== 0x20) {
            nl = this.pos();
            this.linePad(false, tabs);
          } else {
            if (n > 0) nl = this.newline();
            if (this.last !== open) this.tabs(indent, tabs);
          }
        }
        this.out += close === 0x7d ? '}' : ']';
        this.last = close;
        this.i = i + 1;
        this.nl = nl;
        if (ownOut) this.rejoin(outer);
        return this.leave(open !== 0x7b);
      }
      if (open === 0x5b || c === 0x22) {
        const spaced = n > 0 && this.width !== -1 && open === 0x5b;
        // Only sorted members need their offsets.
        const p: Pair | undefined = pretty && open === 0x7b && sortkeys ? { kstart: i, kend: 0, vstart: 0, vend: 0 } : undefined;
        if (pretty) {
          // The comma, newline and indentation as one cached string. Where
          // the line starts (nl) follows Go: after ", " whose space became
          // the newline, but at the newline after a bare ',' or a bracket.
          const at = this.pos();
          nl = spaced ? at + 2 : n > 0 ? at + 1 : at;
          const comma = n > 0;
          if (p !== undefined) p.vstart = this.out.length + (comma ? 2 : 1);
          this.linePad(comma, tabs + 1);
        } else if (n > 0) {
          this.out += spaced ? ', ' : ',';
          this.last = spaced ? 0x20 : 0x2c;
        }
        if (open === 0x7b) {
          // The key and colon as one piece (a short one is copied flat).
          const s = i;
          i = this.stringEnd(i);
          if (p !== undefined) p.kend = i;
          this.out += json.slice(s, i) + (pretty ? ': ' : ':');
          this.last = pretty ? 0x20 : 0x3a;
        }
        ok = this.any(i, pretty, indent, sortkeys, tabs + 1, nl, max);
        i = this.i;
        nl = this.nl;
        if (max !== -1 && !ok) {
          if (ownOut) this.rejoin(outer);
          return this.leave(false);
        }
        if (p !== undefined && sortkeys) {
          p.vend = this.out.length;
          if (p.kstart > p.kend || p.vstart > p.vend) sortkeys = false;
          else pairs.push(p);
        }
        i--;
        n++;
      }
    }
    this.i = i;
    this.nl = nl;
    if (ownOut) this.rejoin(outer);
    return this.leave(open !== 0x7b);
  }

  /** Leaves an object(): one level less deep. */
  leave(ok: boolean): boolean {
    this.depth--;
    return ok;
  }

  /** Puts the output before a sorted object back in front of it. */
  rejoin(outer: string): void {
    this.out = outer + this.out;
    this.base -= outer.length;
  }

  sortPairs(pairs: Pair[]): void {
    const first = pairs[0];
    if (first === undefined) return;
    const json = this.json;
    const out = this.out;
    // Insertion sort: objects have few members, and Array.prototype.sort's
    // calls into a comparator cost more here. Ties keep their order, as
    // Go's stable sort keeps them.
    for (let k = 1; k < pairs.length; k++) {
      const p = pairs[k];
      if (p === undefined) break;
      let j = k - 1;
      for (; j >= 0; j--) {
        const q = pairs[j];
        if (q === undefined || compareBytes(json, q.kstart + 1, q.kend - 1, p.kstart + 1, p.kend - 1) <= 0) break;
        pairs[j + 1] = q;
      }
      pairs[j + 1] = p;
    }
    // The members in key order replace them from the first one's start.
    let members = '';
    for (let k = 0; k < pairs.length; k++) {
      const p = pairs[k];
      if (p !== undefined) members += k === 0 ? out.slice(p.vstart, p.vend) : `,\n${out.slice(p.vstart, p.vend)}`;
    }
    this.out = out.slice(0, first.vstart) + members;
    // The last member's last character (read from out, flat since it was
    // sliced; reading the new rope would flatten that too).
    const lastPair = pairs[pairs.length - 1];
    if (lastPair !== undefined && lastPair.vend > lastPair.vstart) this.last = out.charCodeAt(lastPair.vend - 1);
    else this.last = this.out.length > 0 ? this.out.charCodeAt(this.out.length - 1) : 0;
  }

  string(i: number, nl: number): boolean {
    const s = i;
    i = this.stringEnd(i);
    this.token(s, i);
    this.i = i;
    this.nl = nl;
    return true;
  }

  /** End of the string token at i: past the first quote not preceded by an odd run of backslashes, or the end. */
  stringEnd(i: number): number {
    const json = this.json;
    const n = json.length;
    for (i++; i < n; i++) {
      const c = json.charCodeAt(i);
      if (c === 0x5c) {
        i++; // the escaped character
      } else if (c === 0x22) {
        return i + 1;
      }
    }
    return n;
  }

  number(i: number, nl: number): boolean {
    const json = this.json;
    const s = i;
    for (i++; i < json.length; i++) {
      const c = json.charCodeAt(i);
      if (c <= 0x20 || c === 0x2c || c === 0x3a || c === 0x5d || c === 0x7d) break;
    }
    this.token(s, i);
    this.i = i;
    this.nl = nl;
    return true;
  }

  /** The prefix and `tabs` indents (each level's string made once). */
  /** A newline (after a comma when `comma`), the prefix and `tabs` indents, each kind made once. */
  linePad(comma: boolean, tabs: number): void {
    const cache = comma ? this.pads.comma : this.pads.newline;
    let pad = cache[tabs];
    if (pad === undefined) {
      pad = (comma ? ',\n' : '\n') + this.prefix + this.indent.repeat(tabs);
      pad.charCodeAt(0); // flattens it once, here
      if (tabs < PAD_CACHE_DEPTH) cache[tabs] = pad;
    }
    this.out += pad;
    this.last = pad.charCodeAt(pad.length - 1);
  }

  tabs(indent: string, tabs: number): void {
    if (indent !== this.indent) {
      this.append(this.prefix);
      for (let k = 0; k < tabs; k++) this.append(indent);
      return;
    }
    let pad = this.pads.plain[tabs];
    if (pad === undefined) {
      pad = this.prefix + indent.repeat(tabs);
      if (tabs < PAD_CACHE_DEPTH) this.pads.plain[tabs] = pad;
    }
    this.append(pad);
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

/** isAscii for the short prefix and indent: a loop costs less than a regex call there. */
function shortAscii(s: string): boolean {
  if (s.length > 16) return isAscii(s);
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** pretty.PrettyOptions: one element per line, short arrays on one line. */
export function prettyJson(json: string, options: Readonly<PrettyOptions> = DEFAULT_PRETTY_OPTIONS): string {
  const ascii = shortAscii(options.prefix) && shortAscii(options.indent) && isAscii(json);
  const bytes = ascii ? json : byteString(json);
  const printer = new Printer(bytes, ascii ? options.prefix : byteString(options.prefix), ascii ? options.indent : byteString(options.indent), options.width);
  printer.append(printer.prefix);
  try {
    printer.any(0, true, printer.indent, options.sortKeys, 0, 0, -1);
  } catch (error) {
    if (error instanceof TooDeep) return json;
    throw error;
  }
  const out = printer.out.length > 0 ? `${printer.out}\n` : '';
  // ASCII in, ASCII out: the printer only copies input bytes and adds ASCII.
  return ascii ? out : decodeUtf8(Array.from(out, (ch) => ch.charCodeAt(0)));
}
