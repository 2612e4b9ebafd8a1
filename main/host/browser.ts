// The browser host: serves the built renderer on 127.0.0.1 and carries the
// IPC contract over a WebSocket. It exists because Electron's binary cannot
// always be downloaded, and so the real renderer can run in Chromium under
// Playwright. It refuses any WebSocket without this run's random token or
// from another Origin, and listens on loopback only.
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { createReadStream, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve } from 'node:path';
import { WebSocketServer } from 'ws';
import type { WebSocket } from 'ws';
import type { Ringdesk } from '../app/ringdesk';
import { ClientMessage } from '../../shared/ipc-wire';
import type { ServerMessage } from '../../shared/ipc-wire';
import { contentTypeOf, rendererFile } from './renderer-files';

export interface BrowserHostOptions {
  readonly ringdesk: Ringdesk;
  /** Folder of the built renderer (index.html and assets). */
  readonly rendererDir: string;
  /** 0 (the default) picks a free port. */
  readonly port?: number;
  readonly log?: (line: string) => void;
}

export interface BrowserHost {
  readonly url: string;
  readonly origin: string;
  readonly token: string;
  readonly port: number;
  close(): Promise<void>;
}

const LOOPBACK = '127.0.0.1';
export const IPC_PATH = '/ipc';
const MAX_MESSAGE_BYTES = 1024 * 1024;

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

function contentSecurityPolicy(origin: string): string {
  const wsOrigin = origin.replace(/^http/, 'ws');
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "media-src 'self' blob: mediastream:",
    // The SIP WebSocket goes to the PBX the admin configured: any ws/wss URL.
    `connect-src 'self' ${wsOrigin} ws: wss:`,
    "object-src 'none'",
    "base-uri 'none'",
    "frame-ancestors 'none'",
  ].join('; ');
}

export async function startBrowserHost(options: BrowserHostOptions): Promise<BrowserHost> {
  const log = options.log ?? (() => {});
  const token = randomBytes(24).toString('base64url');
  const rendererDir = resolve(options.rendererDir);
  let origin = '';

  const server: Server = createServer((request, response) => serveStatic(rendererDir, origin, request, response));
  const sockets = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });

  server.on('upgrade', (request, socket, head) => {
    const refusal = refuseUpgrade(request, origin, token);
    if (refusal !== undefined) {
      log(`browser host: refused WebSocket (${refusal.reason})`);
      socket.end(`HTTP/1.1 ${refusal.status} ${refusal.reason}\r\nConnection: close\r\nContent-Length: 0\r\n\r\n`);
      return;
    }
    sockets.handleUpgrade(request, socket, head, (ws) => sockets.emit('connection', ws, request));
  });

  const unsubscribe = options.ringdesk.events.subscribe((channel, payload) => {
    const message = JSON.stringify({ type: 'event', channel, payload } satisfies ServerMessage);
    for (const client of sockets.clients) client.send(message);
  });

  sockets.on('connection', (ws: WebSocket) => {
    ws.on('message', (data, isBinary) => {
      void handleMessage(options.ringdesk, ws, isBinary ? null : data.toString(), log);
    });
  });

  await new Promise<void>((resolvePromise, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, LOOPBACK, () => resolvePromise());
  });
  const { port } = server.address() as AddressInfo;
  origin = `http://${LOOPBACK}:${port}`;

  return {
    url: `${origin}/?token=${token}`,
    origin,
    token,
    port,
    async close() {
      unsubscribe();
      for (const client of sockets.clients) client.terminate();
      sockets.close();
      server.closeAllConnections();
      await new Promise<void>((resolvePromise) => server.close(() => resolvePromise()));
    },
  };
}

function refuseUpgrade(request: IncomingMessage, origin: string, token: string): { status: number; reason: string } | undefined {
  const url = new URL(request.url ?? '/', origin);
  if (url.pathname !== IPC_PATH) return { status: 404, reason: 'Not Found' };
  if (request.headers.origin !== origin) return { status: 403, reason: 'Forbidden Origin' };
  const given = url.searchParams.get('token') ?? '';
  if (!sameSecret(given, token)) return { status: 401, reason: 'Unauthorized' };
  return undefined;
}

async function handleMessage(ringdesk: Ringdesk, ws: WebSocket, text: string | null, log: (line: string) => void): Promise<void> {
  const reply = (message: ServerMessage) => ws.send(JSON.stringify(message));
  let json: unknown;
  try {
    if (text === null) throw new Error('binary messages are not part of the contract');
    json = JSON.parse(text);
  } catch (error) {
    reply({ type: 'result', id: null, ok: false, error: { name: 'ContractError', message: `message is not JSON: ${(error as Error).message}` } });
    return;
  }
  const message = ClientMessage.safeParse(json);
  if (!message.success) {
    const fields = message.error.issues.map((i) => i.path.join('.'));
    log(`browser host: malformed message (${fields.join(', ')})`);
    reply({ type: 'result', id: null, ok: false, error: { name: 'ContractError', message: `malformed message: ${fields.join(', ')}`, fields } });
    return;
  }
  const { id, channel, payload } = message.data;
  const outcome = await ringdesk.dispatcher.invoke(channel, payload);
  reply({ type: 'result', id, ...outcome });
}

function serveStatic(rendererDir: string, origin: string, request: IncomingMessage, response: ServerResponse): void {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { Allow: 'GET, HEAD' }).end();
    return;
  }
  const { pathname } = new URL(request.url ?? '/', origin);
  const target = rendererFile(rendererDir, pathname);
  if (!target.ok) {
    response.writeHead(target.status).end();
    return;
  }
  let file = target.file;
  let size: number;
  try {
    const stat = statSync(file);
    if (stat.isDirectory()) file = join(file, 'index.html');
    size = statSync(file).size;
  } catch {
    // Client-side routes fall back to the app shell; missing assets are 404.
    if (extname(file) !== '') {
      response.writeHead(404).end();
      return;
    }
    file = join(rendererDir, 'index.html');
    size = statSync(file).size;
  }
  response.writeHead(200, {
    'Content-Type': contentTypeOf(file),
    'Content-Length': size,
    'Content-Security-Policy': contentSecurityPolicy(origin),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-store',
  });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  createReadStream(file).pipe(response);
}
