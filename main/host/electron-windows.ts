// The two windows: the main window (settings, history, templates) and the
// small always-on-top call window. Each reopens where it was left (clamped to
// the screens there are now), and the main window hides to the tray on close
// while calls can still arrive.
import { BrowserWindow, screen } from 'electron';
import { placeWindow } from '../features/window-state';
import type { CallWindowAction } from '../features/live-calls';
import type { WindowName, WindowStateStore } from '../store/window-state';
import { CALL_WINDOW_SIZE, MAIN_WINDOW_SIZE, callWindowOptions, mainWindowOptions, pageUrl } from './security-policy';

export interface DesktopWindowsOptions {
  readonly preload: string;
  readonly icon?: string;
  readonly places: WindowStateStore;
  /** Asked when the user closes the main window: true hides it instead. */
  readonly hideMainOnClose: () => boolean;
  /** True once the app is quitting: windows then really close. */
  readonly quitting: () => boolean;
  /** The main window's page finished loading (the phone listens from then on). */
  readonly onMainLoaded: () => void;
  /** The main window's page is going away (reload, crash, close). */
  readonly onMainUnloaded: () => void;
  /** The main window really closed (not hidden to the tray). */
  readonly onMainClosed: () => void;
  readonly log: (line: string) => void;
}

function workAreas() {
  const primary = screen.getPrimaryDisplay();
  return [primary, ...screen.getAllDisplays().filter((d) => d.id !== primary.id)].map((d) => d.workArea);
}

export class DesktopWindows {
  #main: BrowserWindow | undefined;
  #call: BrowserWindow | undefined;

  constructor(private readonly options: DesktopWindowsOptions) {}

  /** Every window of ours that is open, for event fan-out. */
  all(): BrowserWindow[] {
    return [this.#main, this.#call].filter((w): w is BrowserWindow => w !== undefined && !w.isDestroyed());
  }

  openMain(show: boolean): BrowserWindow {
    if (this.#main && !this.#main.isDestroyed()) return this.#main;
    const placement = placeWindow(this.options.places.get('main'), workAreas(), MAIN_WINDOW_SIZE);
    const window = new BrowserWindow(mainWindowOptions(placement.bounds, this.options.preload, this.options.icon));
    if (placement.maximized) window.maximize();
    this.#remember(window, 'main');
    window.on('close', (event) => {
      if (this.options.quitting() || !this.options.hideMainOnClose()) return;
      event.preventDefault();
      window.hide();
    });
    window.webContents.on('did-finish-load', () => this.options.onMainLoaded());
    window.webContents.on('did-start-navigation', (details) => {
      if (details.isMainFrame && !details.isSameDocument) this.options.onMainUnloaded();
    });
    window.webContents.on('render-process-gone', (_event, details) => {
      this.options.log(`main window renderer gone (${details.reason})`);
      this.options.onMainUnloaded();
    });
    window.on('closed', () => {
      this.options.onMainUnloaded();
      this.#main = undefined;
      this.options.onMainClosed();
    });
    if (show) window.once('ready-to-show', () => window.show());
    void window.loadURL(pageUrl('main'));
    this.#main = window;
    return window;
  }

  showMain(): void {
    const window = this.openMain(true);
    if (window.isMinimized()) window.restore();
    window.show();
    window.focus();
  }

  applyCallAction(action: CallWindowAction): void {
    if (action === 'keep') return;
    // E2E tests read this line.
    this.options.log(`call window: ${action}`);
    if (action === 'hide') {
      if (this.#call && !this.#call.isDestroyed() && this.#call.isVisible()) this.#call.hide();
      return;
    }
    const window = this.#callWindow();
    const reveal = () => (action === 'show' ? window.show() : window.showInactive());
    if (window.webContents.isLoading()) window.once('ready-to-show', reveal);
    else reveal();
  }

  showCall(): void {
    this.applyCallAction('show');
  }

  #callWindow(): BrowserWindow {
    if (this.#call && !this.#call.isDestroyed()) return this.#call;
    const placement = placeWindow(this.options.places.get('call'), workAreas(), CALL_WINDOW_SIZE);
    const window = new BrowserWindow(callWindowOptions(placement.bounds, this.options.preload, this.options.icon));
    // Above full-screen apps too: a ringing call must be seen.
    window.setAlwaysOnTop(true, 'floating');
    window.setVisibleOnAllWorkspaces(true, { visibleOnFullScreen: true });
    this.#remember(window, 'call');
    window.on('close', (event) => {
      // Closing it only hides it: the phone lives in the main window, calls go on.
      if (this.options.quitting()) return;
      event.preventDefault();
      window.hide();
    });
    window.on('closed', () => (this.#call = undefined));
    void window.loadURL(pageUrl('call'));
    this.#call = window;
    return window;
  }

  /** Saves the window's place whenever the user is done moving it, and when it closes. */
  #remember(window: BrowserWindow, name: WindowName): void {
    const save = () => {
      if (window.isDestroyed() || window.isMinimized() || window.isFullScreen()) return;
      const b = window.getNormalBounds();
      this.options.places.set(name, {
        bounds: { x: Math.round(b.x), y: Math.round(b.y), width: Math.round(b.width), height: Math.round(b.height) },
        maximized: window.isMaximized(),
      });
    };
    let timer: NodeJS.Timeout | undefined;
    const later = () => {
      clearTimeout(timer);
      timer = setTimeout(save, 500);
    };
    window.on('resize', later);
    window.on('move', later);
    window.on('close', () => {
      clearTimeout(timer);
      save();
    });
  }
}
