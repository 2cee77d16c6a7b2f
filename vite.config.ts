import { build as esbuild } from 'esbuild';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig, type Plugin } from 'vite';

const ROOT = fileURLToPath(new URL('.', import.meta.url));
const RUNTIME_MODULE = 'virtual:scorecard-runtime';
const RESOLVED_RUNTIME_MODULE = `\0${RUNTIME_MODULE}`;

/**
 * The standalone runtime as text, for the "runtime bundle" export: src/core/index.ts as one ES
 * module, the entry vite.runtime.config.ts builds into dist/runtime/. esbuild rather than a second
 * Vite build: about half a second, no output folder, and usable from the Node tests. Browser
 * resolution as in the runtime build (papaparse's browser file has no `require('stream')`; its DOM
 * uses are guarded, so the module runs in Node). The comments esbuild writes name files relative
 * to the project root, so the text is the same on every machine.
 */
export async function bundleRuntimeSource(): Promise<{ text: string; inputs: string[] }> {
  const result = await esbuild({
    entryPoints: ['src/core/index.ts'],
    absWorkingDir: ROOT,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    charset: 'utf8',
    write: false,
    metafile: true,
    logLevel: 'silent',
  });
  const inputs = Object.keys(result.metafile.inputs).map((path) => resolve(ROOT, path));
  return { text: result.outputFiles[0]!.text, inputs };
}

/**
 * `import('virtual:scorecard-runtime')` gives the runtime's source as its default export. Only the
 * exports plugin imports it, dynamically, so it is a chunk of its own fetched when a runtime bundle
 * is exported, never part of the start-up JavaScript. The runtime build (vite.runtime.config.ts)
 * does not use this plugin; the e2e build does, the same way as the app build.
 */
function scorecardRuntimeSource(): Plugin {
  return {
    name: 'scorecard-runtime-source',
    resolveId: (id) => (id === RUNTIME_MODULE ? RESOLVED_RUNTIME_MODULE : undefined),
    async load(id) {
      if (id !== RESOLVED_RUNTIME_MODULE) return undefined;
      const { text, inputs } = await bundleRuntimeSource();
      // The dev server rebuilds the text when a core file changes.
      for (const input of inputs) this.addWatchFile(input);
      return `export default ${JSON.stringify(text)};\n`;
    },
  };
}

// The app is static: `npm run build` writes dist/. Mode "e2e" also bundles the test plugins under
// test/fixtures/plugins (a deliberately broken one among them) for the end-to-end suite.
export default defineConfig(({ mode }) => ({
  base: './',
  define: {
    __TEST_PLUGINS__: JSON.stringify(mode === 'e2e'),
  },
  plugins: [scorecardRuntimeSource()],
  build: {
    target: 'es2022',
    sourcemap: true,
    chunkSizeWarningLimit: 4000,
  },
  worker: { format: 'es' },
  server: { port: 5173 },
  preview: { port: 4173 },
}));
