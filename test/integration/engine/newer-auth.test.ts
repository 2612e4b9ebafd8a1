import { afterEach, describe, expect, it } from 'vitest';
import { searchContacts } from '../../../main/engine/scenarios/contact-search';
import { CREDENTIALS } from './harness';
import { connectNewer } from './newer-harness';
import type { NewerHarness } from './newer-harness';

let h: NewerHarness | undefined;
afterEach(async () => {
  await h?.server.close();
  h = undefined;
});

const search = (harness: NewerHarness) => searchContacts(harness.integration, [], { ...harness.integration.baseVars(), Phone: '+14155550800' });
const grants = (harness: NewerHarness) => harness.server.grantLog.map((g) => `${g.grant} ${g.path}`);
const refreshEndpoint = '<Parameter Name="RefreshTokenEndPoint" Value="{{.base_url}}/oauth/refresh?client_id={{.client_id}}&amp;client_secret={{.client_secret}}"/>';
const neverRefresh = '<Parameter Father="AuthOption" Name="NoNeedRefreshAccessToken" Value="1"/>';

describe('a separate refresh endpoint (RefreshTokenEndPoint)', () => {
  it('renews a bearer token at the refresh endpoint and sends it with the template TokenType', async () => {
    h = await connectNewer('newer-bearer-refresh', { separateRefreshEndpoint: true, clientCredentialsRefresh: true, tokenType: 'Token' });
    h.server.addContact({ first_name: 'Ada', phone: '+14155550800' });
    expect(grants(h)).toEqual(['client_credentials /oauth/token']);
    expect((await search(h)).contacts).toHaveLength(1);
    expect(h.server.apiRequests().at(-1)?.headers.authorization).toMatch(/^Token at-/);
    h.server.expireTokens();
    const found = await search(h);
    expect(found.errors).toEqual([]);
    expect(found.contacts).toHaveLength(1);
    expect(grants(h)).toEqual(['client_credentials /oauth/token', 'refresh_token /oauth/refresh']);
    expect(h.integration.status.state).toBe('connected');
    expect(JSON.stringify(h.activity)).not.toContain(CREDENTIALS.clientSecret);
  });

  it('falls back to the client credentials when the refresh endpoint refuses', async () => {
    h = await connectNewer('newer-bearer-refresh', { separateRefreshEndpoint: true, clientCredentialsRefresh: true, tokenType: 'Token' });
    h.server.revokeRefreshTokens();
    h.server.expireTokens();
    expect((await search(h)).errors).toEqual([]);
    expect(grants(h)).toEqual(['client_credentials /oauth/token', 'refresh_token /oauth/refresh', 'client_credentials /oauth/token']);
  });

  it('refreshes an OAuth2 token at the refresh endpoint, and at TokenEndPoint when the template has none', async () => {
    h = await connectNewer('newer-no-refresh', { separateRefreshEndpoint: true }, (xml) => xml.replace(neverRefresh, refreshEndpoint));
    h.server.expireTokens();
    expect((await search(h)).errors).toEqual([]);
    expect(grants(h)).toEqual(['authorization_code /oauth/token', 'refresh_token /oauth/refresh']);
    await h.server.close();
    h = await connectNewer('newer-no-refresh', {}, (xml) => xml.replace(neverRefresh, ''));
    h.server.expireTokens();
    expect((await search(h)).errors).toEqual([]);
    expect(grants(h)).toEqual(['authorization_code /oauth/token', 'refresh_token /oauth/token']);
  });
});

describe('tokens that never expire (AuthOption NoNeedRefreshAccessToken)', () => {
  it('keeps using the OAuth2 token past its expiry and answers a 401 with Disconnected instead of a refresh', async () => {
    h = await connectNewer('newer-no-refresh', { tokenTtlSeconds: 3600 });
    h.server.addContact({ first_name: 'Ada', phone: '+14155550800' });
    // The helpdesk said expires_in; the template says the token never needs a refresh.
    h.vault.set('integration:newer-no-refresh:token_expires_at', '1');
    expect((await search(h)).contacts).toHaveLength(1);
    expect(grants(h)).toEqual(['authorization_code /oauth/token']);
    h.server.expireTokens();
    const before = h.server.apiRequests().length;
    const found = await search(h);
    expect(found.errors).toHaveLength(1);
    expect(h.server.apiRequests().length - before).toBe(1);
    expect(grants(h)).toEqual(['authorization_code /oauth/token']);
    expect(h.integration.status.state).toBe('disconnected');
    expect(h.integration.status.reason?.message).toContain('NoNeedRefreshAccessToken');
    expect(h.integration.status.reason?.message).toContain('HTTP 401');
    expect(h.integration.status.reason).toMatchObject({ code: 'signIn.tokenRejectedNoRefresh', params: { status: 401 } });
    await search(h);
    expect(grants(h)).toEqual(['authorization_code /oauth/token']);
  });

  it('never asks TokenEndPoint again for a bearer token, even after TokenRefreshInterval', async () => {
    h = await connectNewer('newer-bearer-refresh', { tokenType: 'Token' }, (xml) => xml.replace('<Parameter Name="TokenRefreshInterval" Value="3600"/>', `<Parameter Name="TokenRefreshInterval" Value="3600"/>\n        ${neverRefresh}`));
    h.vault.set('integration:newer-bearer-refresh:token_obtained_at', '0');
    expect((await search(h)).errors).toEqual([]);
    h.server.expireTokens();
    expect((await search(h)).errors).toHaveLength(1);
    expect(grants(h)).toEqual(['client_credentials /oauth/token']);
    expect(h.integration.status).toMatchObject({ state: 'disconnected' });
    expect(h.integration.status.reason?.message).toContain('never refreshed');
  });
});
