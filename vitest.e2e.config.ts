import { defineConfig } from 'vitest/config';

// End-to-end tests: playwright-core drives Debian's Chromium against the built app (dist-e2e,
// served by `vite preview` from the global setup).
export default defineConfig({
  test: {
    include: ['test/e2e/**/*.e2e.test.ts'],
    globalSetup: ['test/e2e/global-setup.ts'],
    testTimeout: 60000,
    hookTimeout: 60000,
    fileParallelism: false,
    environment: 'node',
  },
});
