import { defineConfig } from 'vite';

// The app is static: `npm run build` writes dist/. Mode "e2e" also bundles the test plugins under
// test/fixtures/plugins (a deliberately broken one among them) for the end-to-end suite.
export default defineConfig(({ mode }) => ({
  base: './',
  define: {
    __TEST_PLUGINS__: JSON.stringify(mode === 'e2e'),
  },
  build: {
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 4000,
  },
  worker: { format: 'es' },
  server: { port: 5173 },
  preview: { port: 4173 },
}));
