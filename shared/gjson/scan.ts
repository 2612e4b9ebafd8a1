// The byte-level scanner of gjson.go: each function starts at an offset in
// the JSON text and returns the offset where its token ends, so callers
// slice `raw` straight out of the input. Nothing here builds a tree, throws,
// or allocates beyond the slices the caller asks for. Extra results (was the
// string escaped? did it end?) go through `scanState`, read right after the
// call, to keep the hot loops free of tuple allocations. The scanners take
// the end of the text `n` explicitly: a lookup inside a value found earlier
// scans that value in place in the whole document, exactly as gjson scans
// the slice, instead of walking a slice (V8 reads each character of a
// sliced string through an indirection, several times slower).
import { regexLimit, squashRegex } from './skip-patterns';

export const QUOTE = 0x22;
export const BACKSLASH = 0x5c;

/** Side results of the last parseString call. */
export const scanState = { escaped: false, ok: false };

/** Set by containerBody: whether the container it opened is an object. */
export const containerState = { object: false };

/**
 * Where ForEach starts reading the members of the value at json[i, n): just
 * past its opening '{' or '[' (after any whitespace; containerState.object
 * says which), or -1 when the value is not an object or array.
 */
export function containerBody(json: string, i: number, n: number): number {
  for (; i < n; i++) {
    const c = json.charCodeAt(i);
    if (c === 0x7b || c === 0x5b) {
      containerState.object = c === 0x7b;
      return i + 1;
    }
    if (c > 0x20) return -1;
  }
  containerState.object = false;
  return n;
}

/** True when the quote at `i` is escaped by an odd run of backslashes (gjson looks back to index 1). */
function quoteEscaped(json: string, i: number): boolean {
  if (json.charCodeAt(i - 1) !== BACKSLASH) return false;
  let n = 0;
  for (let j = i - 2; j > 0; j--) {
    if (json.charCodeAt(j) !== BACKSLASH) break;
    n++;
  }
  return n % 2 === 0;
}

/**
 * The end of a string whose content starts at `i` (just past its opening
 * quote): the offset after the closing quote, or -1 when it never closes.
 * The same end as parseString and parseSquash find, but indexOf runs over
 * the content natively, which matters for long values. A quote preceded by
 * an odd run of backslashes is escaped; the run stops at the opening quote
 * at the latest, so it never needs a bound.
 */
export function skipString(json: string, i: number, n: number): number {
  for (;;) {
    const q = json.indexOf('"', i);
    if (q < 0 || q >= n) return -1;
    if (json.charCodeAt(q - 1) !== BACKSLASH) return q + 1;
    let k = q - 2;
    while (json.charCodeAt(k) === BACKSLASH) k--;
    // q - 1 - k backslashes: an even run leaves the quote unescaped.
    if ((q - 1 - k) % 2 === 0) return q + 1;
    i = q + 1;
  }
}

/**
 * gjson parseString: `i` is just past the opening quote. Returns the offset
 * after the closing quote (raw = json.slice(start - 1, result)); on an
 * unterminated string returns `n` with scanState.ok false.
 */
export function parseString(json: string, i: number, n: number): number {
  for (; i < n; i++) {
    const c = json.charCodeAt(i);
    if (c > BACKSLASH) continue;
    if (c === QUOTE) {
      scanState.escaped = false;
      scanState.ok = true;
      return i + 1;
    }
    if (c === BACKSLASH) {
      i++;
      for (; i < n; i++) {
        const d = json.charCodeAt(i);
        if (d > BACKSLASH) continue;
        if (d === QUOTE) {
          if (quoteEscaped(json, i)) continue;
          scanState.escaped = true;
          scanState.ok = true;
          return i + 1;
        }
      }
      break;
    }
  }
  scanState.escaped = false;
  scanState.ok = false;
  return i;
}

/** gjson parseNumber: from `i` to the next whitespace, ',', ']' or '}'. */
export function parseNumber(json: string, i: number, n: number): number {
  for (i++; i < n; i++) {
    const c = json.charCodeAt(i);
    if (c <= 0x20 || c === 0x2c || c === 0x5d || c === 0x7d) return i;
  }
  return i;
}

/** gjson parseLiteral: from `i` over lowercase letters. */
export function parseLiteral(json: string, i: number, n: number): number {
  for (i++; i < n; i++) {
    const c = json.charCodeAt(i);
    if (c < 0x61 || c > 0x7a) return i;
  }
  return i;
}

