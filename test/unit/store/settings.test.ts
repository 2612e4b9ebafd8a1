import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Conf from 'conf';
import { describe, expect, it } from 'vitest';
import { SettingsStore } from '../../../main/store/settings';
import type { SettingsBackend } from '../../../main/store/settings';
import { defaultDataDir } from '../../../main/store/data-dir';
import { SettingsPatch } from '../../../shared/settings';

function confIn(dir: string): SettingsBackend {
  return new Conf({ cwd: dir, configName: 'settings', projectName: 'ringdesk' }) as unknown as SettingsBackend;
}

describe('the settings store', () => {
  it('starts from complete defaults on first run', () => {
    const store = new SettingsStore(confIn(mkdtempSync(join(tmpdir(), 'rd-settings-'))));
    expect(store.get().general).toEqual({ language: 'system', theme: 'system', defaultRegion: 'US', launchAtLogin: false });
  });

  it('persists a change to disk and keeps the fields the patch did not name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rd-settings-'));
    new SettingsStore(confIn(dir)).update({ general: { theme: 'dark' } });
    const onDisk = JSON.parse(readFileSync(join(dir, 'settings.json'), 'utf8')) as { general: Record<string, unknown> };
    expect(onDisk.general).toMatchObject({ theme: 'dark', language: 'system', defaultRegion: 'US' });
    expect(new SettingsStore(confIn(dir)).get().general.theme).toBe('dark');
  });

  it('tells listeners about every change', () => {
    const store = new SettingsStore(confIn(mkdtempSync(join(tmpdir(), 'rd-settings-'))));
    const themes: string[] = [];
    store.onChange((s) => themes.push(s.general.theme));
    store.update({ general: { theme: 'light' } });
    store.update({ general: { theme: 'dark' } });
    expect(themes).toEqual(['light', 'dark']);
  });

  it('keeps an invalid settings file aside instead of losing it, and says so', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rd-settings-'));
    writeFileSync(join(dir, 'settings.json'), JSON.stringify({ general: { theme: 'neon', defaultRegion: 'GB' } }));
    const lines: string[] = [];
    const store = new SettingsStore(confIn(dir), (l) => lines.push(l));
    expect(store.get().general.theme).toBe('system');
    const backups = readdirSync(dir).filter((f) => f.startsWith('settings.json.invalid-'));
    expect(backups).toHaveLength(1);
    expect(readFileSync(join(dir, backups[0] ?? ''), 'utf8')).toContain('neon');
    expect(lines[0]).toMatch(/is invalid \(general\.theme\); kept it as .*settings\.json\.invalid-\d+, using defaults/);
  });
});

describe('the data folder', () => {
  it('honours RINGDESK_DATA_DIR', () => {
    expect(defaultDataDir({ RINGDESK_DATA_DIR: '/srv/rd' }, 'linux')).toBe('/srv/rd');
  });

  it('follows each OS convention for per-user app data', () => {
    expect(defaultDataDir({ XDG_CONFIG_HOME: '/home/a/.cfg' }, 'linux')).toBe('/home/a/.cfg/Ringdesk');
    expect(defaultDataDir({ APPDATA: 'C:\\Users\\a\\AppData\\Roaming' }, 'win32')).toMatch(/Roaming[\\/]Ringdesk$/);
    expect(defaultDataDir({}, 'darwin')).toMatch(/Library\/Application Support\/Ringdesk$/);
  });
});

describe('a settings patch', () => {
  it('changes only the fields it names, in every section', () => {
    const store = new SettingsStore(confIn(mkdtempSync(join(tmpdir(), 'rd-settings-'))));
    store.update({ general: { language: 'zh-CN', defaultRegion: 'GB', launchAtLogin: true } });
    const before = store.get();
    const after = store.update({ general: { theme: 'dark' } });
    expect(after.general).toEqual({ ...before.general, theme: 'dark' });
    for (const section of Object.keys(before) as (keyof typeof before)[]) {
      if (section !== 'general') expect(after[section], section).toEqual(before[section]);
    }
  });

  it('parses to exactly the fields that were given (no defaults slipped in)', () => {
    expect(SettingsPatch.parse({ general: { theme: 'dark' } })).toEqual({ general: { theme: 'dark' } });
    expect(SettingsPatch.parse({ desktop: { doNotDisturb: true } })).toEqual({ desktop: { doNotDisturb: true } });
    expect(SettingsPatch.parse({ sip: { dtmf: 'info' } })).toEqual({ sip: { dtmf: 'info' } });
    expect(SettingsPatch.parse({ integration: { templateKey: 'k' } })).toEqual({ integration: { templateKey: 'k' } });
  });
});
