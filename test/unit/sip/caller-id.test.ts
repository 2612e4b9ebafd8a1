import { describe, expect, it } from 'vitest';
import { callerIdentity, parseNameAddr, uriNumber } from '../../../shared/sip/caller-id';

describe('caller ID from the INVITE', () => {
  it('reads a quoted display name and the number from From', () => {
    expect(callerIdentity({ from: '"Alice Example" <sip:+15551234567@10.0.0.1:5070>;tag=abc' })).toEqual({
      displayName: 'Alice Example',
      uri: 'sip:+15551234567@10.0.0.1:5070',
      number: '+15551234567',
    });
  });

  it('prefers P-Asserted-Identity over Remote-Party-ID over From', () => {
    const headers = {
      pAssertedIdentity: '"Verified Name" <sip:2001@pbx>',
      remotePartyId: '"RPID Name" <sip:3001@pbx>;party=calling',
      from: '"Spoofable" <sip:4001@pbx>;tag=1',
    };
    expect(callerIdentity(headers).displayName).toBe('Verified Name');
    expect(callerIdentity({ ...headers, pAssertedIdentity: undefined }).number).toBe('3001');
    expect(callerIdentity({ from: headers.from }).number).toBe('4001');
  });

  it('combines a PAI pair: the name from the sip: URI, the number from the tel: URI first', () => {
    const identity = callerIdentity({ pAssertedIdentity: '<tel:+441234567890>, "Bob Jones" <sip:bob@example.com>' });
    expect(identity).toMatchObject({ number: '+441234567890', displayName: 'Bob Jones' });
  });

  it('skips a Remote-Party-ID marked privacy=full and falls back to From', () => {
    expect(callerIdentity({ remotePartyId: '"Hidden" <sip:5001@pbx>;privacy=full', from: '<sip:anonymous@anonymous.invalid>' })).toMatchObject({ number: '', displayName: '' });
  });

  it('keeps hostile display names as text, unescaping only quoted-pair', () => {
    expect(parseNameAddr('"Bob \\"x\\", \\\\ <b>" <sip:1@h>')?.displayName).toBe('Bob "x", \\ <b>');
  });

  it('handles unquoted names, bare addr-specs and percent-encoded users', () => {
    expect(parseNameAddr('Carol <sip:carol@h>')).toMatchObject({ displayName: 'Carol', number: 'carol' });
    expect(parseNameAddr('sip:1001@h;tag=x')).toMatchObject({ displayName: '', uri: 'sip:1001@h', number: '1001' });
    expect(uriNumber('sip:%2B4930123@h')).toBe('+4930123');
    expect(uriNumber('tel:+1-555-0100;phone-context=x')).toBe('+1-555-0100');
  });

  it('gives an empty identity for garbage', () => {
    expect(callerIdentity({ from: 'not a header' })).toEqual({ displayName: '', uri: '', number: '' });
    expect(parseNameAddr('"unterminated <sip:x@y')).toBeUndefined();
  });
});