/**
 * gjson parseSquash: `i` is at an opening '[', '{' or '(' (not checked);
 * skips to just past the matching close, counting every bracket kind alike
 * and skipping strings. Returns `n` when unbalanced, `n` + 1 when the text
 * ends inside a string (gjson's loop steps once more there).
 *
 * A container that squashRegex skips (see skip-patterns.ts) ending before
 * `n` is skipped by it; anything else takes the loop.
 */
export function parseSquash(json: string, i: number, n: number): number {
  if (json.length - i <= regexLimit.maxText) {
    squashRegex.lastIndex = i;
    if (squashRegex.test(json) && squashRegex.lastIndex <= n) return squashRegex.lastIndex;
  }
  let depth = 1;
  for (i++; i < n; i++) {
    const c = json.charCodeAt(i);
    if (c === QUOTE) {
      // skipString inlined: this loop is the hottest in the library.
      for (;;) {
        i = json.indexOf('"', i + 1);
        // gjson's loop steps once more past the end of an unterminated string.
        if (i < 0 || i >= n) return n + 1;
        if (json.charCodeAt(i - 1) !== BACKSLASH) break;
        let k = i - 2;
        while (json.charCodeAt(k) === BACKSLASH) k--;
        if ((i - 1 - k) % 2 === 0) break; // an even run of backslashes: the quote is not escaped
      }
    } else if (c < 0x28) {
      continue; // whitespace and the rest below '(': no bracket
    } else if (c === 0x7b || c === 0x5b || c === 0x28) {
      depth++;
    } else if (c === 0x7d || c === 0x5d || c === 0x29) {
      depth--;
      if (depth === 0) return i + 1;
    }
  }
  return i;
}

/**
 * gjson squash from offset `start`: like parseSquash, but a leading '"'
 * squashes just that string. Returns the end offset of the squashed value.
 */
export function squashEnd(json: string, start: number, n: number): number {
  let i = start;
  let depth = 0;
  if (json.charCodeAt(start) !== QUOTE) {
    i = start + 1;
    depth = 1;
  }
  for (; i < n; i++) {
    const c = json.charCodeAt(i);
    if (c < QUOTE || c > 0x7d) continue;
    switch (c) {
      case QUOTE: {
        i++;
        const s2 = i;
        for (; i < n; i++) {
          const d = json.charCodeAt(i);
          if (d > BACKSLASH) continue;
          if (d === QUOTE) {
            if (json.charCodeAt(i - 1) === BACKSLASH) {
              let k = 0;
              for (let j = i - 2; j > s2 - 1; j--) {
                if (json.charCodeAt(j) !== BACKSLASH) break;
                k++;
              }
              if (k % 2 === 0) continue;
            }
            break;
          }
        }
        if (depth === 0) return i >= n ? n : i + 1;
        break;
      }
      case 0x7b:
      case 0x5b:
      case 0x28:
        depth++;
        break;
      case 0x7d:
      case 0x5d:
      case 0x29:
        depth--;
        if (depth === 0) return i + 1;
        break;
    }
  }
  return n;
}

/** gjson squash: the squashed prefix of `json` (see squashEnd). */
export function squash(json: string): string {
  return json.slice(0, squashEnd(json, 0, json.length));
}

/** gjson tonum from `start`: end offset of the number text. */
export function tonumEnd(json: string, start: number, n: number): number {
  for (let i = start + 1; i < n; i++) {
    const c = json.charCodeAt(i);
    if (c <= 0x2d) {
      if (c <= 0x20 || c === 0x2c) return i;
    } else if (c === 0x5d || c === 0x7d) {
      return i;
    }
  }
  return n;
}

/** gjson tolit from `start`: end offset of the lowercase word. */
export function tolitEnd(json: string, start: number, n: number): number {
  for (let i = start + 1; i < n; i++) {
    const c = json.charCodeAt(i);
    if (c < 0x61 || c > 0x7a) return i;
  }
  return n;
}

/** Side result of tostrEnd: the unescaped string value (undefined: left for the Result to work out). */
export const tostrState: { str: string | undefined } = { str: '' };

/**
 * gjson tostr from `start` (a '"'): end offset of raw; the value goes to
 * tostrState.str. With `lazy`, a string that closes gets str undefined
 * instead: its value is the unescaped text between its quotes, which a
 * Result works out on first read (most callers read only raw).
 */
