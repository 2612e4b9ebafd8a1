// main's side of the phone: the call log the engine hooks into, and SIP
// passwords in the real SecretStore (a temp folder, the local key file cipher).
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { CallEvent } from '../../../shared/calls/call-event';
import { CallEvent as CallEventSchema } from '../../../shared/calls/call-event';
import { defaultSettings } from '../../../shared/settings';
import { CallLog } from '../../../main/features/call-log';
import { SipAccounts } from '../../../main/features/sip-accounts';
import { localKeyFileCipher, SecretStore } from '../../../main/store/secrets';
import { createRingdesk } from '../../../main/app/ringdesk';

const ringing: CallEvent = {
  kind: 'ringing',
  sipCallId: 'abc@host',
  accountId: 'desk',
  direction: 'inbound',
  localNumber: '1001',
  remoteNumber: '+15551234567',
  remoteDisplayName: 'Alice',
  remoteUri: 'sip:+15551234567@host',
  startedAt: 1,
  at: 2,
};

describe('call log in main', () => {
  it('keeps events in arrival order with the time main received them, and tells listeners', () => {
    let now = 100;
    const log = new CallLog(3, () => now++);
    const heard: string[] = [];
    log.onEvent((r) => heard.push(r.event.kind));
    log.record(ringing);
    log.record({ ...ringing, kind: 'answered', answeredAt: 5 });
    expect(log.recent().map((r) => [r.event.kind, r.receivedAt])).toEqual([['ringing', 100], ['answered', 101]]);
    expect(heard).toEqual(['ringing', 'answered']);
  });

  it('stays bounded and survives a failing listener', () => {
    const lines: string[] = [];
    const log = new CallLog(2, Date.now, (l) => lines.push(l));
    log.onEvent(() => {
      throw new Error('engine down');
    });
    for (let i = 0; i < 5; i++) log.record({ ...ringing, sipCallId: `c${i}` });
    expect(log.recent().map((r) => r.event.sipCallId)).toEqual(['c3', 'c4']);
    expect(lines[0]).toContain('engine down');
  });

  it('the contract refuses an ended event without a disposition', () => {
    expect(CallEventSchema.safeParse({ ...ringing, kind: 'ended', endedAt: 3, endedBy: 'remote' }).success).toBe(false);
    expect(CallEventSchema.safeParse({ ...ringing, kind: 'ended', endedAt: 3, endedBy: 'remote', disposition: 'MISSED' }).success).toBe(true);
  });
});

describe('SIP passwords and registration state in main', () => {
  const setup = () => {
    const dir = mkdtempSync(join(tmpdir(), 'ringdesk-sip-secrets-'));
    return { dir, accounts: new SipAccounts(new SecretStore(dir, localKeyFileCipher(dir))) };
  };

  it('stores the password encrypted and hands it back for one account', () => {
    const { dir, accounts } = setup();
    expect(accounts.setPassword({ accountId: 'desk', password: 'hunter2' })).toEqual({ accountId: 'desk', stored: true });
    expect(readFileSync(join(dir, 'secrets.json'), 'utf8')).not.toContain('hunter2');
    expect(accounts.credentials('desk')).toEqual({ accountId: 'desk', password: 'hunter2' });
    expect(accounts.credentials('other').password).toBeNull();
    accounts.setPassword({ accountId: 'desk', password: null });
    expect(accounts.passwordStatus('desk').stored).toBe(false);
  });

  it('forgets the password and state of an account the user removed', () => {
    const { accounts } = setup();
    accounts.setPassword({ accountId: 'gone', password: 'x' });
    accounts.setPassword({ accountId: 'kept', password: 'y' });
    accounts.report({ accountId: 'gone', status: 'registered', since: 1 });
    const settings = defaultSettings();
    const kept = { ...settings, sip: { ...settings.sip, accounts: [{ id: 'kept', label: '', server: 'wss://p/ws', uri: 'sip:1@p', authorizationUser: '', displayName: '', iceServers: [], enabled: true }] } };
    accounts.forgetRemoved(kept);
    expect(accounts.passwordStatus('gone').stored).toBe(false);
    expect(accounts.passwordStatus('kept').stored).toBe(true);
    expect(accounts.registrations()).toEqual([]);
  });
});

describe('the phone channels in main', () => {
  const ringdesk = () => {
    const dir = mkdtempSync(join(tmpdir(), 'ringdesk-sip-main-'));
    return createRingdesk({ host: 'browser', version: '0', dataDir: dir, settingsBackend: { store: {}, path: join(dir, 'settings.json') }, secretCipher: localKeyFileCipher(dir) });
  };

  it('records call events from the renderer and lists them, refusing a malformed one with the field named', async () => {
    const app = ringdesk();
    expect(await app.dispatcher.invoke('call.event', ringing)).toEqual({ ok: true });
    const recent = await app.dispatcher.invoke('call.recent', undefined);
    expect(recent.ok && (recent.result as { event: CallEvent }[])[0]?.event.sipCallId).toBe('abc@host');
    const bad = await app.dispatcher.invoke('call.event', { ...ringing, direction: 'sideways' });
    expect(bad.ok).toBe(false);
    expect(!bad.ok && bad.error.fields).toEqual(['direction']);
  });

  it('keeps the last registration report per account', async () => {
    const app = ringdesk();
    await app.dispatcher.invoke('sip.registration.report', { accountId: 'desk', status: 'registering', since: 1 });
    await app.dispatcher.invoke('sip.registration.report', { accountId: 'desk', status: 'failed', failure: { kind: 'auth-failed', code: 401, text: '401 wrong password' }, since: 2 });
    const list = await app.dispatcher.invoke('sip.registrations', undefined);
    expect(list).toEqual({ ok: true, result: [{ accountId: 'desk', status: 'failed', failure: { kind: 'auth-failed', code: 401, text: '401 wrong password' }, since: 2 }] });
  });

  it('tells every window when the machine wakes, so phones re-register', () => {
    const app = ringdesk();
    const heard: unknown[] = [];
    app.events.subscribe((channel, payload) => heard.push([channel, payload]));
    app.notifyWake('resume');
    expect(heard).toEqual([['system.wake', { reason: 'resume' }]]);
  });
});
