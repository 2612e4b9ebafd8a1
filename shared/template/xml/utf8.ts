// A fatal UTF-8 decoder in pure TypeScript (shared/ has no TextDecoder type).
// Overlong forms, surrogates and code points above U+10FFFF are rejected, as
// TextDecoder('utf-8', { fatal: true }) does.
import { lintMessage, renderLint } from '../../i18n/lint';
import type { LintCode, LintMessage } from '../../i18n/lint';

export type DecodeResult =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly byteOffset: number; readonly line: number; readonly column: number; readonly message: string; readonly finding: LintMessage };

type Utf8Code = Extract<LintCode, `xml.utf8.${string}`>;

export function utf8ByteLength(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) bytes += 1;
    else if (c < 0x800) bytes += 2;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
      const d = text.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

function failure(bytes: Uint8Array, at: number, what: Utf8Code): DecodeResult {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < at; i++) {
    if (bytes[i] === 10) {
      line++;
      lineStart = i + 1;
    }
  }
  const hex = (bytes[at] ?? 0).toString(16).padStart(2, '0');
  const finding = lintMessage(what, { at, hex });
  return { ok: false, byteOffset: at, line, column: at - lineStart + 1, message: renderLint(finding, 'en'), finding };
}

export function decodeUtf8(bytes: Uint8Array): DecodeResult {
  const units: number[] = [];
  const chunks: string[] = [];
  const flush = (): void => {
    chunks.push(String.fromCharCode(...units));
    units.length = 0;
  };
  const n = bytes.length;
  let i = 0;
  while (i < n) {
    const b0 = bytes[i] ?? 0;
    let cp: number;
    let size: number;
    if (b0 < 0x80) {
      cp = b0;
      size = 1;
    } else if (b0 >= 0xc2 && b0 <= 0xdf) {
      size = 2;
      cp = b0 & 0x1f;
    } else if (b0 >= 0xe0 && b0 <= 0xef) {
      size = 3;
      cp = b0 & 0x0f;
    } else if (b0 >= 0xf0 && b0 <= 0xf4) {
      size = 4;
      cp = b0 & 0x07;
    } else {
      return failure(bytes, i, b0 >= 0x80 && b0 < 0xc0 ? 'xml.utf8.continuation' : 'xml.utf8.badStart');
    }
    if (i + size > n) return failure(bytes, i, 'xml.utf8.truncated');
    for (let k = 1; k < size; k++) {
      const b = bytes[i + k] ?? 0;
      if ((b & 0xc0) !== 0x80) return failure(bytes, i, 'xml.utf8.cutShort');
      cp = (cp << 6) | (b & 0x3f);
    }
    if ((size === 3 && cp < 0x800) || (size === 4 && cp < 0x10000)) return failure(bytes, i, 'xml.utf8.overlong');
    if (cp >= 0xd800 && cp <= 0xdfff) return failure(bytes, i, 'xml.utf8.surrogate');
    if (cp > 0x10ffff) return failure(bytes, i, 'xml.utf8.tooHigh');
    if (cp >= 0x10000) {
      const v = cp - 0x10000;
      units.push(0xd800 + (v >> 10), 0xdc00 + (v & 0x3ff));
    } else units.push(cp);
    if (units.length >= 8192) flush();
    i += size;
  }
  flush();
  return { ok: true, text: chunks.join('') };
}