export function tostrEnd(json: string, start: number, n: number, lazy = false): number {
  for (let i = start + 1; i < n; i++) {
    const c = json.charCodeAt(i);
    if (c > BACKSLASH) continue;
    if (c === QUOTE) {
      tostrState.str = lazy ? undefined : json.slice(start + 1, i);
      return i + 1;
    }
    if (c === BACKSLASH) {
      i++;
      for (; i < n; i++) {
        const d = json.charCodeAt(i);
        if (d > BACKSLASH) continue;
        if (d === QUOTE) {
          // gjson looks back to index 1 of the slice it was given.
          if (json.charCodeAt(i - 1) === BACKSLASH) {
            let k = 0;
            for (let j = i - 2; j > start; j--) {
              if (json.charCodeAt(j) !== BACKSLASH) break;
              k++;
            }
            if (k % 2 === 0) continue;
          }
          tostrState.str = lazy ? undefined : unescape(json.slice(start + 1, i));
          return i + 1;
        }
      }
      tostrState.str = unescape(json.slice(start + 1, i));
      return i + 1 < n ? i + 1 : i;
    }
  }
  tostrState.str = json.slice(start + 1, n);
  return n;
}

/** Side results of readHex4. */
const hex4 = { value: 0, next: 0, leftover: 0 };

/**
 * Go's runeit over the 4 *bytes* after "\u" at code unit `k`: the value (0
 * unless all four are hex digits), the code unit after them, and how many
 * UTF-8 bytes of a character cut in two are left over (Go then copies those
 * stray bytes, which read back as U+FFFD each). False when fewer than 4
 * bytes remain.
 */
function readHex4(json: string, k: number): boolean {
  const n = json.length;
  let need = 4;
  let v = 0;
  let ok = true;
  hex4.leftover = 0;
  while (need > 0) {
    if (k >= n) return false;
    const c = json.charCodeAt(k);
    if (c < 0x80) {
      let d = -1;
      if (c >= 0x30 && c <= 0x39) d = c - 0x30;
      else if (c >= 0x61 && c <= 0x66) d = c - 0x57;
      else if (c >= 0x41 && c <= 0x46) d = c - 0x37;
      if (d < 0) ok = false;
      else v = v * 16 + d;
      need--;
      k++;
      continue;
    }
    ok = false;
    const cp = json.codePointAt(k) ?? c;
    const bytes = cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    k += cp > 0xffff ? 2 : 1;
    if (bytes <= need) {
      need -= bytes;
    } else {
      hex4.leftover = bytes - need;
      need = 0;
    }
  }
  hex4.value = ok ? v : 0;
  hex4.next = k;
  return true;
}

/**
 * gjson unescape: decodes JSON escapes; stops at a control character or a
 * bad escape; an unpaired surrogate becomes U+FFFD, and a high surrogate
 * followed by any \uXXXX consumes both (as Go's utf16.DecodeRune does).
 */
export function unescape(json: string): string {
  const n = json.length;
  let out = '';
  let start = 0; // start of the pending run of plain characters
  for (let i = 0; i < n; i++) {
    const c = json.charCodeAt(i);
    if (c >= 0x20 && c !== BACKSLASH) continue;
    out += json.slice(start, i);
    if (c < 0x20) return out;
    i++;
    if (i >= n) return out;
    switch (json.charCodeAt(i)) {
      case BACKSLASH:
        out += '\\';
        break;
      case 0x2f:
        out += '/';
        break;
      case 0x62:
        out += '\b';
        break;
      case 0x66:
        out += '\f';
        break;
      case 0x6e:
        out += '\n';
        break;
      case 0x72:
        out += '\r';
        break;
      case 0x74:
        out += '\t';
        break;
      case QUOTE:
        out += '"';
        break;
      case 0x75: {
        if (!readHex4(json, i + 1)) return out;
        let r = hex4.value;
        i = hex4.next;
        let leftover = hex4.leftover;
        if (r >= 0xd800 && r < 0xe000) {
          // A surrogate takes the next \uXXXX with it, paired or not (utf16.DecodeRune).
          if (leftover === 0 && json.charCodeAt(i) === BACKSLASH && json.charCodeAt(i + 1) === 0x75 && readHex4(json, i + 2)) {
            const r2 = hex4.value;
            r = r < 0xdc00 && r2 >= 0xdc00 && r2 < 0xe000 ? 0x10000 + ((r - 0xd800) << 10) + (r2 - 0xdc00) : 0xfffd;
            i = hex4.next;
            leftover = hex4.leftover;
          } else {
            r = 0xfffd;
          }
        }
        out += String.fromCodePoint(r);
        if (leftover > 0) out += '\ufffd'.repeat(leftover);
        i--;
        break;
      }
      default:
        return out;
    }
    start = i + 1;
  }
  return out + json.slice(start);
}
