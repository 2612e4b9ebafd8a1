// Electron's security checklist (https://www.electronjs.org/docs/latest/tutorial/security),
// item by item, against what the Electron host actually uses: the options
// and policies exported by main/host/security-policy.ts (the only place
// electron-windows.ts gets window options from), the app:// responses, and a
// look at the host's source for the wiring that cannot run without Electron.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { serveAppRequest } from '../../../main/host/app-protocol';
import {
  APP_ORIGIN,
  appSchemePrivileges,
  callWindowOptions,
  contentSecurityPolicy,
  isOwnPage,
  mainWindowOptions,
  navigationAllowed,
  pageUrl,
  windowOpenDecision,
} from '../../../main/host/security-policy';
import { projectRoot } from '../../support/browser-host';

const bounds = { x: 0, y: 0, width: 400, height: 600 };
const windows = { main: mainWindowOptions(bounds, '/app/preload.cjs'), call: callWindowOptions(bounds, '/app/preload.cjs') };
const hostDir = join(projectRoot, 'main', 'host');
const hostSources = readdirSync(hostDir)
  .filter((f) => /^electron.*\.ts$/.test(f))
  .map((f) => ({ file: f, text: readFileSync(join(hostDir, f), 'utf8') }));
const allHostSource = hostSources.map((s) => s.text).join('\n');

function directives(csp: string): Map<string, string[]> {
  return new Map(csp.split(';').map((d) => d.trim().split(/\s+/)).map(([name = '', ...values]) => [name, values]));
}

describe.each(Object.entries(windows))('the %s window', (_name, options) => {
  const prefs = options.webPreferences ?? {};
  it('2. gives pages no Node.js: nodeIntegration off in the page, its workers and its frames', () => {
    expect(prefs.nodeIntegration).toBe(false);
    expect(prefs.nodeIntegrationInWorker).toBe(false);
    expect(prefs.nodeIntegrationInSubFrames).toBe(false);
  });
  it('3. isolates the preload from the page (contextIsolation)', () => {
    expect(prefs.contextIsolation).toBe(true);
  });
  it('4. sandboxes the renderer', () => {
    expect(prefs.sandbox).toBe(true);
  });
  it('6. keeps webSecurity on', () => {
    expect(prefs.webSecurity).toBe(true);
  });
  it('8. never runs insecure content', () => {
    expect(prefs.allowRunningInsecureContent).toBe(false);
  });
  it('9-10. enables no experimental or Blink features', () => {
    expect(prefs.experimentalFeatures).toBe(false);
    expect(prefs.enableBlinkFeatures).toBeUndefined();
  });
  it('11-12. has no <webview> tag', () => {
    expect(prefs.webviewTag).toBe(false);
  });
  it('loads the bundled preload and nothing else with privileges', () => {
    expect(prefs.preload).toBe('/app/preload.cjs');
    expect(Object.keys(prefs).sort()).toEqual(
      [
        'allowRunningInsecureContent',
        'contextIsolation',
        'experimentalFeatures',
        'navigateOnDragDrop',
        'nodeIntegration',
        'nodeIntegrationInSubFrames',
        'nodeIntegrationInWorker',
        'preload',
        'sandbox',
        'spellcheck',
        'webSecurity',
        'webviewTag',
        ...(_name === 'main' ? ['backgroundThrottling'] : []),
      ].sort(),
    );
  });
});

describe('the call window', () => {
  it('is a small always-on-top window', () => {
    expect(windows.call).toMatchObject({ alwaysOnTop: true, show: false });
  });
});

