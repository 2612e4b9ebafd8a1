import { afterEach, describe, expect, it } from 'vitest';
import { searchContacts } from '../../../main/engine/scenarios/contact-search';
import { CREDENTIALS, connectedIntegration } from './harness';
import type { Harness } from './harness';

let h: Harness | undefined;
afterEach(async () => {
  await h?.server.close();
  h = undefined;
});

const search = (harness: Harness, phone = '+14155550300') => searchContacts(harness.integration, ['contacts'], { ...harness.integration.baseVars(), Phone: phone });

function activityText(harness: Harness): string {
  return JSON.stringify(harness.activity);
}

describe('oauth2', () => {
  it('signs in through the system browser with state and PKCE, then sends the access token', async () => {
    h = await connectedIntegration('oauth2');
    expect(h.server.grants).toEqual(['authorization_code']);
    const authorize = h.server.log.find((r) => r.path === '/oauth/authorize');
    expect(authorize?.query).toMatchObject({ client_id: CREDENTIALS.clientId, response_type: 'code', code_challenge_method: 'S256', scope: 'contacts.read,contacts.write,calls.write', prompt: 'consent' });
    expect(authorize?.query.state?.length).toBeGreaterThan(10);
    expect(authorize?.query.redirect_uri).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/callback$/);
    expect(h.integration.status.state).toBe('connected');
    expect(h.integration.globals.DepartmentId).toBe('dep-7');
    const access = h.vault.get('integration:helpdesk-test-oauth2:access_token');
    expect(h.server.apiRequests().every((r) => r.headers.authorization === `Bearer ${access ?? ''}`)).toBe(true);
  });

  it('refreshes an expired token once for all the requests waiting on it, then retries each once', async () => {
    const harness = await connectedIntegration('oauth2');
    h = harness;
    h.server.addContact({ first_name: 'Ada', phone: '+14155550300' });
    h.server.expireTokens();
    const results = await Promise.all(Array.from({ length: 6 }, () => search(harness)));
    expect(results.every((r) => r.contacts.length === 1 && r.errors.length === 0)).toBe(true);
    expect(h.server.grants.filter((g) => g === 'refresh_token')).toHaveLength(1);
    expect(h.integration.status.state).toBe('connected');
  });

  it('treats a TokenInvalid text in an error body as an expired token', async () => {
    h = await connectedIntegration('oauth2');
    h.server.inject('GET /api/contacts/search', { kind: 'status', status: 400, body: '{"code":"INVALID_TOKEN"}' });
    const found = await search(h);
    expect(found.errors).toEqual([]);
    expect(h.server.grants).toEqual(['authorization_code', 'refresh_token']);
  });

  it('marks the integration Disconnected with the reason when the refresh is refused', async () => {
    h = await connectedIntegration('oauth2');
    h.server.revokeRefreshTokens();
    h.server.expireTokens();
    const found = await search(h);
    expect(found.errors).toHaveLength(1);
    expect(h.integration.status.state).toBe('disconnected');
    expect(h.integration.status.reason?.message).toContain('refresh token revoked');
    expect(h.integration.status.reason?.message).not.toContain(CREDENTIALS.clientSecret);
    expect(activityText(h)).not.toContain(CREDENTIALS.clientSecret);
    // An expired sign-in is coded (the helpdesk's own words are its detail), and so is the search that failed on it.
    expect(h.integration.status.reason).toMatchObject({ code: 'signIn.endpointRefused', params: { endpoint: 'TokenEndPoint' } });
    expect(found.errors[0]?.problem).toMatchObject({ code: 'request.tokenNotRefreshed', cause: { code: 'signIn.endpointRefused' } });
    expect(JSON.stringify(found.errors[0]?.problem)).not.toContain(CREDENTIALS.clientSecret);
  });
});

describe('bearertoken', () => {
  it('gets a client-credentials token, sends it with the common headers, and fetches a new one when it is rejected', async () => {
    h = await connectedIntegration('bearertoken');
    expect(h.server.grants).toEqual(['client_credentials']);
    await search(h);
    const last = h.server.apiRequests().at(-1);
    expect(last?.headers['x-client-id']).toBe(CREDENTIALS.clientId);
    expect(last?.headers.authorization).toMatch(/^Bearer at-/);
    h.server.expireTokens();
    const found = await search(h);
    expect(found.errors).toEqual([]);
    expect(h.server.grants).toEqual(['client_credentials', 'client_credentials']);
  });

  it('asks for a new token when the one it has is older than TokenRefreshInterval or past expires_in', async () => {
    h = await connectedIntegration('bearertoken', { tokenTtlSeconds: 1 });
    // expires_in of 1 s is inside the 5 s safety margin: every request gets a fresh token first.
    await search(h);
    expect(h.server.grants.length).toBeGreaterThanOrEqual(2);
  });
});

describe('basic and none', () => {
  it('sends the Base64 credential of the template format on every request', async () => {
    h = await connectedIntegration('basic');
    await search(h);
    const expected = `Basic ${Buffer.from(`${CREDENTIALS.username}:${CREDENTIALS.password}`).toString('base64')}`;
    expect(h.server.apiRequests().every((r) => r.headers.authorization === expected)).toBe(true);
    expect(activityText(h)).not.toContain(CREDENTIALS.password);
  });

  it('shows Disconnected when the helpdesk refuses the password', async () => {
    h = await connectedIntegration('basic');
    h.fields.password = 'wrong-password';
    const found = await search(h);
    expect(found.errors[0]?.message).toContain('HTTP 401');
    expect(h.integration.status.state).toBe('disconnected');
    expect(activityText(h)).not.toContain('wrong-password');
  });

  it('passes an API key field as a common header and never writes it to the activity log', async () => {
    h = await connectedIntegration('none');
    await search(h);
    expect(h.server.apiRequests().every((r) => r.headers['x-api-key'] === CREDENTIALS.apiKey)).toBe(true);
    expect(h.activity.length).toBeGreaterThan(1);
    expect(activityText(h)).not.toContain(CREDENTIALS.apiKey);
  });
});
