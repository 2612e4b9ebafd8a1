import { describe, expect, it } from 'vitest';
import { isAppOrigin, permissionAllowed } from '../../../main/features/permissions';

const APP = 'app://ringdesk';

describe('which page may use what', () => {
  it('grants the microphone to our own pages', () => {
    expect(permissionAllowed({ permission: 'media', requestingUrl: 'app://ringdesk/index.html', mediaTypes: ['audio'] }, APP)).toBe(true);
    expect(permissionAllowed({ permission: 'media', requestingUrl: 'app://ringdesk', mediaType: 'audio' }, APP)).toBe(true);
  });

  it('refuses the camera, also together with the microphone, and a media request naming no device', () => {
    expect(permissionAllowed({ permission: 'media', requestingUrl: 'app://ringdesk/index.html', mediaTypes: ['video'] }, APP)).toBe(false);
    expect(permissionAllowed({ permission: 'media', requestingUrl: 'app://ringdesk/index.html', mediaTypes: ['audio', 'video'] }, APP)).toBe(false);
    expect(permissionAllowed({ permission: 'media', requestingUrl: 'app://ringdesk/index.html', mediaTypes: [] }, APP)).toBe(false);
  });

  it('refuses the microphone to every other origin, including look-alikes', () => {
    for (const url of [
      'https://desk.example.com/',
      'file:///opt/ringdesk/index.html',
      'app://ringdesk.evil.example/',
      'app://evil/ringdesk',
      'app://ringdesk@evil/',
      'http://ringdesk/',
      'not a url',
      '',
    ]) {
      expect(permissionAllowed({ permission: 'media', requestingUrl: url, mediaTypes: ['audio'] }, APP), url).toBe(false);
    }
  });

  it('lets our pages pick the audio output and reach a PBX on the local network', () => {
    for (const permission of ['speaker-selection', 'local-network-access', 'local-network', 'loopback-network']) {
      expect(permissionAllowed({ permission, requestingUrl: 'app://ringdesk/index.html' }, APP), permission).toBe(true);
      expect(permissionAllowed({ permission, requestingUrl: 'https://desk.example.com/' }, APP), permission).toBe(false);
    }
  });

  it('denies every other permission, even to our own pages', () => {
    for (const permission of ['notifications', 'geolocation', 'clipboard-read', 'display-capture', 'openExternal', 'hid', 'serial', 'usb', 'fullscreen', 'pointerLock', 'midi', 'unknown']) {
      expect(permissionAllowed({ permission, requestingUrl: 'app://ringdesk/index.html' }, APP), permission).toBe(false);
    }
  });

  it('compares whole origins, not prefixes', () => {
    expect(isAppOrigin('app://ringdesk/x?y#z', APP)).toBe(true);
    expect(isAppOrigin('app://ringdesk:8080/', APP)).toBe(false);
  });
});
