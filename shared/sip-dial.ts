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
  const number = normalizeDialString(text);
  if (!/^\+?[0-9*#]+$/.test(number) && !/^[A-Za-z0-9_.!~*'-]+$/.test(number)) return undefined;
  return `sip:${number}@${accountHost}`;
}
