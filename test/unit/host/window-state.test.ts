import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { placeWindow } from '../../../main/features/window-state';
import type { Rectangle } from '../../../main/features/window-state';
import { WindowStateStore } from '../../../main/store/window-state';

const laptop: Rectangle = { x: 0, y: 0, width: 1440, height: 870 };
const monitorOnRight: Rectangle = { x: 1440, y: 0, width: 2560, height: 1400 };
const size = { width: 1280, height: 800 };

describe('where a window reopens', () => {
  it('centres a first-run window on the primary screen', () => {
    expect(placeWindow(undefined, [laptop], size)).toEqual({ bounds: { x: 80, y: 35, width: 1280, height: 800 }, maximized: false });
  });

  it('reopens where it was left when that place is on a screen', () => {
    const saved = { bounds: { x: 2000, y: 100, width: 1000, height: 700 }, maximized: true };
    expect(placeWindow(saved, [laptop, monitorOnRight], size)).toEqual(saved);
  });

  it('centres the window on the primary screen when its screen was unplugged', () => {
    const saved = { bounds: { x: 2000, y: 100, width: 1000, height: 700 }, maximized: false };
    expect(placeWindow(saved, [laptop], size)).toEqual({ bounds: { x: 220, y: 85, width: 1000, height: 700 }, maximized: false });
  });

  it('shrinks a window larger than the screen it is on and slides it fully onto it', () => {
    const saved = { bounds: { x: 1300, y: -5, width: 3000, height: 2000 }, maximized: false };
    // Its title bar is mostly on the monitor: that is where it stays.
    expect(placeWindow(saved, [laptop, monitorOnRight], size).bounds).toEqual({ x: 1440, y: 0, width: 2560, height: 1400 });
  });

  it('pulls back a window whose title bar hangs off the bottom of the screen', () => {
    const saved = { bounds: { x: 100, y: 850, width: 400, height: 600 }, maximized: false };
    expect(placeWindow(saved, [laptop], size).bounds).toEqual({ x: 100, y: 270, width: 400, height: 600 });
  });

  it('treats a sliver of title bar on a screen as lost', () => {
    const saved = { bounds: { x: -390, y: 100, width: 400, height: 600 }, maximized: false };
    expect(placeWindow(saved, [laptop], { width: 400, height: 600 }).bounds).toEqual({ x: 520, y: 135, width: 400, height: 600 });
  });
});

describe('the window state file', () => {
  it('keeps each window’s place across restarts', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rd-ws-'));
    new WindowStateStore(dir).set('call', { bounds: { x: 10, y: 20, width: 400, height: 600 }, maximized: false });
    new WindowStateStore(dir).set('main', { bounds: { x: 0, y: 0, width: 1280, height: 800 }, maximized: true });
    const reopened = new WindowStateStore(dir);
    expect(reopened.get('call')).toEqual({ bounds: { x: 10, y: 20, width: 400, height: 600 }, maximized: false });
    expect(reopened.get('main')?.maximized).toBe(true);
  });

  it('starts without saved places when the file is damaged, and says so', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rd-ws-'));
    writeFileSync(join(dir, 'window-state.json'), '{ not json');
    const log: string[] = [];
    const store = new WindowStateStore(dir, (l) => log.push(l));
    expect(store.get('main')).toBeUndefined();
    expect(log[0]).toMatch(/window state .*window-state.json unreadable/);
  });

  it('ignores an entry with impossible bounds and keeps the good ones', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rd-ws-'));
    writeFileSync(
      join(dir, 'window-state.json'),
      JSON.stringify({ main: { bounds: { x: 0, y: 0, width: -5, height: 'big' } }, call: { bounds: { x: 1, y: 2, width: 400, height: 600 } } }),
    );
    const store = new WindowStateStore(dir);
    expect(store.get('main')).toBeUndefined();
    expect(store.get('call')).toEqual({ bounds: { x: 1, y: 2, width: 400, height: 600 }, maximized: false });
    store.set('main', { bounds: { x: 0, y: 0, width: 0, height: 0 }, maximized: false });
    expect(store.get('main')).toBeUndefined();
    store.set('call', { bounds: { x: 5, y: 5, width: 400, height: 600 }, maximized: false });
    expect(JSON.parse(readFileSync(join(dir, 'window-state.json'), 'utf8'))).toEqual({ call: { bounds: { x: 5, y: 5, width: 400, height: 600 }, maximized: false } });
  });
});
