import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // Finds the test PostgreSQL once per run (or says how to run its tests).
    globalSetup: ['tests/setup/postgres.ts'],
    // Adapter tests start real clients against local fake servers; give them room on a 2-core CI.
    testTimeout: 20_000,
    hookTimeout: 20_000,
  },
});
