// The demo helpdesk: a small helpdesk on 127.0.0.1 that a newcomer can try
// Ringdesk against without an account anywhere. It keeps sample contacts,
// answers the demo template's requests (contact search, new contacts,
// tickets, call logs, users) and serves a contact page for the call popup,
// which lists what Ringdesk wrote for that contact. State lives in memory.
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { contactPage, overviewPage } from './demo-pages';

export interface DemoContact {
  readonly id: string;
  readonly type: 'contacts' | 'leads';
  readonly firstName: string;
  readonly lastName: string;
  readonly company: string;
  readonly email: string;
  readonly phone: string;
  readonly title: string;
}

export interface DemoRecord {
  readonly id: string;
  readonly contactId: string;
  readonly subject: string;
  readonly description: string;
  readonly at: number;
}

export const DEMO_CONTACTS: readonly Omit<DemoContact, 'id'>[] = [
  { type: 'contacts', firstName: 'Ada', lastName: 'Lovelace', company: 'Analytical Engines Ltd', email: 'ada@engines.example', phone: '+1 415 555 0134', title: 'Head of Operations' },
  { type: 'contacts', firstName: 'Lei', lastName: 'Li', company: 'Shanghai Sample Tech', email: 'li.lei@sample.example', phone: '+1 415 555 0172', title: 'IT Manager' },
  { type: 'leads', firstName: 'Grace', lastName: 'Hopper', company: 'Compiler Works', email: 'grace@compiler.example', phone: '+1 415 555 0199', title: 'CTO' },
];

/** A number no demo contact has: calls from it show "Create contact". */
export const DEMO_UNKNOWN_NUMBER = '+1 415 555 0123';

const MAX_BODY = 64 * 1024;
const MAX_RECORDS = 500;

const digits = (s: string) => s.replace(/[^0-9]/g, '');

/** Same number when the last 9 digits agree (country codes and formatting differ between PBX and helpdesk). */
function sameNumber(a: string, b: string): boolean {
  const x = digits(a);
  const y = digits(b);
  if (x.length < 6 || y.length < 6) return x !== '' && x === y;
  return x.slice(-9) === y.slice(-9);
}

export class DemoHelpdesk {
  readonly contacts: DemoContact[] = [];
  readonly tickets: DemoRecord[] = [];
  readonly calls: DemoRecord[] = [];
  readonly users = [{ id: 'u1', first_name: 'Demo', last_name: 'Agent', email: 'agent@demo.example' }];
  #server: Server | undefined;
  #url = '';
  #nextId = 101;

  constructor() {
    for (const c of DEMO_CONTACTS) this.contacts.push({ ...c, id: String(this.#nextId++) });
  }

  get url(): string {
    return this.#url;
  }

  async start(): Promise<string> {
    if (this.#server) return this.#url;
    const server = createServer((req, res) => void this.#handle(req, res));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', () => resolve());
    });
    this.#server = server;
    this.#url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    return this.#url;
  }

  async stop(): Promise<void> {
    const server = this.#server;
    this.#server = undefined;
    if (!server) return;
    server.closeAllConnections();
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }

  async #handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', this.#url);
    const method = req.method ?? 'GET';
    let size = 0;
    const chunks: Buffer[] = [];
    for await (const chunk of req) {
      size += (chunk as Buffer).length;
      if (size > MAX_BODY) {
        res.writeHead(413).end();
        return;
      }
      chunks.push(chunk as Buffer);
    }
    const body = Buffer.concat(chunks).toString('utf8');
    try {
      const answer = this.#route(method, url, body);
      const type = answer.html === undefined ? 'application/json' : 'text/html; charset=utf-8';
      res.writeHead(answer.status, { 'content-type': type, 'cache-control': 'no-store' }).end(answer.html ?? JSON.stringify(answer.body));
    } catch (error) {
      res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ error: error instanceof Error ? error.message : String(error) }));
    }
  }

  #route(method: string, url: URL, body: string): { status: number; body?: unknown; html?: string } {
    const path = url.pathname;
    if (method === 'GET' && path === '/') return { status: 200, html: overviewPage(this) };
    const page = /^\/contacts\/([0-9]+)$/.exec(path);
    if (method === 'GET' && page) {
      const contact = this.contacts.find((c) => c.id === page[1]);
      return contact ? { status: 200, html: contactPage(this, contact) } : { status: 404, html: '<!doctype html><title>Not found</title><p>No such contact.</p>' };
    }
    if (method === 'GET' && path === '/api/contacts') {
      const phone = url.searchParams.get('phone') ?? '';
      const type = url.searchParams.get('type');
      const data = this.contacts
        .filter((c) => (type === null || c.type === type) && sameNumber(c.phone, phone))
        .map((c) => ({ id: c.id, type: c.type, first_name: c.firstName, last_name: c.lastName, company: c.company, email: c.email, phone: c.phone, title: c.title }));
      return { status: 200, body: { data } };
    }
    if (method === 'GET' && path === '/api/users') return { status: 200, body: { users: this.users } };
    const input = method === 'POST' ? (JSON.parse(body === '' ? '{}' : body) as Record<string, unknown>) : {};
    const text = (name: string) => String(input[name] ?? '').slice(0, 2000);
    if (method === 'POST' && path === '/api/contacts') {
      const contact: DemoContact = {
        id: String(this.#nextId++),
        type: text('type') === 'leads' ? 'leads' : 'contacts',
        firstName: text('first_name'),
        lastName: text('last_name') || text('phone'),
        company: '',
        email: '',
        phone: text('phone'),
        title: '',
      };
      this.contacts.push(contact);
      return { status: 201, body: { id: contact.id } };
    }
    if (method === 'POST' && (path === '/api/tickets' || path === '/api/calls')) {
      const list = path === '/api/tickets' ? this.tickets : this.calls;
      const record: DemoRecord = { id: String(this.#nextId++), contactId: text('contactId'), subject: text('subject'), description: text('description'), at: Date.now() };
      list.push(record);
      if (list.length > MAX_RECORDS) list.splice(0, list.length - MAX_RECORDS);
      return { status: 201, body: { id: record.id } };
    }
    return { status: 404, body: { error: `no route ${method} ${path}` } };
  }
}
