// Builds the Go reference programs under test/reference/<name>/ with Debian's
// golang-go and golang-github-tidwall-gjson-dev, offline, in GOPATH mode.
// Binaries are cached in .cache/go-reference/ keyed by a hash of the source.
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);
const projectRoot = resolve(import.meta.dirname, '..', '..');
const cacheDir = join(projectRoot, '.cache', 'go-reference');

function sourceHash(dir: string): string {
  const hash = createHash('sha256');
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.go')).sort()) {
    hash.update(file).update(readFileSync(join(dir, file)));
  }
  return hash.digest('hex').slice(0, 16);
}

/** Returns the path of the built binary for test/reference/<name>/. */
export async function buildGoReference(name: string): Promise<string> {
  const sourceDir = join(projectRoot, 'test', 'reference', name);
  const binary = join(cacheDir, `${name}-${sourceHash(sourceDir)}`);
  if (existsSync(binary)) return binary;
  mkdirSync(cacheDir, { recursive: true });
  await run('go', ['build', '-o', binary, '.'], {
    cwd: sourceDir,
    env: {
      ...process.env,
      GO111MODULE: 'off',
      GOPATH: '/usr/share/gocode',
      GOPROXY: 'off',
      GOFLAGS: '',
      GOCACHE: join(cacheDir, 'gocache'),
    },
  });
  return binary;
}
