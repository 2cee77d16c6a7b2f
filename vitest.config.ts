import { defineConfig } from 'vitest/config';

// Unit tests in Node: everything under test/ except browser (*.browser.test.ts) and e2e tests.
export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    exclude: ['test/**/*.browser.test.ts', 'test/e2e/**', 'node_modules/**'],
    environment: 'node',
  },
});
