// Where Electron's binary is, found WITHOUT loading the `electron` package:
// loading it starts a download when the binary is missing, and that fails
// (and throws) on machines that cannot reach the download host.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

/** @returns {string | undefined} the executable's path, or undefined when it is not installed */
export function electronBinary(root) {
  const packageDir = join(root, 'node_modules', 'electron');
  const pathFile = join(packageDir, 'path.txt');
  if (!existsSync(pathFile)) return undefined;
  const relative = readFileSync(pathFile, 'utf8').trim();
  if (relative === '') return undefined;
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH || join(packageDir, 'dist');
  const executable = join(distDir, relative);
  return existsSync(executable) ? executable : undefined;
}
