import { readFileSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { InvokeOutcome } from '../../../shared/ipc-wire';
import { commonRequest } from '../../../main/engine/integration-spec';
import { ringdeskInProcess } from '../../support/ringdesk-in-process';
import type { HelpdeskServer } from '../../helpdesk/server';
import { CREDENTIALS } from './harness';
import { connectNewer } from './newer-harness';
import type { NewerHarness } from './newer-harness';
import { callEvents } from './pipeline-harness';

let h: NewerHarness | undefined;
let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  cleanup = undefined;
  await h?.server.close();
  h = undefined;
});

function ok(outcome: InvokeOutcome): unknown {
  if (!outcome.ok) throw new Error(`${outcome.error.name}: ${outcome.error.message}`);
  return outcome.result;
}

async function until(server: HelpdeskServer, done: () => boolean): Promise<void> {
  for (let i = 0; i < 250 && !done(); i++) await new Promise((r) => setTimeout(r, 20));
}

describe('a template written for a current PBX', () => {
  it('journals a call with CustomScenarioParameter values, {{.DisplayName}} and the newer TimeFormat layout', async () => {
    h = await connectNewer('newer-helpdesk');
    const server = h.server;
    const ada = server.addContact({ first_name: 'Ada', last_name: 'Lovelace', phone: '+14155550800' });
    const { ringdesk, dataDir } = ringdeskInProcess();
    cleanup = async () => {
      await ringdesk.close();
      rmSync(dataDir, { recursive: true, force: true });
    };
    const d = ringdesk.dispatcher;
    ok(await d.invoke('templates.add', { xml: readFileSync(resolve(import.meta.dirname, '../../fixtures/templates/newer-helpdesk.xml'), 'utf8') }));
    ok(await d.invoke('integration.connect', { templateKey: 'newer-helpdesk', fields: { base_url: server.url, api_key: CREDENTIALS.apiKey } }));
    // A hostile caller ID name stays one JSON string.
    const name = 'Ada "x", "queue":"evil';
    for (const e of callEvents({ from: '+14155550800', name, talk: 30 })) ok(await d.invoke('call.event', e));
    await until(server, () => server.calls.length > 0);
    expect(server.calls[0]?.body).toMatchObject({
      subject: `Call with ${name}`,
      queue: 'phone-support',
      contactId: ada.id,
      callerName: name,
      // 2026-11-22T09:30:00Z (the scripted call's start) with the literal `z` of the layout.
      startIso: '2026-11-22T09:30:00.000Zz',
      recording: '',
    });
    const summary = ok(await d.invoke('templates.list', undefined)) as { templates: { key: string; unusedScenarios: string[] }[] };
    expect(summary.templates.find((t) => t.key === 'newer-helpdesk')?.unusedScenarios).toEqual(['ChatJournal']);
  });

  it('sends PATCH, PUT and DELETE requests with their bodies', async () => {
    h = await connectNewer('newer-helpdesk');
    const ada = h.server.addContact({ first_name: 'Ada', last_name: 'Lovelace', phone: '+14155550800', company: 'Engines' });
    const spec = h.integration.spec;
    const run = async (name: string, vars: Record<string, string>) => {
      const request = commonRequest(spec, name);
      if (!request) throw new Error(`no Common request ${name}`);
      return (await h?.integration.request(request, { ...h.integration.baseVars(), ContactId: ada.id, ...vars }))?.result.status;
    };
    expect(await run('UpdateContact', { LastName: 'King' })).toBe(200);
    expect(h.server.contacts.find((c) => c.id === ada.id)).toMatchObject({ first_name: 'Ada', last_name: 'King', company: 'Engines' });
    expect(await run('ReplaceContact', { FirstName: 'Augusta', BusinessNumber: '+14155550899' })).toBe(200);
    expect(h.server.contacts.find((c) => c.id === ada.id)).toMatchObject({ first_name: 'Augusta', last_name: '', phone: '+14155550899', company: '' });
    expect(await run('DeleteContact', {})).toBe(204);
    expect(h.server.contacts.find((c) => c.id === ada.id)).toBeUndefined();
    const methods = h.server.apiRequests(`/api/contacts/${ada.id}`).map((r) => `${r.method} ${r.body === '' ? '-' : 'body'}`);
    expect(methods).toEqual(['PATCH body', 'PUT body', 'DELETE -']);
  });
});
