// strconv's quoting (Quote, QuoteToASCII, QuoteRune, CanBackquote) and
// unicode.IsPrint, over JavaScript strings (code points).

const printRe = /^[\p{L}\p{M}\p{N}\p{P}\p{S}]$/u;

/** unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space. */
export function isPrint(r: number): boolean {
  if (r < 0x7f) return r >= 0x20;
  if (r < 0xa1) return false;
  if (r >= 0xd800 && r <= 0xdfff) return false;
  if (r > 0x10ffff) return false;
  return printRe.test(String.fromCodePoint(r));
}

function hex(n: number, width: number): string {
  return n.toString(16).padStart(width, '0');
}

function escapedRune(r: number, quote: number, asciiOnly: boolean): string {
  if (r === quote || r === 0x5c) return `\\${String.fromCodePoint(r)}`;
  if (asciiOnly ? r < 0x80 && isPrint(r) : isPrint(r)) return String.fromCodePoint(r);
  switch (r) {
    case 7:
      return '\\a';
    case 8:
      return '\\b';
    case 12:
      return '\\f';
    case 10:
      return '\\n';
    case 13:
      return '\\r';
    case 9:
      return '\\t';
    case 11:
      return '\\v';
  }
  if (r < 0x20 || r === 0x7f) return `\\x${hex(r, 2)}`;
  if (r > 0x10ffff || (r >= 0xd800 && r <= 0xdfff)) r = 0xfffd;
  if (r < 0x10000) return `\\u${hex(r, 4)}`;
  return `\\U${hex(r, 8)}`;
}

/** Code points of s; a lone surrogate reads as U+FFFD, as Go would see it. */
export function* codePoints(s: string): Generator<number> {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
      const d = s.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        yield 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
        i++;
        continue;
      }
    }
    yield c >= 0xd800 && c <= 0xdfff ? 0xfffd : c;
  }
}

/** strconv.Quote (or QuoteToASCII when asciiOnly). */
export function quote(s: string, asciiOnly = false): string {
  let out = '"';
  for (const r of codePoints(s)) out += escapedRune(r, 0x22, asciiOnly);
  return `${out}"`;
}

/** strconv.QuoteRune (or QuoteRuneToASCII). */
export function quoteRune(r: number, asciiOnly = false): string {
  if (r > 0x10ffff || r < 0 || (r >= 0xd800 && r <= 0xdfff)) r = 0xfffd;
  return `'${escapedRune(r, 0x27, asciiOnly)}'`;
}

/** strconv.CanBackquote. */
export function canBackquote(s: string): boolean {
  for (const r of codePoints(s)) {
    if (r === 0xfeff) return false;
    if ((r < 0x20 && r !== 9) || r === 0x60 || r === 0x7f) return false;
  }
  return true;
}

/** strconv.Unquote for the template's string and raw string tokens; undefined when invalid. */
export function unquote(text: string): string | undefined {
  const q = text[0];
  if (text.length < 2 || text[text.length - 1] !== q) return undefined;
  const body = text.slice(1, -1);
  if (q === '`') {
    if (body.includes('`')) return undefined;
    return body.replace(/\r/g, '');
  }
  if (q !== '"' && q !== "'") return undefined;
  let out = '';
  let runes = 0;
  for (let i = 0; i < body.length; ) {
    const c = body[i] ?? '';
    if (c === q || c === '\n') return undefined;
    if (c !== '\\') {
      const cp = body.codePointAt(i) ?? 0;
      out += String.fromCodePoint(cp);
      i += cp > 0xffff ? 2 : 1;
      runes++;
      continue;
    }
    const r = unquoteEscape(body, i + 1, q);
    if (r === undefined) return undefined;
    out += r.value;
    i = r.next;
    runes++;
  }
  if (q === "'" && runes !== 1) return undefined;
  return out;
}

/** One escape sequence after a backslash at `i` (strconv.UnquoteChar). */
export function unquoteEscape(s: string, i: number, q: string): { value: string; next: number; rune?: number } | undefined {
  const c = s[i];
  const simple: Record<string, string> = { a: '\x07', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t', v: '\v', '\\': '\\' };
  if (c === undefined) return undefined;
  const v = simple[c];
  if (v !== undefined) return { value: v, next: i + 1, rune: v.charCodeAt(0) };
  if (c === q && (q === '"' || q === "'")) return { value: c, next: i + 1, rune: c.charCodeAt(0) };
  let n: number;
  let base = 16;
  switch (c) {
    case 'x':
      n = 2;
      break;
    case 'u':
      n = 4;
      break;
    case 'U':
      n = 8;
      break;
    case '0':
    case '1':
    case '2':
    case '3':
    case '4':
    case '5':
    case '6':
    case '7':
      n = 3;
      base = 8;
      break;
    default:
      return undefined;
  }
  const start = base === 8 ? i : i + 1;
  const digits = s.slice(start, start + n);
  if (digits.length !== n) return undefined;
  const re = base === 8 ? /^[0-7]+$/ : /^[0-9a-fA-F]+$/;
  if (!re.test(digits)) return undefined;
  const value = parseInt(digits, base);
  const next = start + n;
  if (c === 'x' || base === 8) {
    if (value > 255) return undefined;
    // A byte escape: valid only as a whole byte; in a string it may start a
    // UTF-8 sequence, which JavaScript cannot hold, so bytes >= 0x80 read as U+FFFD
    // unless they are plain ASCII.
    if (q === "'" ) return { value: String.fromCodePoint(value), next, rune: value };
    return { value: value < 0x80 ? String.fromCharCode(value) : '\ufffd', next, rune: value };
  }
  if (value > 0x10ffff || (value >= 0xd800 && value <= 0xdfff)) return undefined;
  return { value: String.fromCodePoint(value), next, rune: value };
}
