import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { electronBinary } from '../../../main/host/electron-binary.mjs';

function fakeProject(pathTxt: string | undefined, executable?: string): string {
  const root = mkdtempSync(join(tmpdir(), 'rd-electron-'));
  const pkg = join(root, 'node_modules', 'electron');
  mkdirSync(join(pkg, 'dist'), { recursive: true });
  // index.js would start a download if it were ever loaded; detection must not load it.
  writeFileSync(join(pkg, 'index.js'), 'throw new Error("loaded electron/index.js")');
  if (pathTxt !== undefined) writeFileSync(join(pkg, 'path.txt'), pathTxt);
  if (executable) writeFileSync(join(pkg, 'dist', executable), '');
  return root;
}

describe("finding Electron's binary without loading the electron package", () => {
  it('finds the executable that path.txt names under dist/', () => {
    const root = fakeProject('electron', 'electron');
    expect(electronBinary(root)).toBe(join(root, 'node_modules', 'electron', 'dist', 'electron'));
  });

  it('reports none when the package was installed without its binary (no path.txt)', () => {
    expect(electronBinary(fakeProject(undefined))).toBeUndefined();
  });

  it('reports none when path.txt names a file that is not there', () => {
    expect(electronBinary(fakeProject('electron'))).toBeUndefined();
  });

  it('reports none when Electron is not installed at all', () => {
    expect(electronBinary(mkdtempSync(join(tmpdir(), 'rd-empty-')))).toBeUndefined();
  });
});
