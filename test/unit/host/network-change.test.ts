import { describe, expect, it } from 'vitest';
import { networkSignature, watchNetwork } from '../../../main/features/network-change';
import type { InterfaceTable } from '../../../main/features/network-change';

const wifi: InterfaceTable = {
  lo: [{ address: '127.0.0.1', internal: true, family: 'IPv4' }],
  wlan0: [
    { address: '192.168.1.20', internal: false, family: 'IPv4' },
    { address: 'fe80::1', internal: false, family: 'IPv6' },
  ],
};
const cable: InterfaceTable = { ...wifi, wlan0: undefined, eth0: [{ address: '10.0.0.5', internal: false, family: 'IPv4' }] };

/** A clock the test advances by hand: each tick() is one look at the network. */
function manualSchedule() {
  let tick: (() => void) | undefined;
  return { schedule: { every: (_ms: number, fn: () => void) => ((tick = fn), () => (tick = undefined)) }, tick: () => tick?.() };
}

describe('noticing a network change', () => {
  it('signs a network by its external addresses, ignoring loopback and link-local', () => {
    expect(networkSignature(wifi)).toBe('wlan0=192.168.1.20');
    expect(networkSignature({ ...wifi, wlan0: [...(wifi.wlan0 ?? []), { address: 'fe80::2', internal: false, family: 'IPv6' }] })).toBe('wlan0=192.168.1.20');
  });

  it('reports a change once it has held for two looks, and only once', () => {
    let now = wifi;
    let changes = 0;
    const clock = manualSchedule();
    watchNetwork(() => now, () => changes++, clock.schedule);
    clock.tick();
    expect(changes).toBe(0);
    now = cable;
    clock.tick();
    expect(changes).toBe(0);
    clock.tick();
    expect(changes).toBe(1);
    clock.tick();
    expect(changes).toBe(1);
  });

  it('ignores a flap that returns to the same network', () => {
    let now = wifi;
    let changes = 0;
    const clock = manualSchedule();
    watchNetwork(() => now, () => changes++, clock.schedule);
    now = {};
    clock.tick();
    now = wifi;
    clock.tick();
    clock.tick();
    expect(changes).toBe(0);
  });

  it('stops looking when stopped', () => {
    let now = wifi;
    let changes = 0;
    const clock = manualSchedule();
    watchNetwork(() => now, () => changes++, clock.schedule).stop();
    now = cable;
    clock.tick();
    clock.tick();
    expect(changes).toBe(0);
  });
});
