import { defineConfig } from 'vitest/config';

const browser = process.env.RINDA_TEST_BROWSER === '1';

export default defineConfig({
  test: {
    include: browser ? ['tests/browser/**/*.test.ts'] : ['src/**/*.test.ts', 'tests/**/*.test.ts'],
    exclude: browser ? [] : ['tests/browser/**', 'node_modules/**'],
    globalSetup: ['tests/support/global-setup.ts'],
    pool: 'forks',
    maxWorkers: browser ? 1 : 2,
    fileParallelism: !browser,
    testTimeout: browser ? 120_000 : 30_000,
    hookTimeout: 120_000,
    reporters: ['default'],
  },
});
