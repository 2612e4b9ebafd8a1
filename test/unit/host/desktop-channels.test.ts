import { describe, expect, it } from 'vitest';
import { ringdeskInProcess } from '../../support/ringdesk-in-process';

describe('the desktop channels of the contract', () => {
  it('turns Answer in the call window into a call.control for the phone', async () => {
    const { ringdesk } = ringdeskInProcess();
    const heard: unknown[] = [];
    ringdesk.events.subscribe((channel, payload) => heard.push({ channel, payload }));
    expect(await ringdesk.dispatcher.invoke('call.control.request', { action: 'answer', sipCallId: 'abc@pbx' })).toEqual({ ok: true, result: undefined });
    expect(heard).toEqual([{ channel: 'call.control', payload: { action: 'answer', sipCallId: 'abc@pbx', source: 'call-window' } }]);
  });

  it('tells the page to open a contact popup itself where the host has no opener (browser host)', async () => {
    const { ringdesk } = ringdeskInProcess();
    expect(await ringdesk.dispatcher.invoke('popup.open', { url: 'https://desk.example.com/c/7' })).toEqual({
      ok: true,
      result: { outcome: 'reported', url: 'https://desk.example.com/c/7' },
    });
    expect(await ringdesk.dispatcher.invoke('popup.open', { url: 'file:///etc/passwd' })).toMatchObject({ ok: true, result: { outcome: 'refused' } });
  });

  it('says the browser host protects secrets with a key file and does not ask', async () => {
    const { ringdesk } = ringdeskInProcess();
    expect(await ringdesk.dispatcher.invoke('secrets.protection', undefined)).toEqual({
      ok: true,
      result: { kind: 'local-key-file', consentRequired: false, consented: false, detail: 'secrets are encrypted with a key file in the data folder' },
    });
  });

  it('lets the host follow every registration report (the Electron tray)', async () => {
    const { ringdesk } = ringdeskInProcess();
    const seen: string[][] = [];
    ringdesk.onRegistrations((reports) => seen.push(reports.map((r) => `${r.accountId}:${r.status}`)));
    await ringdesk.dispatcher.invoke('sip.registration.report', { accountId: 'desk', status: 'registering', since: 1 });
    await ringdesk.dispatcher.invoke('sip.registration.report', { accountId: 'desk', status: 'registered', since: 2 });
    expect(seen).toEqual([['desk:registering'], ['desk:registered']]);
  });
});
