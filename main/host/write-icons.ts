// Writes the packaging icons into main/build-resources/ (committed; run again
// after changing icon-image.ts): `npx tsx main/host/write-icons.ts`.
// electron-builder makes the .icns (macOS) and .ico (Windows) from the
// 1024 px PNG, and takes the Linux sizes from icons/.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { appIconPng } from './icon-image';

const resources = resolve(import.meta.dirname, '..', 'build-resources');
mkdirSync(join(resources, 'icons'), { recursive: true });
writeFileSync(join(resources, 'icon.png'), appIconPng(1024));
for (const size of [16, 32, 48, 64, 128, 256, 512]) {
  writeFileSync(join(resources, 'icons', `${size}x${size}.png`), appIconPng(size));
}
console.log(`icons written to ${resources}`);
