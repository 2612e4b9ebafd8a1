import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dialRequestFromUrl, dialUrlFromArgv } from '../../../main/features/dial-request';
import { DialRequest } from '../../../shared/desktop-channels';

function dialled(url: string, region = 'US') {
  const outcome = dialRequestFromUrl(url, region);
  if (!outcome.ok) throw new Error(`expected ${url} to dial, refused: ${outcome.reason}`);
  return outcome.request;
}

function refusal(url: string, region = 'US'): string {
  const outcome = dialRequestFromUrl(url, region);
  if (outcome.ok) throw new Error(`expected ${url} to be refused, got ${outcome.request.target}`);
  return outcome.reason;
}

describe('click-to-call links become dial requests', () => {
  it('dials an international tel: number as E.164 whatever the separators', () => {
    expect(dialled('tel:+1-415-555-0100')).toEqual({ target: '+14155550100', kind: 'phone', display: '+1 415 555 0100', scheme: 'tel' });
    expect(dialled('tel:+1%20(415)%20555.0100').target).toBe('+14155550100');
  });

  it('reads a national number in the default region from the settings', () => {
    expect(dialled('tel:020 1234 5678', 'GB').target).toBe('+442012345678');
    expect(dialled('tel:(415) 555-0100', 'US').target).toBe('+14155550100');
    expect(dialled('tel:00442012345678', 'DE').target).toBe('+442012345678');
  });

  it('ignores RFC 3966 parameters such as ;ext= and ;phone-context=', () => {
    expect(dialled('tel:+14155550100;ext=123').target).toBe('+14155550100');
    expect(dialled('tel:+14155550100;phone-context=example.com').target).toBe('+14155550100');
  });

  it('passes short extensions and PBX feature codes through as they are', () => {
    expect(dialled('tel:1001')).toEqual({ target: '1001', kind: 'extension', display: '1001', scheme: 'tel' });
    expect(dialled('tel:*97').target).toBe('*97');
    expect(dialled('tel:%2A72%23').target).toBe('*72#');
  });

  it('accepts callto: with and without the Skype-style //', () => {
    expect(dialled('callto:+14155550100')).toMatchObject({ target: '+14155550100', scheme: 'callto' });
    expect(dialled('callto://+14155550100').target).toBe('+14155550100');
    expect(dialled('CALLTO:+14155550100').scheme).toBe('callto');
  });

  it('keeps only user@host[:port] of a sip: URI, dropping parameters and headers', () => {
    expect(dialled('sip:alice@pbx.example.com')).toEqual({ target: 'sip:alice@pbx.example.com', kind: 'sip', display: 'alice@pbx.example.com', scheme: 'sip' });
    expect(dialled('sip:alice@PBX.example.com:5061;transport=tcp;maddr=10.0.0.1?Subject=hi&Call-Info=x').target).toBe('sip:alice@pbx.example.com:5061');
    expect(dialled('sip:+14155550100@[2001:db8::1]').target).toBe('sip:+14155550100@[2001:db8::1]');
  });

  it('refuses script and other schemes smuggled into tel:', () => {
    expect(refusal('tel:javascript:alert(1)')).toMatch(/only digits/);
    expect(refusal('tel:javascript:alert(14155550100)')).toMatch(/only digits/);
    expect(refusal('javascript:alert(1)')).toMatch(/not a tel:, sip: or callto:/);
    expect(refusal('https://evil.example/tel:+14155550100')).toMatch(/not a tel:/);
  });

  it('refuses letters (vanity numbers, Skype names) and misplaced +, * and #', () => {
    expect(refusal('tel:1-800-FLOWERS')).toMatch(/only digits/);
    expect(refusal('callto:echo123')).toMatch(/only digits/);
    expect(refusal('tel:1+2')).toMatch(/\+ may only start/);
    expect(refusal('tel:+1415555*0100')).toMatch(/feature codes/);
  });

  it('refuses overlong links and numbers with too many digits', () => {
    expect(refusal(`tel:+1${'5'.repeat(300)}`)).toMatch(/longer than 256/);
    expect(refusal(`tel:+${'1'.repeat(19)}`)).toMatch(/more than 18 digits/);
  });

  it('refuses numbers that are not valid in the region, empty links and broken escapes', () => {
    expect(refusal('tel:+1 555 0100 99')).toMatch(/not a valid phone number/);
    expect(refusal('tel:')).toMatch(/only digits|no digits/);
    expect(refusal('tel:---')).toMatch(/no digits/);
    expect(refusal('tel:%E0%A4%A')).toMatch(/%-escape/);
  });

  it('refuses sip: URIs without a user, with odd users, hosts or ports', () => {
    expect(refusal('sip:pbx.example.com')).toMatch(/user@host/);
    expect(refusal('sip:@pbx.example.com')).toMatch(/user@host/);
    expect(refusal('sip:al<script>@pbx.example.com')).toMatch(/SIP user/);
    expect(refusal('sip:alice@pbx example.com')).toMatch(/SIP host/);
    expect(refusal('sip:alice@-pbx.example.com')).toMatch(/SIP host/);
    expect(refusal('sip:alice@pbx.example.com:99999')).toMatch(/port/);
    expect(refusal('sip:alice@pbx.example.com:5060:1')).toMatch(/host or host:port/);
  });

  it('never produces a request outside the contract, whatever the link', () => {
    fc.assert(
      fc.property(fc.constantFrom('tel:', 'sip:', 'callto:', 'TEL:', 'callto://'), fc.string({ maxLength: 300 }), (scheme, rest) => {
        const outcome = dialRequestFromUrl(scheme + rest, 'US');
        if (!outcome.ok) return true;
        expect(DialRequest.safeParse(outcome.request).success).toBe(true);
        expect(outcome.request.target).toMatch(/^(\+?[0-9]+|[0-9*#]+|sip:[A-Za-z0-9_.!~*'+-]+@[A-Za-z0-9.[\]:-]+)$/);
        return true;
      }),
      { numRuns: 2000 },
    );
  });
});

describe('finding the link among a process’s arguments', () => {
  it('takes the tel:/sip:/callto: argument, even with Chromium switches after it', () => {
    expect(dialUrlFromArgv(['/opt/Ringdesk/ringdesk', '--no-sandbox', 'tel:+14155550100', '--allow-file-access-from-files'])).toBe('tel:+14155550100');
    expect(dialUrlFromArgv(['ringdesk', 'SIP:alice@pbx'])).toBe('SIP:alice@pbx');
  });

  it('finds nothing in an ordinary start', () => {
    expect(dialUrlFromArgv(['/opt/Ringdesk/ringdesk', '.', '--hidden'])).toBeUndefined();
  });
});
