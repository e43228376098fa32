import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // one graphql copy for the tests and for type-graphql/Apollo (graphql 16 has no `exports` map)
    alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
  },
  test: {
    include: ['tests/**/*.test.ts', 'shared/src/**/*.test.ts', 'server/src/**/*.test.ts'],
    globalSetup: ['tests/setup/global-setup.ts'],
    setupFiles: ['reflect-metadata'],
    testTimeout: 30_000,
    hookTimeout: 60_000,
    pool: 'forks',
    maxWorkers: 2,
  },
});
