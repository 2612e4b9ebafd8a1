// The Go values a template sees, modelled in JavaScript.
//
// Data is what encoding/json gives Go as map[string]interface{}: objects are
// maps, arrays are []interface{}, JSON null is a nil interface, and numbers
// follow the conformance README: integral with |x| <= 2^53 is a Go int,
// anything else a float64. Template constants can produce values JSON never
// does, so those get small wrapper classes:
//   bigint      an int beyond 2^53 (`{{9007199254740993}}`)
//   GoFloat     an integral float64 (`{{3.0}}`, `{{1e3}}`): prints "3", but is
//               not comparable with the int 3
//   GoComplex   `{{1i}}`
//   GoByte      `{{index "abc" 1}}` yields a uint8
// `undefined` is Go's invalid reflect.Value (a missing key); `null` is a nil
// interface (JSON null, or the zero value `index` returns for a missing key).

export class GoFloat {
  constructor(readonly value: number) {}
}

export class GoComplex {
  constructor(
    readonly re: number,
    readonly im: number,
  ) {}
}

export class GoByte {
  constructor(readonly value: number) {}
}

export type GoValue = unknown;

export const enum Kind {
  Invalid,
  Nil,
  Bool,
  Int,
  Float,
  Complex,
  Uint8,
  String,
  Slice,
  Map,
}

const maxInt = 2 ** 53;

export function isIntNumber(n: number): boolean {
  return Number.isInteger(n) && n <= maxInt && n >= -maxInt;
}

export function kindOf(v: GoValue): Kind {
  switch (typeof v) {
    case 'string':
      return Kind.String;
    case 'number':
      return isIntNumber(v) ? Kind.Int : Kind.Float;
    case 'boolean':
      return Kind.Bool;
    case 'undefined':
      return Kind.Invalid;
    case 'bigint':
      return Kind.Int;
    case 'object':
      if (v === null) return Kind.Nil;
      if (Array.isArray(v)) return Kind.Slice;
      if (v instanceof GoFloat) return Kind.Float;
      if (v instanceof GoComplex) return Kind.Complex;
      if (v instanceof GoByte) return Kind.Uint8;
      return Kind.Map;
    default:
      // Functions, symbols: not JSON; treat as a value Go could not hold.
      return Kind.Invalid;
  }
}

/** The float64 inside a Float-kind value. */
export function floatOf(v: GoValue): number {
  return v instanceof GoFloat ? v.value : (v as number);
}

/** Go's type name, as `%T` and error messages print it. */
export function typeName(v: GoValue): string {
  switch (kindOf(v)) {
    case Kind.Invalid:
    case Kind.Nil:
      return '<nil>';
    case Kind.Bool:
      return 'bool';
    case Kind.Int:
      return 'int';
    case Kind.Float:
      return 'float64';
    case Kind.Complex:
      return 'complex128';
    case Kind.Uint8:
      return 'uint8';
    case Kind.String:
      return 'string';
    case Kind.Slice:
      return '[]interface {}';
    case Kind.Map:
      return 'map[string]interface {}';
  }
}

export type GoMap = Record<string, unknown>;

const hasOwn = Object.prototype.hasOwnProperty;

/** Map lookup with Go semantics: undefined when the key is absent. Own keys only. */
export function mapIndex(m: GoMap, key: string): GoValue {
  if (!hasOwn.call(m, key)) return undefined;
  return m[key];
}

/** Keys of a map in Go's order (fmtsort: byte order of the UTF-8 strings). */
export function sortedKeys(m: GoMap): string[] {
  return Object.keys(m).sort(compareGoStrings);
}

/**
 * Compares two strings as Go compares them: by UTF-8 bytes, which is code
 * point order (JavaScript's `<` compares UTF-16 units, which differs above U+FFFF).
 */
export function compareGoStrings(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    const x = a.charCodeAt(i);
    const y = b.charCodeAt(i);
    if (x === y) continue;
    if (x >= 0xd800 && y >= 0xd800) {
      const cx = a.codePointAt(i) ?? x;
      const cy = b.codePointAt(i) ?? y;
      if (cx !== cy) return cx < cy ? -1 : 1;
      continue;
    }
    return x < y ? -1 : 1;
  }
  return a.length - b.length;
}

/** Number of bytes of the UTF-8 encoding (lone surrogates count as U+FFFD, 3 bytes). */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        n += 4;
        i++;
      } else n += 3;
    } else n += 3;
  }
  return n;
}

/** UTF-8 bytes of a string (lone surrogates become U+FFFD, as Go's decoder would see them). */
export function utf8Bytes(s: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < s.length; i++) {
    let c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdfff) {
      const d = i + 1 < s.length ? s.charCodeAt(i + 1) : 0;
      if (c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) {
        c = 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
      } else c = 0xfffd;
    }
    if (c < 0x80) out.push(c);
    else if (c < 0x800) out.push(0xc0 | (c >> 6), 0x80 | (c & 63));
    else if (c < 0x10000) out.push(0xe0 | (c >> 12), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
    else out.push(0xf0 | (c >> 18), 0x80 | ((c >> 12) & 63), 0x80 | ((c >> 6) & 63), 0x80 | (c & 63));
  }
  return out;
}

/**
 * Decodes UTF-8 bytes the way Go's range-over-string does: each byte of an
 * invalid or truncated sequence becomes U+FFFD.
 */
export function decodeUtf8(bytes: readonly number[]): string {
  let out = '';
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i] ?? 0;
    if (b < 0x80) {
      out += String.fromCharCode(b);
      i++;
      continue;
    }
    let need = 0;
    let cp = 0;
    let min = 0;
    if (b >= 0xc2 && b <= 0xdf) [need, cp, min] = [1, b & 0x1f, 0x80];
    else if (b >= 0xe0 && b <= 0xef) [need, cp, min] = [2, b & 0x0f, 0x800];
    else if (b >= 0xf0 && b <= 0xf4) [need, cp, min] = [3, b & 0x07, 0x10000];
    let ok = need > 0 && i + need < bytes.length + 1;
    for (let k = 1; ok && k <= need; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) ok = false;
      else cp = (cp << 6) | (c & 0x3f);
    }
    if (ok && cp >= min && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff)) {
      out += String.fromCodePoint(cp);
      i += need + 1;
    } else {
      out += '\ufffd';
      i++;
    }
  }
  return out;
}

/** Number of code points (Go's utf8.RuneCountInString for valid text). */
export function runeCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    n++;
  }
  return n;
}

/** Go's template truth: false, 0, "", nil, missing and empty collections are false. */
export function isTrue(v: GoValue): boolean {
  switch (typeof v) {
    case 'string':
      return v.length > 0;
    case 'number':
      return v !== 0;
    case 'boolean':
      return v;
    case 'undefined':
      return false;
    case 'bigint':
      return v !== 0n;
    case 'object':
      if (v === null) return false;
      if (Array.isArray(v)) return v.length > 0;
      if (v instanceof GoFloat) return v.value !== 0;
      if (v instanceof GoComplex) return v.re !== 0 || v.im !== 0;
      if (v instanceof GoByte) return v.value !== 0;
      for (const k in v) if (hasOwn.call(v, k)) return true;
      return false;
    default:
      return false;
  }
}
