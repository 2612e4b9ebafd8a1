// Go works on UTF-8 bytes, JavaScript on UTF-16 code units. Almost every
// gjson rule compares against ASCII, where both agree; these helpers cover
// the few places where the byte view shows through: byte lengths (the match
// complexity limit, @pretty's line width), byte order of strings (query
// comparisons), and a byte buffer for the @pretty port.

/** Number of UTF-8 bytes that `s` encodes to (a lone surrogate counts as U+FFFD: 3 bytes). */
export function utf8Length(s: string): number {
  let n = s.length;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) continue;
    if (c < 0x800) {
      n += 1;
    } else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && isLowSurrogate(s.charCodeAt(i + 1))) {
      n += 2; // 4 bytes for 2 code units
      i++;
    } else {
      n += 2;
    }
  }
  return n;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}

const NON_ASCII = /[\u0080-\uffff]/;

/** True when every code unit of `s` is ASCII: its UTF-8 bytes are then its code units. */
export function isAscii(s: string): boolean {
  return !NON_ASCII.test(s); // the regular expression engine scans faster than a charCodeAt loop
}

/** Encodes a string as UTF-8 bytes (lone surrogates become U+FFFD, as Go does). */
export function encodeUtf8(s: string): Uint8Array {
  const out = new Uint8Array(utf8Length(s));
  if (out.length === s.length) {
    // All ASCII: byte = code unit.
    for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
    return out;
  }
  let j = 0;
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c < 0x80) {
      out[j++] = c;
      continue;
    }
    if (c < 0x800) {
      out[j++] = 0xc0 | (c >> 6);
      out[j++] = 0x80 | (c & 0x3f);
      continue;
    }
    if (c >= 0xd800 && c <= 0xdfff) {
      const next = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
      if (c <= 0xdbff && isLowSurrogate(next)) {
        const cp = 0x10000 + ((c - 0xd800) << 10) + (next - 0xdc00);
        i++;
        out[j++] = 0xf0 | (cp >> 18);
        out[j++] = 0x80 | ((cp >> 12) & 0x3f);
        out[j++] = 0x80 | ((cp >> 6) & 0x3f);
        out[j++] = 0x80 | (cp & 0x3f);
        continue;
      }
      c = 0xfffd;
    }
    out[j++] = 0xe0 | (c >> 12);
    out[j++] = 0x80 | ((c >> 6) & 0x3f);
    out[j++] = 0x80 | (c & 0x3f);
  }
  return out;
}

/** Decodes bytes that are all ASCII (each byte is a code unit), in chunks that fit in an argument list. */
export function decodeAscii(bytes: readonly number[]): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += 8192) {
    parts.push(String.fromCharCode.apply(null, bytes.slice(i, i + 8192)));
  }
  return parts.join('');
}

/** Decodes UTF-8 bytes; each invalid byte becomes U+FFFD like Go's utf8.DecodeRune. */
export function decodeUtf8(bytes: ArrayLike<number>, start = 0, end = bytes.length): string {
  let out = '';
  let chunk: number[] = [];
  const flush = (): void => {
    out += String.fromCharCode(...chunk);
    chunk = [];
  };
  let i = start;
  while (i < end) {
    const b = bytes[i] ?? 0;
    let cp = 0xfffd;
    let size = 1;
    if (b < 0x80) {
      cp = b;
    } else if (b >= 0xc2 && b <= 0xdf && i + 1 < end && isCont(bytes[i + 1])) {
      cp = ((b & 0x1f) << 6) | ((bytes[i + 1] ?? 0) & 0x3f);
      size = 2;
    } else if (b >= 0xe0 && b <= 0xef && i + 2 < end && isCont(bytes[i + 1]) && isCont(bytes[i + 2])) {
      const v = ((b & 0x0f) << 12) | (((bytes[i + 1] ?? 0) & 0x3f) << 6) | ((bytes[i + 2] ?? 0) & 0x3f);
      if (v >= 0x800 && (v < 0xd800 || v > 0xdfff)) {
        cp = v;
        size = 3;
      }
    } else if (b >= 0xf0 && b <= 0xf4 && i + 3 < end && isCont(bytes[i + 1]) && isCont(bytes[i + 2]) && isCont(bytes[i + 3])) {
      const v =
        ((b & 0x07) << 18) | (((bytes[i + 1] ?? 0) & 0x3f) << 12) | (((bytes[i + 2] ?? 0) & 0x3f) << 6) | ((bytes[i + 3] ?? 0) & 0x3f);
      if (v >= 0x10000 && v <= 0x10ffff) {
        cp = v;
        size = 4;
      }
    }
    if (cp >= 0x10000) {
      chunk.push(0xd800 + ((cp - 0x10000) >> 10), 0xdc00 + ((cp - 0x10000) & 0x3ff));
    } else {
      chunk.push(cp);
    }
    if (chunk.length >= 4096) flush();
    i += size;
  }
  flush();
  return out;
}

function isCont(b: number | undefined): boolean {
  return b !== undefined && (b & 0xc0) === 0x80;
}

/**
 * Compares two strings in UTF-8 byte order (= code point order), which is
 * how Go's `<` orders strings. UTF-16 code unit order differs only between
 * surrogates and U+E000..U+FFFF.
 */
export function compareUtf8(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 0xd800 && y >= 0xd800) {
      x = x >= 0xe000 ? x - 0x800 : x + 0x2000;
      y = y >= 0xe000 ? y - 0x800 : y + 0x2000;
    }
    return x < y ? -1 : 1;
  }
  return a.length === b.length ? 0 : a.length < b.length ? -1 : 1;
}
