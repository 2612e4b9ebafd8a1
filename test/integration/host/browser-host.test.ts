import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { networkInterfaces, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { startBrowserHost } from '../../../main/host/browser';
import type { BrowserHost } from '../../../main/host/browser';
import { ringdeskInProcess } from '../../support/ringdesk-in-process';

let host: BrowserHost;
const log: string[] = [];

function rendererFixture(): string {
  const dir = mkdtempSync(join(tmpdir(), 'rd-renderer-'));
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Ringdesk</title>');
  mkdirSync(join(dir, 'assets'));
  writeFileSync(join(dir, 'assets', 'app.js'), 'console.log(1)');
  return dir;
}

/** Opens a socket and resolves with the HTTP status of the refusal, or 101 when accepted. */
function upgradeStatus(url: string, origin: string | undefined): Promise<number> {
  return new Promise((resolve) => {
    const ws = new WebSocket(url, origin === undefined ? {} : { origin });
    ws.on('open', () => {
      ws.close();
      resolve(101);
    });
    ws.on('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    ws.on('error', () => resolve(-1));
  });
}

interface Connection {
  call(message: unknown): Promise<Record<string, unknown>>;
  next(): Promise<Record<string, unknown>>;
  close(): void;
}

async function connect(): Promise<Connection> {
  const ws = new WebSocket(`ws://127.0.0.1:${host.port}/ipc?token=${host.token}`, { origin: host.origin });
  const queue: Record<string, unknown>[] = [];
  const waiters: ((m: Record<string, unknown>) => void)[] = [];
  ws.on('message', (data) => {
    const message = JSON.parse(String(data)) as Record<string, unknown>;
    const waiter = waiters.shift();
    if (waiter) waiter(message);
    else queue.push(message);
  });
  await new Promise((resolve, reject) => {
    ws.once('open', resolve);
    ws.once('error', reject);
  });
  const next = () => new Promise<Record<string, unknown>>((resolve) => {
    const queued = queue.shift();
    if (queued) resolve(queued);
    else waiters.push(resolve);
  });
  return {
    next,
    call(message) {
      ws.send(typeof message === 'string' ? message : JSON.stringify(message));
      return next();
    },
    close: () => ws.close(),
  };
}

beforeAll(async () => {
  const { ringdesk } = ringdeskInProcess();
  host = await startBrowserHost({ ringdesk, rendererDir: rendererFixture(), log: (l) => log.push(l) });
});
afterAll(async () => host.close());

describe('the browser host', () => {
  it('listens on the loopback address only', () => {
    expect(host.origin).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
  });

  it('cannot be reached on any non-loopback address of this machine', async () => {
    const others = Object.values(networkInterfaces())
      .flat()
      .filter((a) => a !== undefined && a.family === 'IPv4' && !a.internal)
      .map((a) => a?.address ?? '');
    for (const address of others) {
      await expect(fetch(`http://${address}:${host.port}/`)).rejects.toThrow();
    }
  });

  it('serves the renderer with a content security policy', async () => {
    const response = await fetch(`${host.origin}/`);
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('<title>Ringdesk</title>');
    expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it('refuses to serve files outside the renderer folder', async () => {
    for (const path of ['/assets/..%2f..%2f..%2f..%2fetc%2fpasswd', '/..%2f..%2f..%2fetc/hostname', '/%2e%2e/%2e%2e/etc/hosts']) {
      const response = await fetch(`${host.origin}${path}`);
      const body = await response.text();
      // Either refused, or the app shell (a client-side route): never the file.
      if (response.status === 200) expect(body).toContain('<title>Ringdesk</title>');
      else expect([403, 404]).toContain(response.status);
    }
  });

  it('answers a malformed URL escape with 400 and keeps serving', async () => {
    expect((await fetch(`${host.origin}/%E0%A4%A`)).status).toBe(400);
    expect((await fetch(`${host.origin}/`)).status).toBe(200);
  });

  it('accepts a WebSocket with the token from its own origin', async () => {
    expect(await upgradeStatus(`ws://127.0.0.1:${host.port}/ipc?token=${host.token}`, host.origin)).toBe(101);
  });

  it('refuses a WebSocket without the token', async () => {
    expect(await upgradeStatus(`ws://127.0.0.1:${host.port}/ipc`, host.origin)).toBe(401);
  });

  it('refuses a WebSocket with a wrong token', async () => {
    expect(await upgradeStatus(`ws://127.0.0.1:${host.port}/ipc?token=${host.token.slice(0, -1)}x`, host.origin)).toBe(401);
  });

  it('refuses a WebSocket from another Origin, even with the token', async () => {
    expect(await upgradeStatus(`ws://127.0.0.1:${host.port}/ipc?token=${host.token}`, 'http://evil.example')).toBe(403);
    expect(await upgradeStatus(`ws://127.0.0.1:${host.port}/ipc?token=${host.token}`, undefined)).toBe(403);
    expect(log.some((l) => l.includes('refused WebSocket (Forbidden Origin)'))).toBe(true);
  });

  it('answers an invoke with the handler result', async () => {
    const connection = await connect();
    const reply = await connection.call({ type: 'invoke', id: 1, channel: 'app.info' });
    expect(reply).toMatchObject({ type: 'result', id: 1, ok: true, result: { name: 'Ringdesk', host: 'browser' } });
    connection.close();
  });

  it('refuses a payload that fails the validator, names the channel and field, and keeps serving', async () => {
    const connection = await connect();
    const reply = await connection.call({ type: 'invoke', id: 2, channel: 'settings.set', payload: { general: { theme: 42 } } });
    expect(reply).toMatchObject({ id: 2, ok: false, error: { channel: 'settings.set', fields: ['general.theme'] } });
    expect((reply.error as { message: string }).message).toMatch(/^settings\.set request rejected: general\.theme:/);
    expect(await connection.call({ type: 'invoke', id: 3, channel: 'settings.get' })).toMatchObject({ id: 3, ok: true });
    connection.close();
  });

  it('refuses an unknown channel', async () => {
    const connection = await connect();
    const reply = await connection.call({ type: 'invoke', id: 4, channel: 'shell.exec', payload: 'rm -rf /' });
    expect(reply).toMatchObject({ id: 4, ok: false, error: { message: 'unknown channel "shell.exec"' } });
    connection.close();
  });

  it('answers a message that is not JSON, or not an invoke, with an error and stays open', async () => {
    const connection = await connect();
    expect(await connection.call('{nope')).toMatchObject({ id: null, ok: false, error: { message: expect.stringMatching(/^message is not JSON/) } });
    expect(await connection.call({ type: 'subscribe', id: 'x' })).toMatchObject({ id: null, ok: false, error: { fields: ['type', 'id', 'channel'] } });
    expect(await connection.call({ type: 'invoke', id: 5, channel: 'app.info' })).toMatchObject({ id: 5, ok: true });
    connection.close();
  });

  it('pushes settings.changed to every open connection', async () => {
    const first = await connect();
    const second = await connect();
    const reply = await first.call({ type: 'invoke', id: 6, channel: 'settings.set', payload: { general: { theme: 'dark' } } });
    // The event may overtake the result on the connection that asked.
    const firstMessages = [reply, await first.next()];
    expect(firstMessages).toContainEqual(expect.objectContaining({ type: 'event', channel: 'settings.changed' }));
    expect(await second.next()).toMatchObject({ type: 'event', channel: 'settings.changed', payload: { general: { theme: 'dark' } } });
    first.close();
    second.close();
  });
});
