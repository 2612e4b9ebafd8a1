import { readFileSync, rmSync } from 'node:fs';
import { afterEach, describe, expect, it } from 'vitest';
import type { InvokeOutcome } from '../../../shared/ipc-wire';
import { ringdeskInProcess } from '../../support/ringdesk-in-process';
import { CREDENTIALS, startHelpdesk, templatePath } from './harness';
import { callEvents } from './pipeline-harness';
import type { HelpdeskServer } from '../../helpdesk/server';

let server: HelpdeskServer | undefined;
let cleanup: (() => Promise<void>) | undefined;
afterEach(async () => {
  await cleanup?.();
  await server?.close();
  server = undefined;
});

function ok(outcome: InvokeOutcome): unknown {
  if (!outcome.ok) throw new Error(`${outcome.error.name}: ${outcome.error.message}`);
  return outcome.result;
}

describe('the integration over the IPC contract', () => {
  it('connects a template, turns phone call events into a journal, and lists activity and outbox', async () => {
    server = await startHelpdesk('basic');
    const ada = server.addContact({ first_name: 'Ada', phone: '+14155550700' });
    const { ringdesk, dataDir } = ringdeskInProcess();
    cleanup = async () => {
      await ringdesk.close();
      rmSync(dataDir, { recursive: true, force: true });
    };
    const published: { channel: string; payload: unknown }[] = [];
    ringdesk.events.subscribe((channel, payload) => published.push({ channel, payload }));
    const d = ringdesk.dispatcher;
    ok(await d.invoke('templates.add', { xml: readFileSync(templatePath('basic'), 'utf8') }));
    const status = ok(await d.invoke('integration.connect', { templateKey: 'helpdesk-test-basic', fields: { base_url: server.url, username: CREDENTIALS.username, password: CREDENTIALS.password } })) as { state: string; fields: { name: string; hasValue: boolean; value?: string }[] };
    expect(status.state).toBe('connected');
    expect(status.fields.find((f) => f.name === 'password')).toEqual({ name: 'password', title: 'Password', editor: 'password', options: [], hasValue: true });
    expect(readFileSync(`${dataDir}/settings.json`, 'utf8')).not.toContain(CREDENTIALS.password);
    const events = callEvents({ from: '+14155550700', talk: 12 });
    for (const e of events) ok(await d.invoke('call.event', e));
    const callId = events[0]?.sipCallId ?? '';
    for (let i = 0; i < 200 && server.calls.length === 0; i++) await new Promise((r) => setTimeout(r, 20));
    expect(server.calls[0]?.body.contactId).toBe(ada.id);
    const activity = ok(await d.invoke('activity.list', { callId })) as { request: string; status: number }[];
    expect(activity.map((a) => `${a.request} ${a.status}`)).toEqual(expect.arrayContaining(['contacts 200', 'CallJournal 201']));
    const outbox = ok(await d.invoke('outbox.list', undefined)) as { scenario: string; state: string }[];
    expect(outbox.map((i) => `${i.scenario} ${i.state}`)).toEqual(['CallJournal done']);
    const updates = published.filter((p) => p.channel === 'call.updated').map((p) => p.payload as { contacts?: { id?: string }[]; journal?: { status: string } });
    expect(updates.some((u) => u.contacts?.[0]?.id === ada.id)).toBe(true);
    expect(updates.at(-1)?.journal?.status).toBe('done');
    expect(published.some((p) => p.channel === 'activity.changed')).toBe(true);
    const phonebook = ok(await d.invoke('phonebook.list', undefined)) as { number: string; contacts: { id: string }[] }[];
    expect(phonebook.map((e) => [e.number, e.contacts.map((c) => c.id)])).toEqual([['+14155550700', [ada.id]]]);
    const report = ok(await d.invoke('call.test', { from: '+14155550700', talk: 5 })) as { activity: unknown[]; outbox: { state: string }[] };
    expect(report.outbox.map((i) => i.state)).toEqual(['done']);
    expect(server.calls).toHaveLength(2);
  });
});
