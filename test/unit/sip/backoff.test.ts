import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { reconnectDelayMs, RECONNECT_BACKOFF } from '../../../shared/sip/backoff';

describe('reconnect backoff', () => {
  it('doubles from 0.5 s, with the jitter in the upper half', () => {
    expect(reconnectDelayMs(0, () => 0)).toBe(250);
    expect(reconnectDelayMs(0, () => 0.999999)).toBe(500);
    expect(reconnectDelayMs(1, () => 0)).toBe(500);
    expect(reconnectDelayMs(3, () => 0)).toBe(2000);
  });

  it('never waits longer than the cap, nor less than half of it once there', () => {
    expect(reconnectDelayMs(50, () => 0.9999)).toBeLessThanOrEqual(RECONNECT_BACKOFF.maxMs);
    expect(reconnectDelayMs(50, () => 0)).toBe(RECONNECT_BACKOFF.maxMs / 2);
  });

  it('is within [ceiling/2, ceiling] and never shrinks as attempts grow, for any attempt and random draw', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1000 }), fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true }), (attempt, r) => {
        const ceiling = Math.min(RECONNECT_BACKOFF.maxMs, RECONNECT_BACKOFF.baseMs * 2 ** Math.min(attempt, 30));
        const delay = reconnectDelayMs(attempt, () => r);
        expect(delay).toBeGreaterThanOrEqual(Math.floor(ceiling / 2));
        expect(delay).toBeLessThanOrEqual(ceiling);
        expect(reconnectDelayMs(attempt + 1, () => 0)).toBeGreaterThanOrEqual(reconnectDelayMs(attempt, () => 0));
      }),
    );
  });

  it('treats a negative or fractional attempt as the first', () => {
    expect(reconnectDelayMs(-3, () => 0)).toBe(250);
    expect(reconnectDelayMs(0.7, () => 0)).toBe(250);
  });
});
