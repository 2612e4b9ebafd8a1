// gjson AppendJSONString: a string as a JSON string literal, the way gjson
// writes names and @tostr output: control characters, '<', '>' and '&' as
// \u escapes (lowercase hex), U+2028/U+2029 escaped, broken UTF-16 as \ufffd.

const HEX = '0123456789abcdef';

function hex4(c: number): string {
  return `\\u${HEX[(c >> 12) & 0xf]}${HEX[(c >> 8) & 0xf]}${HEX[(c >> 4) & 0xf]}${HEX[c & 0xf]}`;
}

/**
 * Characters that Go escapes otherwise than JSON.stringify does (or that
 * JSON.stringify leaves alone): control characters other than \t \n \r,
 * '<', '>', '&', U+2028, U+2029 and any surrogate (paired ones too, to keep
 * the test simple).
 */
const GO_ONLY = '[\\x00-\\x08\\x0b\\x0c\\x0e-\\x1f<>&\\u2028\\u2029\\ud800-\\udfff]';
const GO_ONLY_ESCAPES = new RegExp(GO_ONLY);

export function jsonString(s: string): string {
  // Without those, both escape exactly '"', '\\', \t, \n and \r, alike, and
  // the native JSON.stringify is several times faster than the loop.
  if (!GO_ONLY_ESCAPES.test(s)) return JSON.stringify(s);
  return jsonStringLoop(s);
}

/** jsonString character by character (exported for the tests of the fast path). */
export function jsonStringLoop(s: string): string {
  let out = '"';
  let start = 0;
  const n = s.length;
  for (let i = 0; i < n; i++) {
    const c = s.charCodeAt(i);
    let rep: string | undefined;
    if (c < 0x20) {
      rep = c === 0x0a ? '\\n' : c === 0x0d ? '\\r' : c === 0x09 ? '\\t' : hex4(c);
    } else if (c === 0x3e || c === 0x3c || c === 0x26) {
      rep = hex4(c);
    } else if (c === 0x5c) {
      rep = '\\\\';
    } else if (c === 0x22) {
      rep = '\\"';
    } else if (c === 0x2028 || c === 0x2029) {
      rep = hex4(c);
    } else if (c >= 0xd800 && c <= 0xdfff) {
      const d = i + 1 < n ? s.charCodeAt(i + 1) : 0;
      if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
        i++;
        continue;
      }
      rep = '\\ufffd';
    }
    if (rep !== undefined) {
      out += s.slice(start, i) + rep;
      start = i + 1;
    }
  }
  return `${out}${s.slice(start)}"`;
}

/**
 * `open`, the parts separated by commas, `close`: the JSON text of a built
 * array or object. Concatenation makes a rope (a tree of the pieces) where
 * Array.join would copy, but a join costs several times more than the few
 * concatenations of a typical result, and V8 flattens a rope in place the
 * first time it is read by character, so a built result scanned again (a
 * pipe, a modifier) pays one copy, and one that is only returned pays none.
 */
export function joinJson(open: string, parts: readonly string[], close: string): string {
  let out = open;
  for (let i = 0; i < parts.length; i++) out += i === 0 ? parts[i] : `,${parts[i]}`;
  return out + close;
}
