// `npm start` on this machine: Electron's package is installed without its
// binary, so start must notice that without loading the package (which would
// start a download) and run the browser host instead.
import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronBinary } from '../../../main/host/electron-binary.mjs';
import { projectRoot } from '../../support/browser-host';

describe.skipIf(electronBinary(projectRoot) !== undefined)('npm start without an Electron binary', () => {
  it('falls back to the browser host, prints a working URL, and never fetches Electron', async () => {
    const child = spawn(process.execPath, [join(projectRoot, 'main/host/start.mjs')], {
      cwd: projectRoot,
      env: { ...process.env, RINGDESK_SKIP_BUILD: '1', RINGDESK_NO_BROWSER: '1', RINGDESK_DATA_DIR: mkdtempSync(join(tmpdir(), 'rd-start-')) },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let output = '';
    try {
      const url = await new Promise<string>((resolve, reject) => {
        const onData = (chunk: Buffer) => {
          output += chunk.toString();
          const match = /Ringdesk is running at (\S+)/.exec(output);
          if (match?.[1]) resolve(match[1]);
        };
        child.stdout.on('data', onData);
        child.stderr.on('data', onData);
        child.once('exit', (code) => reject(new Error(`npm start exited (${code}):\n${output}`)));
      });
      expect(output).toContain("Electron's binary is not installed here; starting the browser host.");
      expect(output).not.toMatch(/Downloading Electron/);
      expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[\w-]{20,}$/);
      const page = await fetch(url);
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<div id="root">');
      expect(existsSync(join(projectRoot, 'node_modules/electron/path.txt'))).toBe(false);
    } finally {
      const exited = new Promise((resolve) => child.once('exit', resolve));
      child.kill('SIGTERM');
      await exited;
    }
  });
});
