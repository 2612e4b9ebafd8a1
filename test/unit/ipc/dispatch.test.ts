import { describe, expect, it } from 'vitest';
import { createDispatcher, EventHub } from '../../../main/app/dispatch';
import type { Handlers } from '../../../main/app/dispatch';
import { plainProblem, renderProblem } from '../../../shared/i18n/problem';
import { defaultSettings } from '../../../shared/settings';

function handlers(overrides: Partial<Handlers> = {}): Handlers {
  let settings = defaultSettings();
  return {
    'app.info': () => ({ name: 'Ringdesk', version: '0.0.0', host: 'browser', platform: 'linux', dataDir: '/tmp/x' }),
    'settings.get': () => settings,
    'settings.set': (patch) => (settings = { ...settings, general: { ...settings.general, ...patch.general } }),
    ...overrides,
  } as Handlers;
}

describe('the contract dispatcher', () => {
  it('runs the handler of a known channel with a valid request', async () => {
    const dispatcher = createDispatcher(handlers());
    const outcome = await dispatcher.invoke('settings.set', { general: { theme: 'dark' } });
    expect(outcome).toMatchObject({ ok: true, result: { general: { theme: 'dark' } } });
  });

  it('refuses an unknown channel by name', async () => {
    const outcome = await createDispatcher(handlers()).invoke('settings.delete', undefined);
    expect(outcome).toEqual({ ok: false, error: expect.objectContaining({ name: 'ContractError', message: 'unknown channel "settings.delete"' }) });
  });

  it('does not treat an event channel as something the renderer may invoke', async () => {
    const outcome = await createDispatcher(handlers()).invoke('settings.changed', defaultSettings());
    expect(outcome.ok).toBe(false);
  });

  it('names the channel and the offending field when a request breaks the schema', async () => {
    const outcome = await createDispatcher(handlers()).invoke('settings.set', { general: { defaultRegion: 'usa' } });
    expect(outcome.ok).toBe(false);
    if (outcome.ok) return;
    expect(outcome.error.channel).toBe('settings.set');
    expect(outcome.error.fields).toEqual(['general.defaultRegion']);
    expect(outcome.error.message).toMatch(/^settings\.set request rejected: general\.defaultRegion: must be a two-letter region code/);
    // Coded too, so the screen that tried to save can say so in the agent's language.
    expect(outcome.error.problem?.code).toBe('contract.requestRejected');
    expect(renderProblem(outcome.error.problem ?? plainProblem(''), 'zh-CN')).toMatch(/^settings\.set 请求未被接受：general\.defaultRegion: /);
  });

  it('rejects fields the contract does not know rather than storing them', async () => {
    const outcome = await createDispatcher(handlers()).invoke('settings.set', { general: { theme: 'dark', evil: true } });
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error.fields).toEqual(['general']);
  });

  it('refuses a response that breaks the contract instead of passing it on', async () => {
    const broken = handlers({ 'app.info': () => ({ name: 'Ringdesk' }) as never });
    const outcome = await createDispatcher(broken).invoke('app.info', undefined);
    expect(outcome.ok).toBe(false);
    if (!outcome.ok) expect(outcome.error.message).toMatch(/^app\.info response rejected: version/);
  });

  it('turns a throwing handler into an error outcome and keeps serving', async () => {
    const lines: string[] = [];
    const dispatcher = createDispatcher(handlers({ 'settings.get': () => { throw new Error('disk on fire'); } }), (l) => lines.push(l));
    expect(await dispatcher.invoke('settings.get', undefined)).toEqual({ ok: false, error: { name: 'Error', message: 'disk on fire' } });
    expect(await dispatcher.invoke('app.info', undefined)).toMatchObject({ ok: true });
    expect(lines).toEqual(['ipc settings.get: disk on fire']);
  });
});

describe('the event hub', () => {
  it('validates an event once and hands it to every subscriber', () => {
    const hub = new EventHub();
    const seen: string[] = [];
    hub.subscribe((channel) => seen.push(`a:${channel}`));
    const unsubscribe = hub.subscribe((channel) => seen.push(`b:${channel}`));
    hub.publish('settings.changed', defaultSettings());
    unsubscribe();
    hub.publish('settings.changed', defaultSettings());
    expect(seen).toEqual(['a:settings.changed', 'b:settings.changed', 'a:settings.changed']);
  });

  it('refuses to publish a payload that breaks the contract', () => {
    const hub = new EventHub();
    expect(() => hub.publish('settings.changed', { general: { theme: 'purple' } } as never)).toThrow(/settings\.changed event rejected: general\.theme/);
  });
});
