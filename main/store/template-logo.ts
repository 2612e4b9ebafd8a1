// Logos are checked by their bytes, not their file name: a PNG starts with
// the 8-byte PNG signature, a JPEG with FF D8 FF. The guide: PNG, JPG or
// JPEG, no more than 500 KB.
import { problem } from '../../shared/i18n/problem';
import type { Problem } from '../../shared/i18n/problem';

export const MAX_LOGO_BYTES = 500 * 1024;

export type LogoType = 'png' | 'jpg';

const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];

export function sniffLogo(bytes: Uint8Array): LogoType | undefined {
  const starts = (magic: readonly number[]): boolean => magic.every((b, i) => bytes[i] === b);
  if (starts(PNG)) return 'png';
  if (starts(JPEG)) return 'jpg';
  return undefined;
}

/** The logo's type, or the problem saying what was wrong. */
export function checkLogo(bytes: Uint8Array): { type: LogoType } | { error: Problem } {
  if (bytes.length > MAX_LOGO_BYTES) {
    return { error: problem('template.logoTooLarge', { size: Math.ceil(bytes.length / 1024) }) };
  }
  const type = sniffLogo(bytes);
  if (!type) return { error: problem('template.logoNotImage') };
  return { type };
}
