import { defineConfig } from 'vite';

// The standalone runtime other tools embed: src/core/index.ts as one ES module with no DOM
// dependencies, written to dist/runtime/ next to the app (the app build runs first and empties dist/).
export default defineConfig({
  build: {
    target: 'es2022',
    outDir: 'dist/runtime',
    emptyOutDir: true,
    sourcemap: true,
    minify: false,
    lib: {
      entry: 'src/core/index.ts',
      formats: ['es'],
      fileName: () => 'scorecard-runtime.js',
    },
  },
});
