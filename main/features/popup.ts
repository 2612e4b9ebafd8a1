// Contact popups: a helpdesk URL opened in the user's browser. Only http: and
// https: URLs leave the app; anything else (file:, javascript:, custom
// schemes that launch local programs, smb: shares that leak NTLM hashes) is
// refused and logged, because the URL comes from a template and its outputs,
// i.e. from a helpdesk response.
import type { PopupResult } from '../../shared/desktop-channels';
import { problem } from '../../shared/i18n/problem';
import type { Problem } from '../../shared/i18n/problem';

/** Opens a URL in the system browser; rejects when the OS could not. */
export type ExternalOpener = (url: string) => Promise<void>;

const MAX_URL_LENGTH = 2048;

/** Why this URL may not be opened, or undefined when it may. */
export function popupUrlProblem(raw: string): Problem | undefined {
  if (raw.length > MAX_URL_LENGTH) return problem('popup.tooLong', { max: MAX_URL_LENGTH });
  // Control characters and spaces: a URL a browser would "fix up" is not the one we checked.
  if ([...raw].some((c) => c.charCodeAt(0) <= 0x20 || c === '\u007f')) return problem('popup.spaces');
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return problem('popup.notAbsolute');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return problem('popup.badScheme', { scheme: url.protocol });
  if (url.hostname === '') return problem('popup.noHost');
  if (url.username !== '' || url.password !== '') return problem('popup.credentials');
  return undefined;
}

/** Checks the URL and hands it to the opener; without an opener the page is told to open it itself. */
export async function openPopup(raw: string, opener: ExternalOpener | undefined, log: (line: string) => void): Promise<PopupResult> {
  const refusal = popupUrlProblem(raw);
  if (refusal !== undefined) {
    // The scheme and length are enough to diagnose; the URL may carry tokens.
    log(`popup refused: ${refusal.message} (${describeForLog(raw)})`);
    return { outcome: 'refused', reason: refusal };
  }
  const url = new URL(raw).href;
  if (opener === undefined) return { outcome: 'reported', url };
  try {
    await opener(url);
    return { outcome: 'opened' };
  } catch (error) {
    log(`popup: the system browser did not open ${new URL(url).origin}: ${(error as Error).message}`);
    return { outcome: 'reported', url, reason: problem('popup.noBrowser') };
  }
}

function describeForLog(raw: string): string {
  const scheme = /^[A-Za-z][A-Za-z0-9+.-]{0,20}:/.exec(raw)?.[0] ?? 'no scheme';
  return `${scheme}, ${raw.length} characters`;
}
