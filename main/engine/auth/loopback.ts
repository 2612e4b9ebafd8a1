// The OAuth2 redirect target: a one-shot HTTP server on 127.0.0.1 (on the
// port the admin registered with the helpdesk, or any free one) that waits for `/callback?code=...&state=...`, checks `state`, and
// shows the user a short page telling them to go back to Ringdesk.
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { problem, ProblemError } from '../../../shared/i18n/problem';

export interface LoopbackRedirect {
  readonly redirectUri: string;
  /** Resolves with the authorization code; rejects on error, state mismatch or timeout. */
  readonly code: Promise<string>;
  close(): void;
}

const page = (text: string) => `<!doctype html><meta charset="utf-8"><title>Ringdesk</title><p>${text}</p>`;

export async function listenForRedirect(expectedState: string, timeoutMs: number, port = 0): Promise<LoopbackRedirect> {
  let settle: { resolve: (code: string) => void; reject: (error: Error) => void } | undefined;
  const code = new Promise<string>((resolve, reject) => {
    settle = { resolve, reject };
  });
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (url.pathname !== '/callback') {
      res.writeHead(404).end();
      return;
    }
    const error = url.searchParams.get('error');
    const state = url.searchParams.get('state');
    const value = url.searchParams.get('code');
    if (error !== null) {
      res.writeHead(400, { 'content-type': 'text/html' }).end(page('The helpdesk did not grant access. You can close this tab.'));
      settle?.reject(new Error(`authorization was refused: ${error}`));
    } else if (state !== expectedState) {
      // Not ours (or forged): ignore it and keep waiting for the real redirect.
      res.writeHead(400, { 'content-type': 'text/html' }).end(page('This sign-in link is not the one Ringdesk started.'));
      return;
    } else if (value === null || value === '') {
      res.writeHead(400, { 'content-type': 'text/html' }).end(page('The helpdesk sent no authorization code.'));
      settle?.reject(new Error('the redirect carried no authorization code'));
    } else {
      res.writeHead(200, { 'content-type': 'text/html' }).end(page('Ringdesk is connected. You can close this tab.'));
      settle?.resolve(value);
    }
    setImmediate(close);
  });
  const timer = setTimeout(() => {
    settle?.reject(new Error(`no answer from the browser within ${Math.round(timeoutMs / 1000)} s`));
    close();
  }, timeoutMs);
  function close() {
    clearTimeout(timer);
    server.close();
    server.closeAllConnections();
  }
  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => resolve());
    });
  } catch (error) {
    clearTimeout(timer);
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EADDRINUSE') throw new ProblemError(problem('signIn.redirectPortInUse', { port }));
    throw new ProblemError(problem('signIn.redirectListenFailed', { port, detail: (error as Error).message }));
  }
  const bound = (server.address() as AddressInfo).port;
  code.catch(() => {});
  return { redirectUri: `http://127.0.0.1:${bound}/callback`, code, close };
}
