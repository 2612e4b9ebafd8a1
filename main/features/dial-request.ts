// Click-to-call: a `tel:`, `sip:` or `callto:` URL the OS handed to Ringdesk
// (any web page or e-mail can contain one, so it is hostile input) becomes a
// DialRequest for the phone, or is refused with a reason. Numbers are read in
// the default region and dialled as E.164; short digit strings are internal
// extensions or PBX feature codes; SIP URIs keep only user@host[:port] so a
// link cannot smuggle transport, maddr or header parameters into the INVITE.
import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { CountryCode } from 'libphonenumber-js';
import type { DialRequest } from '../../shared/desktop-channels';

export type DialOutcome = { readonly ok: true; readonly request: DialRequest } | { readonly ok: false; readonly reason: string };

const MAX_URL_LENGTH = 256;
/** E.164 allows 15 digits; a national form with a trunk or international prefix adds a few. */
const MAX_DIGITS = 18;
const MAX_EXTENSION_LENGTH = 8;
const SCHEME = /^(tel|sip|callto):/i;

function refuse(reason: string): DialOutcome {
  return { ok: false, reason };
}

/** The click-to-call URL among a process's arguments (second instance, first launch), if any. */
export function dialUrlFromArgv(argv: readonly string[]): string | undefined {
  // Chromium may append its own switches after the URL, so look at every argument.
  for (let i = argv.length - 1; i >= 0; i--) {
    const arg = argv[i];
    if (arg !== undefined && SCHEME.test(arg)) return arg;
  }
  return undefined;
}

export function dialRequestFromUrl(url: string, region: string): DialOutcome {
  if (url.length > MAX_URL_LENGTH) return refuse(`link is longer than ${MAX_URL_LENGTH} characters`);
  const match = SCHEME.exec(url);
  if (!match) return refuse('not a tel:, sip: or callto: link');
  const scheme = (match[1] ?? '').toLowerCase() as DialRequest['scheme'];
  const body = url.slice(match[0].length);
  return scheme === 'sip' ? sipRequest(body) : numberRequest(scheme, body, region);
}

function numberRequest(scheme: 'tel' | 'callto', rawBody: string, region: string): DialOutcome {
  // callto://+4930... is how Skype-era pages wrote it.
  const body = scheme === 'callto' ? rawBody.replace(/^\/\//, '') : rawBody;
  // RFC 3966 parameters (;ext=, ;phone-context=, ;isub=) do not change whom we call first.
  const numberPart = body.split(';', 1)[0] ?? '';
  const decoded = percentDecode(numberPart);
  if (decoded === undefined) return refuse('link has a broken %-escape');
  if (!/^[0-9+*#.() -]+$/.test(decoded)) return refuse('a phone link may contain only digits, +, *, # and separators');
  const compact = decoded.replace(/[-.() ]/g, '');
  const digits = compact.replace(/\D/g, '');
  if (digits.length === 0) return refuse('no digits to dial');
  if (!/^\+?[0-9*#]+$/.test(compact)) return refuse('+ may only start the number');
  if (digits.length > MAX_DIGITS) return refuse(`more than ${MAX_DIGITS} digits`);

  if (!compact.startsWith('+') && (compact.length <= MAX_EXTENSION_LENGTH && (compact.length <= 6 || /[*#]/.test(compact)))) {
    return { ok: true, request: { target: compact, kind: 'extension', display: compact, scheme } };
  }
  if (/[*#]/.test(compact)) return refuse('* and # belong only in short feature codes');
  const parsed = parsePhoneNumberFromString(compact, { defaultCountry: region as CountryCode, extract: false });
  if (!parsed?.isValid()) return refuse(`not a valid phone number for region ${region}`);
  return { ok: true, request: { target: parsed.number, kind: 'phone', display: parsed.formatInternational(), scheme } };
}

const SIP_USER = /^[A-Za-z0-9_.!~*'+-]{1,64}$/;
const HOST_NAME = /^(?=.{1,253}$)[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)*$/;
const IPV6_LITERAL = /^\[[0-9A-Fa-f:.]{2,45}\]$/;

function sipRequest(body: string): DialOutcome {
  const at = body.indexOf('@');
  if (at <= 0) return refuse('a sip: link needs user@host');
  const user = percentDecode(body.slice(0, at));
  if (user === undefined) return refuse('link has a broken %-escape');
  if (!SIP_USER.test(user)) return refuse('the SIP user may contain only letters, digits and - _ . ! ~ * \' +');
  // Everything after the host (;transport=, ;maddr=, ?headers) is dropped: see the file comment.
  const hostPort = body.slice(at + 1).split(/[;?]/, 1)[0] ?? '';
  const hostMatch = /^(\[[^\]]*\]|[^:]*)(?::(\d{1,5}))?$/.exec(hostPort);
  if (!hostMatch) return refuse('the SIP host is not host or host:port');
  const host = hostMatch[1] ?? '';
  const port = hostMatch[2];
  if (!HOST_NAME.test(host) && !IPV6_LITERAL.test(host)) return refuse('the SIP host is not a host name or IP address');
  if (port !== undefined && (Number(port) < 1 || Number(port) > 65535)) return refuse('the SIP port is out of range');
  const address = `${user}@${host.toLowerCase()}${port === undefined ? '' : `:${port}`}`;
  return { ok: true, request: { target: `sip:${address}`, kind: 'sip', display: address, scheme: 'sip' } };
}

function percentDecode(text: string): string | undefined {
  try {
    return decodeURIComponent(text);
  } catch {
    return undefined;
  }
}
