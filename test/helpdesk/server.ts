// A real helpdesk over HTTP on 127.0.0.1 for the engine's tests: contacts of
// several types, users, tickets with comments, call logs; basic, OAuth2
// (authorization code + PKCE S256 + refresh) and client-credentials auth; and
// injectable faults. Tests assert on what it stored. Writes honour an
// `Idempotency-Key` header: a repeated key returns the first answer and
// stores nothing new.
import { createHash, randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Fault, FaultKind } from './faults';
import { routeMatches } from './faults';

export type AuthMode = 'none' | 'basic' | 'oauth2' | 'client-credentials';

export interface Contact {
  id: string;
  type: string;
  first_name: string;
  last_name: string;
  phone: string;
  mobile: string;
  email: string;
  company: string;
  owner: string;
  updated_at: string;
  /** Extra numbers served by `/api/contacts/:id/identities` (for `Outputs Next=`). */
  extra_numbers: string[];
}

export interface StoredWrite {
  id: string;
  body: Record<string, unknown>;
  idempotencyKey: string | undefined;
  at: number;
}

export interface HelpdeskOptions {
  readonly auth: AuthMode;
  readonly username?: string;
  readonly password?: string;
  readonly apiKey?: string;
  readonly clientId?: string;
  readonly clientSecret?: string;
  /** Access token lifetime; omitted means tokens do not expire on their own. */
  readonly tokenTtlSeconds?: number;
  /** Fixed delay before every API answer. */
  readonly latencyMs?: number;
  /** Refresh grants only at `/oauth/refresh` (newer editions' separate "Refresh access token" URL); `/oauth/token` refuses them. */
  readonly separateRefreshEndpoint?: boolean;
  /** Client-credentials grants also hand out a refresh token. */
  readonly clientCredentialsRefresh?: boolean;
  /** The scheme word the API expects in `Authorization` (default `Bearer`). */
  readonly tokenType?: string;
  /** Page size of the paged user routes when the request names none (default 100). */
  readonly defaultPageSize?: number;
}

export interface LoggedRequest {
  readonly method: string;
  readonly path: string;
  readonly query: Record<string, string>;
  readonly headers: Record<string, string>;
  readonly body: string;
}

const digits = (s: string) => s.replace(/[^0-9]/g, '');

function sameNumber(a: string, b: string): boolean {
  const x = digits(a);
  const y = digits(b);
  if (x.length < 6 || y.length < 6) return x !== '' && x === y;
  return x.endsWith(y.slice(-9)) && y.endsWith(x.slice(-9));
}

export class HelpdeskServer {
  readonly contacts: Contact[] = [];
  readonly users: { id: string; first_name: string; last_name: string; email: string }[] = [];
  readonly tickets: (StoredWrite & { comments: StoredWrite[] })[] = [];
  readonly calls: StoredWrite[] = [];
  readonly createdContacts: StoredWrite[] = [];
  readonly log: LoggedRequest[] = [];
  readonly faults: Fault[] = [];
  /** Every token grant: `authorization_code`, `refresh_token`, `client_credentials`. */
  readonly grants: string[] = [];
  /** Every token grant with the endpoint that answered it (`/oauth/token`, `/oauth/refresh`). */
  readonly grantLog: { grant: string; path: string }[] = [];
  /** Idempotency-Key of every write that was stored. */
  readonly idempotencyKeys: string[] = [];
  /** The most API requests that were being handled at the same moment. */
  maxInFlight = 0;
  #inFlight = 0;
  #server: Server | undefined;
  #url = '';
  #nextId = 1000;
  readonly #idempotent = new Map<string, { status: number; body: string }>();
  readonly #codes = new Map<string, { challenge: string; redirectUri: string }>();
  readonly #accessTokens = new Map<string, number>();
  readonly #refreshTokens = new Set<string>();

  constructor(readonly options: HelpdeskOptions) {}

  get url(): string {
    return this.#url;
  }

