// Applies security-policy.ts to Electron: the app:// protocol with its CSP,
// the permission handlers, and the navigation / window.open / webview guards
// on every web contents the app ever creates. Thin wiring; the decisions are
// in security-policy.ts and features/permissions.ts (tested without Electron).
import { app, protocol, session } from 'electron';
import type { WebContents } from 'electron';
import { permissionAllowed } from '../features/permissions';
import { serveAppRequest } from './app-protocol';
import { APP_ORIGIN, APP_SCHEME, navigationAllowed, windowOpenDecision } from './security-policy';

export function serveRenderer(rendererDir: string): void {
  protocol.handle(APP_SCHEME, (request) => serveAppRequest(request.url, rendererDir, request.method));
}

export function restrictPermissions(log: (line: string) => void): void {
  const ses = session.defaultSession;
  ses.setPermissionRequestHandler((_contents, permission, callback, details) => {
    const mediaTypes = 'mediaTypes' in details ? details.mediaTypes : undefined;
    const allowed = permissionAllowed({ permission, requestingUrl: details.requestingUrl, ...(mediaTypes ? { mediaTypes } : {}) }, APP_ORIGIN);
    if (!allowed) log(`permission ${permission} refused to ${details.requestingUrl}`);
    callback(allowed);
  });
  ses.setPermissionCheckHandler((_contents, permission, requestingOrigin, details) =>
    permissionAllowed({ permission, requestingUrl: requestingOrigin, ...(details.mediaType ? { mediaType: details.mediaType } : {}) }, APP_ORIGIN),
  );
  // HID, serial and USB devices: none.
  ses.setDevicePermissionHandler(() => false);
}

/** Every web contents, including any we did not mean to create: no foreign pages, no new windows, no webviews. */
export function guardAllWebContents(openExternal: (url: string) => void, log: (line: string) => void): void {
  app.on('web-contents-created', (_event, contents: WebContents) => {
    contents.on('will-attach-webview', (event) => {
      event.preventDefault();
      log('refused a <webview>');
    });
    const guardNavigation = (event: { preventDefault(): void }, url: string) => {
      if (navigationAllowed(url)) return;
      event.preventDefault();
      log(`navigation to ${new URL(url).protocol} page refused`);
    };
    contents.on('will-navigate', guardNavigation);
    contents.on('will-redirect', guardNavigation);
    contents.on('will-frame-navigate', (details) => {
      if (!navigationAllowed(details.url)) details.preventDefault();
    });
    contents.setWindowOpenHandler(({ url }) => {
      const decision = windowOpenDecision(url);
      if (decision.openExternally !== undefined) openExternal(decision.openExternally);
      else log('window.open refused (not an http(s) URL)');
      return { action: decision.action };
    });
  });
}
