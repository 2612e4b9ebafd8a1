// Which file of the built renderer a request path names, for both hosts (the
// browser host's HTTP server and Electron's app:// protocol): decoded safely,
// confined to the renderer folder, with its content type.
import { extname, join, resolve, sep } from 'node:path';

const CONTENT_TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.json': 'application/json',
  '.woff2': 'font/woff2',
  '.wav': 'audio/wav',
  '.ogg': 'audio/ogg',
  '.mp3': 'audio/mpeg',
};

export function contentTypeOf(file: string): string {
  return CONTENT_TYPES[extname(file)] ?? 'application/octet-stream';
}

export type RendererFile = { ok: true; file: string } | { ok: false; status: 400 | 403; reason: string };

/** Maps a URL path to a file under rendererDir; `/` is index.html. Never throws. */
export function rendererFile(rendererDir: string, pathname: string): RendererFile {
  let relative: string;
  try {
    relative = decodeURIComponent(pathname).replace(/^[/\\]+/, '');
  } catch {
    return { ok: false, status: 400, reason: 'bad URL encoding' };
  }
  if (relative.includes('\0')) return { ok: false, status: 400, reason: 'bad URL' };
  const root = resolve(rendererDir);
  const file = resolve(join(root, relative === '' ? 'index.html' : relative));
  if (file !== root && !file.startsWith(root + sep)) return { ok: false, status: 403, reason: 'outside the app' };
  return { ok: true, file };
}
