// What to send an INVITE to when the agent types a number or an address.

/** Keeps what a dialled number means: digits, +, *, #; drops spaces, dashes, dots and brackets. */
export function normalizeDialString(input: string): string {
  return input.trim().replace(/[\s\-.()]/g, '');
}

/**
 * `sip:`/`sips:` URIs pass through; `user@host` gets `sip:`; a number or
 * extension goes to the account's domain. Undefined when nothing is dialable.
 */
export function dialTarget(input: string, accountHost: string): string | undefined {
  const text = input.trim();
  if (text === '') return undefined;
  if (/^sips?:[^\s@]+@[^\s@]+$/i.test(text)) return text;
  if (/^tel:/i.test(text)) return dialTarget(text.slice(4), accountHost);
  if (/^[^\s@:]+@[^\s@]+$/.test(text)) return `sip:${text}`;
  // A phone number may be typed with spaces and dashes; a named extension (sales, support) may not.
  if (/^[+0-9\s\-.()*#]+$/.test(text)) {
    const number = normalizeDialString(text);
    return /^\+?[0-9*#]+$/.test(number) ? `sip:${number}@${accountHost}` : undefined;
  }
  return /^[A-Za-z0-9_.!~*'-]+$/.test(text) ? `sip:${text}@${accountHost}` : undefined;
}
