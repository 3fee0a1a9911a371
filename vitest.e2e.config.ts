import { defineConfig } from 'vitest/config';

/** End-to-end tests in the Microsoft 365 Agents Playground with Debian's Chromium (npm run test:e2e). */
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    testTimeout: 180_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
});