describe('7. a strict Content-Security-Policy on every page', () => {
  const csp = directives(contentSecurityPolicy());
  it('allows only our own scripts: no inline script, no eval, nothing by default', () => {
    expect(csp.get('default-src')).toEqual(["'none'"]);
    expect(csp.get('script-src')).toEqual(["'self'"]);
    for (const [name, values] of csp) {
      expect(values, name).not.toContain("'unsafe-eval'");
      if (name !== 'style-src') expect(values, name).not.toContain("'unsafe-inline'");
      expect(values, name).not.toContain('*');
    }
  });
  it('forbids plugins, <base> and framing', () => {
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'none'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
    expect(csp.get('frame-src')).toEqual(["'none'"]);
  });
  it('lets the phone reach a PBX over wss:, and ws: only on loopback', () => {
    const connect = csp.get('connect-src') ?? [];
    expect(connect).toContain('wss:');
    expect(connect.filter((s) => s.startsWith('ws:') || s === 'ws:')).toEqual(['ws://127.0.0.1:*', 'ws://localhost:*', 'ws://[::1]:*']);
  });

  it('is sent as a header with every app:// response, including errors', async () => {
    const renderer = mkdtempSync(join(tmpdir(), 'rd-renderer-'));
    writeFileSync(join(renderer, 'index.html'), '<!doctype html><title>Ringdesk</title>');
    mkdirSync(join(renderer, 'assets'));
    writeFileSync(join(renderer, 'assets', 'app.js'), 'console.log(1)');
    for (const url of [pageUrl('main'), pageUrl('call'), `${APP_ORIGIN}/assets/app.js`, `${APP_ORIGIN}/missing.png`]) {
      const response = await serveAppRequest(url, renderer);
      expect(response.headers.get('content-security-policy'), url).toBe(contentSecurityPolicy());
      expect(response.headers.get('x-content-type-options'), url).toBe('nosniff');
    }
    const page = await serveAppRequest(pageUrl('main'), renderer);
    expect([page.status, page.headers.get('content-type'), await page.text()]).toEqual([200, 'text/html; charset=utf-8', '<!doctype html><title>Ringdesk</title>']);
    expect((await serveAppRequest(`${APP_ORIGIN}/assets/app.js`, renderer)).headers.get('content-type')).toBe('text/javascript; charset=utf-8');
  });
});

