// Lets the processes inside the test namespace reach a TCP server that runs
// on the machine's own 127.0.0.1 (Request Tracker, started by rt-server.ts),
// at the same address and port, without giving the namespace any route out:
//
//   app in the namespace -> 127.0.0.1:<port> (namespace) -> forwarder (node,
//   inside) -> Unix socket in the namespace's work folder -> this process
//   (outside) -> 127.0.0.1:<port> (machine)
//
// A Unix socket lives in the file system, which the namespace shares, so it
// is the one door between the two network stacks. Only this port passes.
// The outside half sees every byte the app sends, so it also counts the HTTP
// requests (request lines) the app sent: the number a helpdesk would bill.
// When the server is stopped, the app's connection is accepted by the
// forwarder and then closed at once (a reset, not a refusal): both are
// network errors to an HTTP client.
import type { ChildProcess } from 'node:child_process';
import { createConnection, createServer } from 'node:net';
import type { Server, Socket } from 'node:net';
import { join } from 'node:path';
import type { LoopbackNamespace } from './netns';

export interface RequestLine {
  /** Date.now() when the bytes reached the bridge. */
  readonly at: number;
  /** e.g. `POST /rt/REST/2.0/ticket` (the query string is kept; bodies are not). */
  readonly line: string;
}

export interface LoopbackBridge {
  readonly port: number;
  /** Every HTTP request line the namespace sent through the bridge, oldest first. */
  readonly requests: readonly RequestLine[];
  close(): Promise<void>;
}

// Runs inside the namespace: argv = [port, unix socket path].
const FORWARDER = `
const net = require('node:net');
const [port, path] = process.argv.slice(1);
const server = net.createServer((client) => {
  const upstream = net.connect(path);
  const close = () => { client.destroy(); upstream.destroy(); };
  client.pipe(upstream);
  upstream.pipe(client);
  client.on('error', close);
  upstream.on('error', close);
  client.on('close', close);
  upstream.on('close', close);
});
server.listen(Number(port), '127.0.0.1', () => console.log('listening'));
process.on('SIGTERM', () => process.exit(0));
`;

const REQUEST_LINE = /(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS) (\/\S*) HTTP\/1\.[01]\r\n/g;

export async function bridgeIntoNamespace(ns: LoopbackNamespace, port: number): Promise<LoopbackBridge> {
  const socketPath = join(ns.workDir, `bridge-${port}.sock`);
  const requests: RequestLine[] = [];
  const open = new Set<Socket>();

  const outside: Server = createServer((fromNamespace) => {
    open.add(fromNamespace);
    const upstream = createConnection({ host: '127.0.0.1', port });
    open.add(upstream);
    let pending = '';
    fromNamespace.on('data', (chunk: Buffer) => {
      pending += chunk.toString('latin1');
      let consumed = 0;
      for (const match of pending.matchAll(REQUEST_LINE)) {
        requests.push({ at: Date.now(), line: `${match[1] ?? ''} ${match[2] ?? ''}` });
        consumed = (match.index ?? 0) + match[0].length;
      }
      // Keep a tail long enough to hold a request line split across chunks.
      pending = pending.slice(consumed).slice(-8192);
    });
    fromNamespace.pipe(upstream);
    upstream.pipe(fromNamespace);
    const close = () => {
      fromNamespace.destroy();
      upstream.destroy();
      open.delete(fromNamespace);
      open.delete(upstream);
    };
    fromNamespace.on('error', close);
    upstream.on('error', close);
    fromNamespace.on('close', close);
    upstream.on('close', close);
  });
  await new Promise<void>((resolve, reject) => {
    outside.once('error', reject);
    outside.listen(socketPath, () => resolve());
  });

  const inside: ChildProcess = ns.spawn(process.execPath, ['-e', FORWARDER, String(port), socketPath], { stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  inside.stderr?.on('data', (d: Buffer) => (log += d.toString()));
  await new Promise<void>((resolve, reject) => {
    inside.stdout?.on('data', (d: Buffer) => d.toString().includes('listening') && resolve());
    inside.once('exit', (code) => reject(new Error(`the namespace side of the bridge to port ${port} exited (${code}): ${log.trim()}`)));
  });

  return {
    port,
    requests,
    async close() {
      if (inside.exitCode === null && inside.signalCode === null) {
        const exited = new Promise((r) => inside.once('exit', r));
        inside.kill('SIGTERM');
        await exited;
      }
      for (const socket of open) socket.destroy();
      await new Promise<void>((resolve) => outside.close(() => resolve()));
    },
  };
}
