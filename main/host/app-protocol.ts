// Serves the built renderer as app://ringdesk/... for protocol.handle: files
// under the renderer folder only, with the CSP and the other headers of
// security-policy.ts. No Electron import, so it is tested under plain Node.
import { readFile } from 'node:fs/promises';
import { APP_HOST, appResponseHeaders } from './security-policy';
import { contentTypeOf, rendererFile } from './renderer-files';

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
  const target = rendererFile(rendererDir, url.pathname);
  if (!target.ok) return plain(target.status, target.reason);
  const { file } = target;
  try {
    const body = await readFile(file);
    const headers = appResponseHeaders(contentTypeOf(file));
    return new Response(method === 'HEAD' ? null : body, { status: 200, headers });
  } catch {
    return plain(404, 'not found');
  }
}
