// The page's window.ringdesk over Electron's preload bridge. contextBridge
// hands the page a structured copy of what the preload's functions return;
// structuredClone stands for that copy here.
import { describe, expect, it } from 'vitest';
import { apiOverBridge } from '../../../shared/ipc-bridge';
import type { RingdeskBridge } from '../../../shared/ipc-bridge';
import { RemoteError } from '../../../shared/ipc-remote-error';
import type { InvokeOutcome } from '../../../shared/ipc-wire';
import { problem } from '../../../shared/i18n/problem';

function bridgeAnswering(outcome: InvokeOutcome): RingdeskBridge & { seen: unknown[] } {
  const seen: unknown[] = [];
  return {
    seen,
    invoke: (channel, request) => {
      seen.push([channel, request]);
      return Promise.resolve(structuredClone(outcome));
    },
    on: () => () => undefined,
  };
}

describe('window.ringdesk over the preload bridge', () => {
  it('gives the result of a successful invoke', async () => {
    const bridge = bridgeAnswering({ ok: true, result: { host: 'electron' } });
    await expect(apiOverBridge(bridge).invoke('app.info')).resolves.toEqual({ host: 'electron' });
    expect(bridge.seen).toEqual([['app.info', undefined]]);
  });

  it("throws main's error in the page with its name, fields and Problem intact", async () => {
    const refused = problem('template.logoTooLarge', { size: 812 });
    const bridge = bridgeAnswering({ ok: false, error: { name: 'TemplateStoreError', message: refused.message, channel: 'templates.add', fields: ['logo'], problem: refused } });
    const error = await apiOverBridge(bridge).invoke('app.info').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RemoteError);
    expect(error).toMatchObject({ remoteName: 'TemplateStoreError', channel: 'templates.add', fields: ['logo'], problem: refused, message: 'logo is 812 KB; the limit is 500 KB' });
  });
});
