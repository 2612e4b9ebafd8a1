// The Electron host's security settings in one place, as plain data and pure
// functions, so test/unit/host/security-checklist.test.ts can hold every item
// of Electron's security checklist against exactly what electron.ts passes.
// Imports only Electron's types: this module loads without Electron.
//
// Pages are served from `app://ringdesk/` (protocol.handle in
// app-protocol.ts), not file://: a custom standard scheme has a real origin
// (so the sender check and the permission check compare origins, not path
// prefixes), does not grant file:// privileges, and its responses carry the
// Content-Security-Policy header below.
import type { BrowserWindowConstructorOptions, CustomScheme, WebPreferences } from 'electron';
import { popupUrlProblem } from '../features/popup';
import { originOf } from '../features/permissions';

export const APP_SCHEME = 'app';
export const APP_HOST = 'ringdesk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;

export type PageName = 'main' | 'call';

/** The URL each window loads; the renderer reads `?window=` to pick its layout. */
export function pageUrl(page: PageName): string {
  return page === 'main' ? `${APP_ORIGIN}/index.html` : `${APP_ORIGIN}/index.html?window=call`;
}

/** Registered before `ready`: standard (real origin, relative URLs), secure (getUserMedia needs a secure context). */
export const appSchemePrivileges: CustomScheme = {
  scheme: APP_SCHEME,
  privileges: { standard: true, secure: true, supportFetchAPI: true, corsEnabled: true, stream: true },
};

export function secureWebPreferences(preload: string): WebPreferences {
  return {
    preload,
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    webviewTag: false,
    navigateOnDragDrop: false,
    spellcheck: false,
  };
}

export interface WindowBounds {
  readonly x: number;
  readonly y: number;
  readonly width: number;
  readonly height: number;
}

export function mainWindowOptions(bounds: WindowBounds, preload: string, icon?: string): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    minWidth: 720,
    minHeight: 480,
    title: 'Ringdesk',
    show: false,
    ...(icon === undefined ? {} : { icon }),
    // The SIP user agent lives in this page: hidden in the tray, its keep-alives and re-REGISTERs must not be throttled.
    webPreferences: { ...secureWebPreferences(preload), backgroundThrottling: false },
  };
}

/** The small call window: always on top so a ringing call is seen over the helpdesk. */
export function callWindowOptions(bounds: WindowBounds, preload: string, icon?: string): BrowserWindowConstructorOptions {
  return {
    ...bounds,
    minWidth: 320,
    minHeight: 400,
    title: 'Ringdesk call',
    show: false,
    alwaysOnTop: true,
    minimizable: true,
    maximizable: false,
    fullscreenable: false,
    ...(icon === undefined ? {} : { icon }),
    webPreferences: secureWebPreferences(preload),
  };
}

export const CALL_WINDOW_SIZE = { width: 400, height: 600 } as const;
export const MAIN_WINDOW_SIZE = { width: 1280, height: 800 } as const;

export function contentSecurityPolicy(): string {
  return [
    "default-src 'none'",
    "script-src 'self'",
    // React sets style attributes; no inline script is allowed.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "media-src 'self' blob: mediastream:",
    // The SIP WebSocket goes to the PBX the admin configured (wss:, or ws: on loopback).
    "connect-src 'self' wss: ws://127.0.0.1:* ws://localhost:* ws://[::1]:*",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-src 'none'",
    "frame-ancestors 'none'",
    "worker-src 'self'",
  ].join('; ');
}

/** Headers on every app:// response. */
export function appResponseHeaders(contentType: string): Record<string, string> {
  return {
    'Content-Type': contentType,
    'Content-Security-Policy': contentSecurityPolicy(),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Cache-Control': 'no-store',
  };
}

/** Our own pages, and only them, may talk to main and may be navigated to. */
export function isOwnPage(url: string | undefined): boolean {
  return url !== undefined && originOf(url) === APP_ORIGIN;
}

export function navigationAllowed(url: string): boolean {
  return isOwnPage(url);
}

/**
 * window.open and target=_blank links: never a new Electron window. An
 * http(s) link goes to the system browser (as a contact popup would); the
 * rest is refused.
 */
export function windowOpenDecision(url: string): { action: 'deny'; openExternally?: string } {
  return popupUrlProblem(url) === undefined ? { action: 'deny', openExternally: url } : { action: 'deny' };
}
