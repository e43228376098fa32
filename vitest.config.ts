import { configDefaults, defineConfig } from 'vitest/config';
import react from '@vitejs/plugin-react';

export default defineConfig({
  test: {
    projects: [
      {
        resolve: {
          // one graphql copy for the tests and for type-graphql/Apollo (graphql 16 has no `exports` map)
          alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }],
        },
        test: {
          name: 'api',
          include: ['tests/**/*.test.ts', 'shared/src/**/*.test.ts', 'server/src/**/*.test.ts'],
          // its own project: it needs nginx and Sentinel and runs for minutes (npm run test:scale)
          exclude: [...configDefaults.exclude, 'tests/scale/**'],
          globalSetup: ['tests/setup/global-setup.ts', 'tests/chaos/report.ts'],
          setupFiles: ['reflect-metadata'],
          testTimeout: 30_000,
          hookTimeout: 60_000,
          pool: 'forks',
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
        },
      },
      {
        resolve: { alias: [{ find: /^graphql$/, replacement: 'graphql/index.js' }] },
        test: {
          name: 'scale',
          include: ['tests/scale/**/*.test.ts'],
          setupFiles: ['reflect-metadata'],
          hookTimeout: 600_000,
          pool: 'forks',
          maxWorkers: 1,
        },
      },
      {
        plugins: [react()],
        test: {
          name: 'client',
          root: 'client',
          include: ['src/**/*.test.{ts,tsx}'],
          environment: 'jsdom',
          setupFiles: ['src/testing/setup.ts'],
          // after the API project: projects with different worker counts run as separate groups
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
