import { readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { InvokeOutcome } from '../../../shared/ipc-wire';
import { searchByText } from '../../../main/engine/scenarios/search-contact';
import { DialPadSearch } from '../../../main/features/contact-search';
import type { ActiveIntegration } from '../../../main/features/call-pipeline';
import { defaultIntegrationSettings } from '../../../shared/calls/integration-settings';
import { ringdeskInProcess } from '../../support/ringdesk-in-process';
import { CREDENTIALS } from './harness';
import { connectNewer } from './newer-harness';
import type { NewerHarness } from './newer-harness';

let h: NewerHarness | undefined;
let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
  await h?.server.close();
  h = undefined;
});

const withoutSearchContact = (xml: string) => xml.replace(/<Scenario Id="SearchContact"[\s\S]*?<\/Scenario>\s*/, '');
const finds = (harness: NewerHarness) => harness.server.apiRequests('/api/contacts/find');

function seed(harness: NewerHarness): void {
  harness.server.addContact({ first_name: 'Ada', last_name: 'Lovelace', phone: '+14155550800' });
  harness.server.addContact({ first_name: 'Adam', last_name: 'Lead', phone: '+14155550801', type: 'leads' });
  harness.server.addContact({ first_name: 'Bob', last_name: 'Other', phone: '+12125550000' });
}

function dialPad(harness: NewerHarness, types: string[] = []): DialPadSearch {
  const settings = { ...defaultIntegrationSettings(), templateKey: 'newer-helpdesk', contactSync: { ...defaultIntegrationSettings().contactSync, types } };
  const active: ActiveIntegration = { integration: harness.integration, settings, region: 'US', users: [] };
  return new DialPadSearch(() => active);
}

describe('SearchContact (the dial pad search)', () => {
  it('sends the typed text as {{.SearchValue}}, one request per contact type, and lists contacts as SyncContactAuto would', async () => {
    h = await connectNewer('newer-helpdesk');
    seed(h);
    const found = await searchByText(h.integration, h.integration.baseVars(), { types: [], searchValue: 'ad', phone: undefined });
    expect(found?.via).toBe('SearchContact');
    expect(found?.errors).toEqual([]);
    expect(found?.contacts.map((c) => `${c.syncType}:${c.displayName}`).sort()).toEqual(['contacts:Ada Lovelace', 'leads:Adam Lead']);
    const ada = found?.contacts.find((c) => c.displayName === 'Ada Lovelace');
    // The popup URL comes from SyncContactAuto's settings (retrieve_from_contact), which SearchContact does not repeat.
    expect(ada?.url).toBe(`${h.server.url}/app/contacts/${ada?.id ?? ''}`);
    expect(ada?.fields.BusinessNumber).toBe('+14155550800');
    expect(finds(h).map((r) => `${r.query.type ?? ''}?q=${r.query.q ?? ''}`).sort()).toEqual(['contacts?q=ad', 'leads?q=ad']);
  });

  it('searches only the contact types the admin selected (SearchContact_<type> matches the type)', async () => {
    h = await connectNewer('newer-helpdesk');
    seed(h);
    const result = await dialPad(h, ['leads']).search('Ada');
    expect(result).toMatchObject({ status: 'ok', via: 'SearchContact', errors: [] });
    expect(result.contacts.map((c) => c.displayName)).toEqual(['Adam Lead']);
    expect(finds(h).map((r) => r.query.type)).toEqual(['leads']);
  });

  it('falls back to SyncContactAuto with the typed number as {{.Phone}} when the template has no SearchContact', async () => {
    h = await connectNewer('newer-helpdesk', {}, withoutSearchContact);
    seed(h);
    const result = await dialPad(h).search('+1 (415) 555-0800');
    expect(result).toMatchObject({ status: 'ok', via: 'SyncContactAuto', errors: [] });
    expect(result.contacts.map((c) => `${c.syncType}:${c.displayName}`)).toEqual(['contacts:Ada Lovelace']);
    expect(h.server.apiRequests('/api/contacts/search').map((r) => r.query.phone)).toEqual(['+14155550800', '+14155550800']);
    const byName = await dialPad(h).search('Ada');
    expect(byName).toMatchObject({ status: 'unavailable', contacts: [] });
    expect(byName.reason?.message).toContain('no SearchContact scenario');
  });

  it('never asks the helpdesk for fewer than 3 digits or 2 letters', async () => {
    h = await connectNewer('newer-helpdesk');
    const search = dialPad(h);
    for (const text of ['', '4', '41', '+4 1', 'a', ' b ']) expect((await search.search(text)).status).toBe('too-short');
    expect(finds(h)).toEqual([]);
    expect((await search.search('415')).status).toBe('ok');
    expect((await search.search('al')).status).toBe('ok');
    expect(finds(h)).toHaveLength(4);
  });

  it('answers a search that a newer one superseded with "superseded" and only the newer one with contacts', async () => {
    h = await connectNewer('newer-helpdesk', { latencyMs: 20 });
    seed(h);
    const search = dialPad(h);
    const older = search.search('ad');
    const newer = search.search('adam');
    expect(await older).toMatchObject({ text: 'ad', status: 'superseded', contacts: [] });
    expect(await newer).toMatchObject({ text: 'adam', status: 'ok' });
    expect((await newer).contacts.map((c) => c.displayName)).toEqual(['Adam Lead']);
  });
});

describe('contacts.search over the IPC contract', () => {
  it('searches the connected template and validates the payload', async () => {
    h = await connectNewer('newer-helpdesk');
    seed(h);
    const { ringdesk, dataDir } = ringdeskInProcess();
    cleanup = async () => {
      await ringdesk.close();
      rmSync(dataDir, { recursive: true, force: true });
    };
    const ok = (outcome: InvokeOutcome): unknown => {
      if (!outcome.ok) throw new Error(`${outcome.error.name}: ${outcome.error.message}`);
      return outcome.result;
    };
    const d = ringdesk.dispatcher;
    ok(await d.invoke('templates.add', { xml: readFileSync(resolve(import.meta.dirname, '../../fixtures/templates/newer-helpdesk.xml'), 'utf8') }));
    const status = ok(await d.invoke('integration.connect', { templateKey: 'newer-helpdesk', fields: { base_url: h.server.url, api_key: CREDENTIALS.apiKey } })) as { state: string };
    expect(status.state).toBe('connected');
    const result = ok(await d.invoke('contacts.search', { text: 'lov' })) as { status: string; via: string; contacts: { displayName: string }[] };
    expect(result).toMatchObject({ status: 'ok', via: 'SearchContact' });
    expect(result.contacts.map((c) => c.displayName)).toEqual(['Ada Lovelace']);
    const refused = await d.invoke('contacts.search', { text: 42 });
    expect(refused.ok).toBe(false);
  });
});
