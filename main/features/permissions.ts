// What a web page inside Ringdesk may use. Our own pages get the microphone
// (calls need it), the choice of audio output (setSinkId for the headset) and
// reaching the PBX on the local network; nothing else, and no other origin
// gets anything: if a helpdesk page were ever loaded by mistake it could not
// listen in. The camera is refused too: Ringdesk makes audio calls only.

/** The facts Electron's permission request and check handlers give us. */
export interface PermissionQuestion {
  /** Electron's permission name, e.g. `media`, `notifications`, `geolocation`. */
  readonly permission: string;
  /** The URL (request handler) or origin (check handler) asking. */
  readonly requestingUrl: string;
  /** For `media` requests: which devices; absent in checks. */
  readonly mediaTypes?: readonly string[];
  /** For `media` checks: `audio`, `video` or `unknown`. */
  readonly mediaType?: string;
}

/**
 * `scheme://host[:port]` of a URL, also for custom standard schemes such as
 * `app://ringdesk` (WHATWG URL calls their origin "null"); undefined without a host.
 */
export function originOf(url: string): string | undefined {
  try {
    const parsed = new URL(url);
    return parsed.host === '' ? undefined : `${parsed.protocol}//${parsed.host}`;
  } catch {
    return undefined;
  }
}

/** True when the page at `requestingUrl` belongs to the app (origin equality, not a prefix test). */
export function isAppOrigin(requestingUrl: string, appOrigin: string): boolean {
  return originOf(requestingUrl) === appOrigin;
}

export function permissionAllowed(question: PermissionQuestion, appOrigin: string): boolean {
  if (!isAppOrigin(question.requestingUrl, appOrigin)) return false;
  switch (question.permission) {
    case 'media': {
      const types = question.mediaTypes ?? (question.mediaType === undefined ? [] : [question.mediaType]);
      return types.length > 0 && types.every((type) => type === 'audio');
    }
    case 'speaker-selection':
      return true;
    // Chromium's Local Network Access: the PBX is often on the office network
    // (and the SIP test bed on loopback); without these the SIP WebSocket is blocked.
    case 'local-network-access':
    case 'local-network':
    case 'loopback-network':
      return true;
    default:
      return false;
  }
}
