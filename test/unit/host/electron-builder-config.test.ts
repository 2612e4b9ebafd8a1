// electron-builder is not installed for tests (its install downloads
// platform tools), so its configuration is checked as data here.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { projectRoot } from '../../support/browser-host';

interface BuilderConfig {
  appId?: string;
  productName?: string;
  asar?: boolean;
  icon?: string;
  directories?: { buildResources?: string };
  electronFuses?: Record<string, boolean>;
  protocols?: { name: string; schemes: string[] }[];
  linux?: { target?: string[]; mimeTypes?: string[]; icon?: string };
  win?: { target?: string[] };
  mac?: { target?: string[]; extendInfo?: Record<string, string> };
  publish?: unknown;
}

const config = parse(readFileSync(join(projectRoot, 'electron-builder.yml'), 'utf8')) as BuilderConfig;

function pngSize(file: string): { width: number; height: number } {
  const data = readFileSync(file);
  expect(data.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a');
  return { width: data.readUInt32BE(16), height: data.readUInt32BE(20) };
}

describe('the packaging configuration', () => {
  it('names the app', () => {
    expect(config.appId).toBe('com.ringdesk.app');
    expect(config.productName).toBe('Ringdesk');
  });

  it('builds an AppImage and a deb for Linux, an NSIS installer for Windows and a dmg for macOS', () => {
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.win?.target).toEqual(['nsis']);
    expect(config.mac?.target).toEqual(['dmg']);
  });

  it('registers Ringdesk for tel:, sip: and callto: links', () => {
    expect(config.protocols?.flatMap((p) => p.schemes).sort()).toEqual(['callto', 'sip', 'tel']);
    expect(config.linux?.mimeTypes?.sort()).toEqual(['x-scheme-handler/callto', 'x-scheme-handler/sip', 'x-scheme-handler/tel']);
  });

  it('flips the fuses of the security checklist and packs the app in an integrity-checked ASAR', () => {
    expect(config.asar).toBe(true);
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('asks macOS users for the microphone with a reason', () => {
    expect(config.mac?.extendInfo?.NSMicrophoneUsageDescription).toMatch(/microphone/);
  });

  it('ships no update feed: auto-update is off unless a feed is configured', () => {
    expect(config.publish).toBeNull();
  });

  it('has the icons it names: a 1024 px app icon and the Linux sizes', () => {
    expect(config.directories?.buildResources).toBe('main/build-resources');
    expect(pngSize(join(projectRoot, config.icon ?? 'missing'))).toEqual({ width: 1024, height: 1024 });
    for (const size of [16, 32, 48, 64, 128, 256, 512]) {
      const file = join(projectRoot, config.linux?.icon ?? 'missing', `${size}x${size}.png`);
      expect(existsSync(file), file).toBe(true);
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
  });
});
