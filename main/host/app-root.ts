// Finds the installed app's root (the folder with Ringdesk's package.json),
// whether this code runs bundled from out/main/ or from source under tsx.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

export function findAppRoot(start: string): string {
  let dir = start;
  for (;;) {
    const candidate = join(dir, 'package.json');
    if (existsSync(candidate) && (JSON.parse(readFileSync(candidate, 'utf8')) as { name?: string }).name === 'ringdesk') return dir;
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`cannot find Ringdesk's package.json above ${start}`);
    dir = parent;
  }
}

export function appVersion(root: string): string {
  return (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string }).version;
}
