import { resolve } from 'node:path';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  root: resolve(import.meta.dirname, '..'),
  test: {
    include: ['test/**/*.test.ts', 'test/**/*.test.tsx'],
    environment: 'node',
    setupFiles: ['test/support/vitest-setup.ts'],
    reporters: ['default', './test/support/summary-reporter.ts'],
    // Integration and e2e tests start real servers and a real browser.
    testTimeout: 60_000,
    hookTimeout: 180_000,
    // Two cores: more workers only fight over CPU with Chromium and the servers.
    maxWorkers: 2,
  },
});
