import { afterEach, describe, expect, it } from 'vitest';
import { searchContacts } from '../../../main/engine/scenarios/contact-search';
import { connectedIntegration } from './harness';
import type { Harness } from './harness';

let h: Harness | undefined;
afterEach(async () => {
  await h?.server.close();
  h = undefined;
});

const search = (harness: Harness) => searchContacts(harness.integration, ['contacts'], { ...harness.integration.baseVars(), Phone: '+14155550400' });

describe('the HTTP client of an integration', () => {
  it('retries 503 answers and succeeds', async () => {
    h = await connectedIntegration('basic');
    h.server.addContact({ first_name: 'Ada', phone: '+14155550400' });
    h.server.inject('GET /api/contacts/search', { kind: 'status', status: 503 }, 2);
    const found = await search(h);
    expect(found.contacts).toHaveLength(1);
    expect(h.server.apiRequests('/api/contacts/search')).toHaveLength(3);
    expect(h.activity.at(-1)).toMatchObject({ status: 200, attempts: 3 });
  });

  it('waits out a 429 with Retry-After and then succeeds', async () => {
    h = await connectedIntegration('basic');
    h.server.addContact({ first_name: 'Ada', phone: '+14155550400' });
    h.server.inject('GET /api/contacts/search', { kind: 'status', status: 429, retryAfter: '1' });
    const found = await search(h);
    expect(found.contacts).toHaveLength(1);
    const times = h.server.apiRequests('/api/contacts/search');
    expect(times).toHaveLength(2);
  });

  it('gives up on a 429 whose Retry-After is longer than it is willing to wait', async () => {
    h = await connectedIntegration('basic', {}, { maxRetryAfterMs: 1000 });
    h.server.inject('GET /api/contacts/search', { kind: 'status', status: 429, retryAfter: '120' });
    const found = await search(h);
    expect(found.errors[0]?.message).toContain('HTTP 429');
    expect(h.server.apiRequests('/api/contacts/search')).toHaveLength(1);
  });

  it('retries a dropped connection and a timed-out request', async () => {
    h = await connectedIntegration('basic', {}, { timeoutMs: 200 });
    h.server.addContact({ first_name: 'Ada', phone: '+14155550400' });
    h.server.inject('GET /api/contacts/search', { kind: 'drop' });
    expect((await search(h)).contacts).toHaveLength(1);
    h.server.inject('GET /api/contacts/search', { kind: 'latency', ms: 1500 });
    expect((await search(h)).contacts).toHaveLength(1);
  });

  it('reports malformed JSON as an error of that request, naming it', async () => {
    h = await connectedIntegration('basic', {}, { maxAttempts: 1 });
    h.server.inject('GET /api/contacts/search', { kind: 'malformed' }, 5);
    const found = await search(h);
    expect(found.errors[0]?.message).toMatch(/GET http:\/\/127\.0\.0\.1:\d+\/api\/contacts\/search\?type=contacts&phone=%2B14155550400 -> HTTP 200 but the body is not valid JSON/);
    expect(h.activity.at(-1)?.error?.message).toContain('not valid JSON');
    // Coded, so the UI can say it in the agent's language; the server's text stays a param.
    expect(found.errors[0]?.problem).toMatchObject({ code: 'request.notJson', params: { status: 200 } });
    expect(h.activity.at(-1)?.error).toMatchObject({ code: 'request.notJson' });
  });

  it('keeps at most MaxConcurrentRequest requests in flight', async () => {
    const harness = await connectedIntegration('basic', { latencyMs: 40 });
    h = harness;
    await Promise.all(Array.from({ length: 12 }, () => search(harness)));
    expect(h.integration.spec.maxConcurrentRequest).toBe(4);
    expect(h.server.maxInFlight).toBe(4);
  });
});