  async start(): Promise<this> {
    this.#server = createServer((req, res) => void this.#handle(req, res));
    await new Promise<void>((resolve) => this.#server?.listen(0, '127.0.0.1', resolve));
    this.#url = `http://127.0.0.1:${(this.#server.address() as AddressInfo).port}`;
    return this;
  }

  async close(): Promise<void> {
    const server = this.#server;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  addContact(contact: Partial<Contact> & { first_name: string; phone: string }): Contact {
    const full: Contact = {
      id: String(this.#nextId++),
      type: 'contacts',
      last_name: '',
      mobile: '',
      email: '',
      company: '',
      owner: 'owner-1',
      updated_at: new Date().toISOString(),
      extra_numbers: [],
      ...contact,
    };
    this.contacts.push(full);
    return full;
  }

  /** `count` users named User1..UserN (user1@example.com, ...). */
  addUsers(count: number): void {
    for (let i = 1; i <= count; i++) this.addUser(`User${i}`, 'Paged', `user${i}@example.com`);
  }

  addUser(first: string, last: string, email: string): string {
    const id = `u${this.#nextId++}`;
    this.users.push({ id, first_name: first, last_name: last, email });
    return id;
  }

  /** Injects a fault on a route for `count` requests (default 1), or at `rate` for every request. */
  inject(route: string, fault: FaultKind, count = 1, rate = 1): void {
    this.faults.push({ route, fault, remaining: count, rate });
  }

  clearFaults(): void {
    this.faults.length = 0;
  }

  /** Every access token stops working at once (as if they had all expired). */
  expireTokens(): void {
    this.#accessTokens.clear();
  }

  /** Refresh tokens are revoked too: the next refresh fails. */
  revokeRefreshTokens(): void {
    this.#refreshTokens.clear();
  }

  apiRequests(prefix = '/api/'): LoggedRequest[] {
    return this.log.filter((r) => r.path.startsWith(prefix));
  }

  #takeFault(method: string, path: string): FaultKind[] {
    const out: FaultKind[] = [];
    for (const f of this.faults) {
      if (f.remaining <= 0 || !routeMatches(f.route, method, path)) continue;
      if (f.rate < 1 && Math.random() >= f.rate) continue;
      f.remaining--;
      out.push(f.fault);
    }
    return out;
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.#url);
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const body = Buffer.concat(chunks).toString('utf8');
    const headers: Record<string, string> = {};
    for (const [k, v] of Object.entries(req.headers)) headers[k] = Array.isArray(v) ? v.join(', ') : (v ?? '');
    const method = req.method ?? 'GET';
    this.log.push({ method, path: url.pathname, query: Object.fromEntries(url.searchParams), headers, body });
    const send = (status: number, payload: unknown, extra: Record<string, string> = {}) => {
      res.writeHead(status, { 'content-type': 'application/json', ...extra }).end(typeof payload === 'string' ? payload : JSON.stringify(payload));
    };
    let dropAfterCommit = false;
    for (const fault of this.#takeFault(method, url.pathname)) {
      switch (fault.kind) {
        case 'latency':
          await new Promise((r) => setTimeout(r, fault.ms));
          break;
        case 'status':
          send(fault.status, fault.body ?? { error: `injected ${fault.status}` }, fault.retryAfter === undefined ? {} : { 'retry-after': fault.retryAfter });
          return;
        case 'malformed':
          send(200, '{"data": [ {"id": "1", ');
          return;
        case 'drop':
          req.socket.destroy();
          return;
        case 'drop-after-commit':
          dropAfterCommit = true;
          break;
        case 'token-invalid':
          send(401, { error: 'INVALID_TOKEN' });
          return;
      }
    }
    this.#inFlight++;
    this.maxInFlight = Math.max(this.maxInFlight, this.#inFlight);
    try {
      if (this.options.latencyMs) await new Promise((r) => setTimeout(r, this.options.latencyMs));
      if (url.pathname.startsWith('/oauth/')) return this.#oauth(url, method, body, headers, res, send);
      if (!this.#authorized(headers)) return send(401, { error: 'INVALID_TOKEN', message: 'authentication required' });
      const key = method === 'POST' ? headers['idempotency-key'] : undefined;
      const seen = key === undefined ? undefined : this.#idempotent.get(key);
      if (seen) return send(seen.status, seen.body);
      const answer = this.#api(method, url, body);
      if (key !== undefined && answer.status < 300) {
        this.#idempotent.set(key, { status: answer.status, body: JSON.stringify(answer.body) });
        this.idempotencyKeys.push(key);
      }
      if (dropAfterCommit) {
        req.socket.destroy();
        return;
      }
      send(answer.status, answer.body);
    } catch (error) {
      send(400, { error: error instanceof Error ? error.message : String(error) });
    } finally {
      this.#inFlight--;
    }
  }

  #authorized(headers: Record<string, string>): boolean {
    const auth = headers.authorization ?? '';
    const o = this.options;
    switch (o.auth) {
      case 'none':
        return o.apiKey === undefined || headers['x-api-key'] === o.apiKey;
      case 'basic': {
        // An API key alone, or as `key:` (empty password): helpdesks accept either.
        const expected = o.apiKey !== undefined ? [o.apiKey, `${o.apiKey}:`] : [`${o.username ?? ''}:${o.password ?? ''}`];
        return expected.some((e) => auth === `Basic ${Buffer.from(e).toString('base64')}`);
      }
      default: {
        const scheme = `${o.tokenType ?? 'Bearer'} `;
        const token = auth.startsWith(scheme) ? auth.slice(scheme.length) : '';
        const expires = this.#accessTokens.get(token);
        return expires !== undefined && expires > Date.now();
      }
    }
  }

  #issue(res: (status: number, payload: unknown) => void, withRefresh: boolean): void {
    const access = `at-${randomBytes(12).toString('hex')}`;
    const ttl = this.options.tokenTtlSeconds;
    this.#accessTokens.set(access, ttl === undefined ? Number.MAX_SAFE_INTEGER : Date.now() + ttl * 1000);
    const payload: Record<string, unknown> = { access_token: access, token_type: 'Bearer' };
    if (ttl !== undefined) payload.expires_in = ttl;
    if (withRefresh) {
      const refresh = `rt-${randomBytes(12).toString('hex')}`;
      this.#refreshTokens.add(refresh);
      payload.refresh_token = refresh;
    }
    res(200, payload);
  }

  #oauth(url: URL, method: string, body: string, headers: Record<string, string>, res: ServerResponse, send: (s: number, p: unknown) => void): void {
    const o = this.options;
    if (url.pathname === '/oauth/authorize' && method === 'GET') {
      const q = url.searchParams;
      if (q.get('client_id') !== o.clientId) return send(400, { error: 'unknown client_id' });
      if (q.get('response_type') !== 'code' || q.get('code_challenge_method') !== 'S256' || !q.get('code_challenge')) {
        return send(400, { error: 'PKCE S256 and response_type=code are required' });
      }
      const redirect = q.get('redirect_uri') ?? '';
      if (!/^http:\/\/127\.0\.0\.1:\d+\/callback$/.test(redirect)) return send(400, { error: 'redirect_uri must be a loopback /callback' });
      const code = `code-${randomBytes(8).toString('hex')}`;
      this.#codes.set(code, { challenge: q.get('code_challenge') ?? '', redirectUri: redirect });
      const target = new URL(redirect);
      target.searchParams.set('code', code);
      target.searchParams.set('state', q.get('state') ?? '');
      res.writeHead(302, { location: target.href }).end();
      return;
    }
    const refreshRoute = url.pathname === '/oauth/refresh' && method === 'POST' && o.separateRefreshEndpoint === true;
    if ((url.pathname === '/oauth/token' && method === 'POST') || refreshRoute) {
      const form = new URLSearchParams(headers['content-type']?.includes('json') ? '' : body);
      for (const [k, v] of url.searchParams) if (!form.has(k)) form.set(k, v);
      if (form.get('client_id') !== o.clientId || form.get('client_secret') !== o.clientSecret) return send(401, { error: 'invalid_client' });
      const grant = form.get('grant_type') ?? '';
      this.grants.push(grant);
      this.grantLog.push({ grant, path: url.pathname });
      if (o.separateRefreshEndpoint === true && (grant === 'refresh_token') !== refreshRoute) {
        return send(400, { error: 'unsupported_grant_type', error_description: refreshRoute ? 'only refresh_token here' : 'refresh tokens at /oauth/refresh' });
      }
      if (grant === 'client_credentials' && o.auth === 'client-credentials') return this.#issue(send, o.clientCredentialsRefresh === true);
      if (grant === 'authorization_code' && o.auth === 'oauth2') {
        const entry = this.#codes.get(form.get('code') ?? '');
        this.#codes.delete(form.get('code') ?? '');
        if (!entry) return send(400, { error: 'invalid_grant', error_description: 'unknown or used code' });
        const verifier = form.get('code_verifier') ?? '';
        if (createHash('sha256').update(verifier).digest('base64url') !== entry.challenge) return send(400, { error: 'invalid_grant', error_description: 'PKCE verification failed' });
        if (form.get('redirect_uri') !== entry.redirectUri) return send(400, { error: 'invalid_grant', error_description: 'redirect_uri mismatch' });
        return this.#issue(send, true);
      }
      if (grant === 'refresh_token' && (o.auth === 'oauth2' || o.clientCredentialsRefresh === true)) {
        const token = form.get('refresh_token') ?? '';
        if (!this.#refreshTokens.has(token)) return send(400, { error: 'invalid_grant', error_description: 'refresh token revoked' });
        this.#refreshTokens.delete(token);
        return this.#issue(send, true);
      }
      return send(400, { error: 'unsupported_grant_type' });
    }
    send(404, { error: 'no such oauth route' });
  }

  #write(list: StoredWrite[], body: string): StoredWrite {
    const parsed = JSON.parse(body === '' ? '{}' : body) as Record<string, unknown>;
    const entry: StoredWrite = { id: String(this.#nextId++), body: parsed, idempotencyKey: undefined, at: Date.now() };
    list.push(entry);
    return entry;
  }

  /** `/api/users/pages?page=N&per_page=M` (1-based pages) or `/api/users/slice?offset=N&limit=M`. */
  #userPage(path: string, q: URLSearchParams): { users: unknown[]; meta: { total: number } } {
    const number = (name: string) => (q.get(name) === null ? undefined : Number(q.get(name)));
    const size = number(path.endsWith('/pages') ? 'per_page' : 'limit') ?? this.options.defaultPageSize ?? 100;
    if (!Number.isInteger(size) || size < 1) throw new Error('page size must be a positive whole number');
    const start = path.endsWith('/pages') ? ((number('page') ?? 1) - 1) * size : (number('offset') ?? 0);
    if (!Number.isInteger(start) || start < 0) throw new Error('page or offset out of range');
    return { users: this.users.slice(start, start + size), meta: { total: this.users.length } };
  }

  #api(method: string, url: URL, body: string): { status: number; body: unknown } {
    const path = url.pathname;
    const q = url.searchParams;
    if (method === 'GET' && path === '/api/contacts/search') {
      const phone = q.get('phone') ?? '';
      const type = q.get('type');
      const data = this.contacts
        .filter((c) => (type === null || c.type === type) && (sameNumber(c.phone, phone) || sameNumber(c.mobile, phone)))
        .map(({ extra_numbers: _x, ...c }) => ({ ...c, url: `${this.#url}/app/${c.type}/${c.id}` }));
      return { status: 200, body: { data } };
    }
    const identities = /^\/api\/contacts\/([^/]+)\/identities$/.exec(path);
    if (method === 'GET' && identities) {
      const c = this.contacts.find((x) => x.id === identities[1]);
      if (!c) return { status: 404, body: { error: 'no such contact' } };
      return { status: 200, body: { identities: [{ type: 'email', value: c.email }, ...c.extra_numbers.map((value) => ({ type: 'phone_number', value }))] } };
    }
    const one = /^\/api\/contacts\/([^/]+)$/.exec(path);
    if (one && (method === 'PATCH' || method === 'PUT' || method === 'DELETE')) {
      const index = this.contacts.findIndex((x) => x.id === one[1]);
      const c = this.contacts[index];
      if (!c) return { status: 404, body: { error: `no contact ${one[1] ?? ''}` } };
      if (method === 'DELETE') {
        this.contacts.splice(index, 1);
        return { status: 204, body: '' };
      }
      const b = JSON.parse(body === '' ? '{}' : body) as Partial<Contact>;
      // PUT replaces the editable fields, PATCH changes the ones it names.
      const base = method === 'PUT' ? { first_name: '', last_name: '', phone: '', mobile: '', email: '', company: '' } : {};
      Object.assign(c, base, Object.fromEntries(Object.entries(b).filter(([k]) => ['first_name', 'last_name', 'phone', 'mobile', 'email', 'company'].includes(k))));
      return { status: 200, body: { id: c.id } };
    }
    if (method === 'POST' && path === '/api/contacts') {
      const w = this.#write(this.createdContacts, body);
      const b = w.body;
      const created = this.addContact({ first_name: String(b.first_name ?? ''), last_name: String(b.last_name ?? ''), phone: String(b.phone ?? ''), type: String(b.type ?? 'contacts') });
      return { status: 201, body: { id: created.id } };
    }
    if (method === 'GET' && path === '/api/users') return { status: 200, body: { users: this.users } };
    if (method === 'GET' && (path === '/api/users/pages' || path === '/api/users/slice')) return { status: 200, body: this.#userPage(path, q) };
    if (method === 'GET' && path === '/api/contacts/find') {
      // Real-time search: a name prefix (first or last name) or a run of digits anywhere in a number.
      const text = (q.get('q') ?? '').trim().toLowerCase();
      const type = q.get('type');
      const data = this.contacts
        .filter((c) => type === null || c.type === type)
        .filter((c) => text !== '' && (/^[0-9+]+$/.test(text) ? [c.phone, c.mobile].some((n) => digits(n).includes(digits(text))) : [c.first_name, c.last_name].some((n) => n.toLowerCase().startsWith(text))))
        .map(({ extra_numbers: _x, ...c }) => ({ ...c, url: `${this.#url}/app/${c.type}/${c.id}` }));
      return { status: 200, body: { data } };
    }
    if (method === 'GET' && path === '/api/departments') return { status: 200, body: { data: [{ id: 'dep-7', name: 'Support' }, { id: 'dep-8', name: 'Sales' }] } };
    if (method === 'POST' && path === '/api/tickets') {
      const w = this.#write(this.tickets, body) as StoredWrite & { comments: StoredWrite[] };
      w.comments = [];
      return { status: 201, body: { id: w.id } };
    }
    const comments = /^\/api\/tickets\/([^/]+)\/comments$/.exec(path);
    if (method === 'POST' && comments) {
      const ticket = this.tickets.find((t) => t.id === comments[1]);
      if (!ticket) return { status: 404, body: { error: `no ticket ${comments[1] ?? ''}` } };
      const w = this.#write(ticket.comments, body);
      return { status: 201, body: { id: w.id } };
    }
    if (method === 'POST' && path === '/api/calls') {
      const w = this.#write(this.calls, body);
      return { status: 201, body: { id: w.id } };
    }
    return { status: 404, body: { error: `no route ${method} ${path}` } };
  }
}
