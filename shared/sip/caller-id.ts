// Who is calling, from the INVITE's identity headers. Trusted network
// assertions come first: P-Asserted-Identity (RFC 3325), then the older
// Remote-Party-ID, then From. Display names are chosen by the caller: this
// parser only unquotes them; it never interprets them.

export interface PartyIdentity {
  /** Unquoted display name, '' when absent. */
  readonly displayName: string;
  /** The URI as written (sip:, sips: or tel:). */
  readonly uri: string;
  /** The number or user part: tel: number, or the user part of a SIP URI. */
  readonly number: string;
}

export interface CallerIdHeaders {
  readonly pAssertedIdentity?: string | undefined;
  readonly remotePartyId?: string | undefined;
  readonly from?: string | undefined;
}

/** Splits a header value on commas outside quotes and angle brackets. */
function splitHeaderValues(value: string): string[] {
  const parts: string[] = [];
  let quoted = false;
  let angle = false;
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value[i];
    if (c === '\\' && quoted) i++;
    else if (c === '"') quoted = !quoted;
    else if (!quoted && c === '<') angle = true;
    else if (!quoted && c === '>') angle = false;
    else if (!quoted && !angle && c === ',') {
      parts.push(value.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(value.slice(start));
  return parts.map((p) => p.trim()).filter((p) => p !== '');
}

function unquote(name: string): string {
  const trimmed = name.trim();
  if (trimmed.length >= 2 && trimmed.startsWith('"') && trimmed.endsWith('"')) {
    return trimmed.slice(1, -1).replace(/\\(.)/g, '$1');
  }
  return trimmed;
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The number a URI stands for: tel:+1555 -> +1555, sip:1001@pbx;user=phone -> 1001. */
export function uriNumber(uri: string): string {
  const tel = /^tel:([^;?]+)/i.exec(uri);
  if (tel) return decode(tel[1] ?? '');
  const sip = /^sips?:([^@;?]+)@/i.exec(uri);
  if (sip) return decode((sip[1] ?? '').split(':')[0] ?? '');
  const hostOnly = /^sips?:([^;?>]+)/i.exec(uri);
  return hostOnly ? decode(hostOnly[1] ?? '') : '';
}

/**
 * Parses one name-addr or addr-spec: `"Alice" <sip:+1555@pbx>;tag=x`,
 * `Bob <tel:+1555>`, `sip:1001@pbx;tag=x`. Undefined when there is no URI.
 */
export function parseNameAddr(value: string): PartyIdentity | undefined {
  const text = value.trim();
  const open = (() => {
    // The first '<' outside a quoted display name.
    let quoted = false;
    for (let i = 0; i < text.length; i++) {
      const c = text[i];
      if (c === '\\' && quoted) i++;
      else if (c === '"') quoted = !quoted;
      else if (c === '<' && !quoted) return i;
    }
    return -1;
  })();
  let displayName = '';
  let uri: string;
  if (open >= 0) {
    const close = text.indexOf('>', open);
    if (close < 0) return undefined;
    displayName = unquote(text.slice(0, open));
    uri = text.slice(open + 1, close).trim();
  } else {
    // addr-spec: header parameters follow the URI after ';'.
    uri = (text.split(';')[0] ?? '').trim();
  }
  if (!/^(sips?|tel):/i.test(uri)) return undefined;
  return { displayName, uri, number: uriNumber(uri) };
}

/** The first usable identity in a header that may carry several (PAI can hold a sip: and a tel: URI). */
function firstIdentity(header: string | undefined): PartyIdentity | undefined {
  if (header === undefined) return undefined;
  const identities = splitHeaderValues(header)
    .map(parseNameAddr)
    .filter((p): p is PartyIdentity => p !== undefined && p.number !== '');
  const first = identities[0];
  if (!first) return undefined;
  // When a PAI pair gives the name on one and a tel: number on the other, keep both.
  const named = identities.find((p) => p.displayName !== '');
  return named && first.displayName === '' ? { ...first, displayName: named.displayName } : first;
}

/** Remote-Party-ID with privacy=full or screen=no from an untrusted source still names the caller; only `;privacy=full` hides it. */
function remotePartyIdentity(header: string | undefined): PartyIdentity | undefined {
  if (header === undefined) return undefined;
  const first = splitHeaderValues(header)[0];
  if (first === undefined || /;\s*privacy\s*=\s*full/i.test(first)) return undefined;
  return firstIdentity(first);
}

export const ANONYMOUS: PartyIdentity = { displayName: '', uri: '', number: '' };

export function callerIdentity(headers: CallerIdHeaders): PartyIdentity {
  const identity = firstIdentity(headers.pAssertedIdentity) ?? remotePartyIdentity(headers.remotePartyId) ?? firstIdentity(headers.from);
  if (!identity) return ANONYMOUS;
  if (/^anonymous$/i.test(identity.number)) return { ...identity, number: '' };
  return identity;
}
