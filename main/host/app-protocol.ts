// Serves the built renderer as app://ringdesk/... for protocol.handle: files
// under the renderer folder only, with the CSP and the other headers of
// security-policy.ts. No Electron import, so it is tested under plain Node.
import { readFile } from 'node:fs/promises';
import { extname, join, resolve, sep } from 'node:path';
import { APP_HOST, appResponseHeaders } from './security-policy';

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

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: appResponseHeaders('text/plain; charset=utf-8') });
}

export async function serveAppRequest(requestUrl: string, rendererDir: string, method = 'GET'): Promise<Response> {
  if (method !== 'GET' && method !== 'HEAD') return plain(405, 'method not allowed');
  let url: URL;
  try {
    url = new URL(requestUrl);
  } catch {
    return plain(400, 'bad URL');
  }
  if (url.host !== APP_HOST) return plain(404, 'not found');
  let relative: string;
  try {
    relative = decodeURIComponent(url.pathname).replace(/^\/+/, '');
  } catch {
    return plain(400, 'bad URL');
  }
  if (relative.includes('\0')) return plain(400, 'bad URL');
  const root = resolve(rendererDir);
  const file = resolve(join(root, relative === '' ? 'index.html' : relative));
  if (file !== root && !file.startsWith(root + sep)) return plain(403, 'forbidden');
  try {
    const body = await readFile(file);
    const headers = appResponseHeaders(CONTENT_TYPES[extname(file)] ?? 'application/octet-stream');
    return new Response(method === 'HEAD' ? null : body, { status: 200, headers });
  } catch {
    return plain(404, 'not found');
  }
}
