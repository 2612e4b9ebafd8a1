import { describe, expect, it } from 'vitest';
import { applySettingsPatch, defaultSettings, SettingsPatch } from '../../../shared/settings';
import { SipAccount, splitSipUri, webSocketServerProblem } from '../../../shared/sip/account';
import { dialTarget } from '../../../shared/sip/dial';

const account = { id: 'desk', server: 'wss://pbx.example.com:8089/ws', uri: 'sip:1001@pbx.example.com' };

describe('SIP account settings', () => {
  it('accepts wss:// anywhere and ws:// only on loopback', () => {
    expect(webSocketServerProblem('wss://pbx.example.com:8089/ws')).toBeUndefined();
    expect(webSocketServerProblem('ws://127.0.0.1:8080')).toBeUndefined();
    expect(webSocketServerProblem('ws://localhost:8080/ws')).toBeUndefined();
    expect(webSocketServerProblem('ws://[::1]:8080')).toBeUndefined();
    expect(webSocketServerProblem('ws://pbx.example.com:8080')).toMatch(/must use wss:\/\//);
    expect(webSocketServerProblem('ws://127.0.0.1.evil.com/')).toMatch(/must use wss:\/\//);
    expect(webSocketServerProblem('https://pbx.example.com')).toMatch(/WebSocket URL/);
  });

  it('fills defaults and names the field that is wrong', () => {
    expect(SipAccount.parse(account)).toMatchObject({ label: '', authorizationUser: '', iceServers: [], enabled: true });
    const bad = SipAccount.safeParse({ ...account, uri: '1001@pbx', iceServers: [{ urls: 'http://x' }] });
    expect(bad.success).toBe(false);
    expect(bad.error?.issues.map((i) => i.path.join('.'))).toEqual(['uri', 'iceServers.0.urls']);
  });

  it('a sip patch changes only what it names (zod 4 would otherwise fill defaults and empty the account list)', () => {
    const withAccount = applySettingsPatch(defaultSettings(), SettingsPatch.parse({ sip: { accounts: [account] } }));
    const changed = applySettingsPatch(withAccount, SettingsPatch.parse({ sip: { dtmf: 'info' } }));
    expect(changed.sip.accounts).toHaveLength(1);
    expect(changed.sip.dtmf).toBe('info');
    expect(changed.sip.keepAliveSeconds).toBe(25);
  });

  it('refuses two accounts with the same id', () => {
    expect(SettingsPatch.safeParse({ sip: { accounts: [account, account] } }).success).toBe(false);
  });

  it('splits a SIP URI into user and host', () => {
    expect(splitSipUri('sip:1001@pbx.example.com:5060;transport=ws')).toEqual({ user: '1001', host: 'pbx.example.com:5060' });
  });
});

describe('what the dialler calls', () => {
  it.each([
    ['1002', 'sip:1002@pbx'],
    ['+1 (555) 010-0200', 'sip:+15550100200@pbx'],
    ['*97', 'sip:*97@pbx'],
    ['alice@example.com', 'sip:alice@example.com'],
    ['sip:bob@example.com', 'sip:bob@example.com'],
    ['tel:+4930123', 'sip:+4930123@pbx'],
    ['sales', 'sip:sales@pbx'],
  ])('%s -> %s', (input, expected) => {
    expect(dialTarget(input, 'pbx')).toBe(expected);
  });

  it('refuses what cannot be dialled', () => {
    expect(dialTarget('', 'pbx')).toBeUndefined();
    expect(dialTarget('call me maybe', 'pbx')).toBeUndefined();
  });
});
