// Property tests (fast-check) explore new random inputs on every local run,
// and run a fixed, replayable sequence under CI so that a landing is never
// decided by luck. FC_SEED=<n> replays any run (fast-check prints the seed).
import fc from 'fast-check';

const seed = process.env.FC_SEED ?? (process.env.CI === 'true' ? '20261122' : undefined);
if (seed !== undefined) fc.configureGlobal({ seed: Number(seed) });
