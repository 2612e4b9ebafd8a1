// Reconnect delays after the SIP transport drops: exponential, capped, with
// jitter so that a PBX restart is not met by every agent at the same instant.

export interface BackoffPolicy {
  readonly baseMs: number;
  readonly maxMs: number;
}

export const RECONNECT_BACKOFF: BackoffPolicy = { baseMs: 500, maxMs: 30_000 };

/**
 * Delay before reconnect attempt `attempt` (0 = first retry): a random point
 * in the upper half of min(max, base * 2^attempt). `random` returns [0, 1).
 */
export function reconnectDelayMs(attempt: number, random: () => number = Math.random, policy: BackoffPolicy = RECONNECT_BACKOFF): number {
  const exponent = Math.min(Math.max(0, Math.floor(attempt)), 30);
  const ceiling = Math.min(policy.maxMs, policy.baseMs * 2 ** exponent);
  return Math.round(ceiling / 2 + (ceiling / 2) * random());
}
