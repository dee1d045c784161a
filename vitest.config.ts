import { defineConfig } from 'vitest/config';

/**
 * One suite, one command (`npm test`): unit tests, integration tests over HTTP against a real
 * Neo4j (embedded, started by tests/globalSetup.ts, or NEO4J_URI), and browser tests in Chromium.
 * Files run one at a time: they share one database, and the machine has two cores.
 */
export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    globalSetup: ['tests/globalSetup.ts'],
    fileParallelism: false,
    testTimeout: 30_000,
    hookTimeout: 180_000,
    teardownTimeout: 60_000,
    reporters: ['default'],
  },
});