describe('18. pages come from app://, never file://', () => {
  it('registers app: as a secure standard scheme', () => {
    expect(appSchemePrivileges).toMatchObject({ scheme: 'app', privileges: { standard: true, secure: true } });
    expect(pageUrl('main')).toBe('app://ringdesk/index.html');
  });

  it('serves only files under the renderer folder', async () => {
    const root = mkdtempSync(join(tmpdir(), 'rd-renderer-'));
    const renderer = join(root, 'renderer');
    mkdirSync(renderer);
    writeFileSync(join(renderer, 'index.html'), 'ok');
    writeFileSync(join(root, 'secrets.json'), '{"sip:a:password":"x"}');
    for (const url of [`${APP_ORIGIN}/../secrets.json`, `${APP_ORIGIN}/%2e%2e/secrets.json`, `${APP_ORIGIN}/..%2fsecrets.json`, `${APP_ORIGIN}/%2e%2e%5csecrets.json`]) {
      expect([403, 404], url).toContain((await serveAppRequest(url, renderer)).status);
    }
    expect((await serveAppRequest('app://other-host/index.html', renderer)).status).toBe(404);
    expect((await serveAppRequest(`${APP_ORIGIN}/%E0%A4%A`, renderer)).status).toBe(400);
    expect((await serveAppRequest(pageUrl('main'), renderer, 'POST')).status).toBe(405);
  });

  it('never loads a page by file path or from the network in the host', () => {
    expect(allHostSource).not.toMatch(/\.loadFile\(/);
    expect(allHostSource).not.toMatch(/loadURL\((?!pageUrl\()/);
    expect(allHostSource).toMatch(/protocol\.registerSchemesAsPrivileged\(\[appSchemePrivileges\]\)/);
    expect(allHostSource).toMatch(/protocol\.handle\(APP_SCHEME/);
  });
});

describe('13-14. navigation and new windows stay within our pages', () => {
  it('navigates only to our own pages', () => {
    expect(navigationAllowed('app://ringdesk/index.html?window=call')).toBe(true);
    for (const url of ['https://desk.example.com/', 'file:///etc/passwd', 'app://ringdesk.evil.example/', 'app://evil/', 'javascript:alert(1)', 'data:text/html,x', 'about:blank']) {
      expect(navigationAllowed(url), url).toBe(false);
    }
  });

  it('never opens an Electron window; an http(s) link goes to the system browser, the rest nowhere', () => {
    expect(windowOpenDecision('https://desk.example.com/c/1')).toEqual({ action: 'deny', openExternally: 'https://desk.example.com/c/1' });
    for (const url of ['file:///etc/passwd', 'app://ringdesk/index.html', 'javascript:alert(1)', 'smb://host/share']) {
      expect(windowOpenDecision(url), url).toEqual({ action: 'deny' });
    }
  });

  it('guards every web contents the app creates, and refuses <webview>', () => {
    const hardening = readFileSync(join(hostDir, 'electron-hardening.ts'), 'utf8');
    expect(hardening).toMatch(/app\.on\('web-contents-created'/);
    for (const hook of ["'will-navigate'", "'will-redirect'", "'will-attach-webview'", 'setWindowOpenHandler(']) expect(hardening).toContain(hook);
  });
});

describe('every window is built from the checked options', () => {
  it('constructs BrowserWindow only with mainWindowOptions or callWindowOptions', () => {
    const constructions = [...allHostSource.matchAll(/new BrowserWindow\(([^(]*)\(/g)].map((m) => m[1]);
    expect(constructions.length).toBeGreaterThan(0);
    for (const call of constructions) expect(['mainWindowOptions', 'callWindowOptions']).toContain(call);
    expect(allHostSource).not.toMatch(/webPreferences\s*:/);
    expect(allHostSource).not.toMatch(/nodeIntegration\s*:\s*true|contextIsolation\s*:\s*false|sandbox\s*:\s*false|webSecurity\s*:\s*false/);
  });

  it('4. turns the sandbox on for every renderer, before the app is ready', () => {
    expect(readFileSync(join(hostDir, 'electron.ts'), 'utf8')).toMatch(/app\.enableSandbox\(\)/);
  });
});

describe('5. permission requests are decided, not defaulted', () => {
  it('installs request, check and device handlers', () => {
    const hardening = readFileSync(join(hostDir, 'electron-hardening.ts'), 'utf8');
    for (const handler of ['setPermissionRequestHandler(', 'setPermissionCheckHandler(', 'setDevicePermissionHandler(() => false)']) expect(hardening).toContain(handler);
    expect(hardening.match(/permissionAllowed\(/g)).toHaveLength(2);
  });
});

describe('15. shell.openExternal only after the allow-list', () => {
  it('opens external URLs only through the popup policy or the window-open decision', () => {
    const calls = [...allHostSource.matchAll(/shell\.openExternal\(([^)]*)\)/g)].map((m) => m[1]);
    // Both are handed to code that checks first: createRingdesk's popup.open (openPopup) and guardAllWebContents (windowOpenDecision).
    expect(calls).toEqual(['url', 'url']);
    expect(allHostSource).toMatch(/guardAllWebContents\(\(url\) => void shell\.openExternal\(url\)/);
    expect(allHostSource).toMatch(/openExternal: \(url\) => shell\.openExternal\(url\)/);
  });
});

describe('17. IPC only from our own pages', () => {
  it('accepts senders on app://ringdesk only', () => {
    expect(isOwnPage('app://ringdesk/index.html')).toBe(true);
    for (const url of [undefined, '', 'file:///opt/ringdesk/out/renderer/index.html', 'https://desk.example.com', 'app://ringdesk.evil/', 'devtools://devtools/x']) {
      expect(isOwnPage(url), String(url)).toBe(false);
    }
  });

  it('checks the sender of every invoke before the dispatcher sees it', () => {
    const electron = readFileSync(join(hostDir, 'electron.ts'), 'utf8');
    expect(electron).toMatch(/ipcMain\.handle\(channel, \(event, request: unknown\) => \{\s*\/\/[^\n]*\n\s*if \(!isOwnPage\(event\.senderFrame\?\.url\)\)/);
    expect(electron).not.toMatch(/ipcMain\.on\(/);
  });
});

describe('20. the page sees named functions, never Electron APIs', () => {
  it('preload exposes window.ringdeskBridge only, with no raw ipcRenderer', () => {
    const preload = readFileSync(join(projectRoot, 'preload', 'index.ts'), 'utf8');
    expect([...preload.matchAll(/exposeInMainWorld\('([^']+)'/g)].map((m) => m[1])).toEqual(['ringdeskBridge']);
    expect(preload).not.toMatch(/exposeInMainWorld\([^)]*ipcRenderer\s*[,)]/);
  });
});
