// Bundles bench/index.ts and the engine benchmark's worker (TypeScript, importing src/) with esbuild and runs it in this process.
import { build, stop } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const outdir = 'node_modules/.cache/bench';
mkdirSync(outdir, { recursive: true });
await build({
  // The engine benchmark runs each contender in a worker thread started from logic-contender.mjs.
  entryPoints: ['bench/index.ts', 'bench/logic-contender.ts'],
  outdir,
  outExtension: { '.js': '.mjs' },
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
// esbuild's service process would keep this one alive after the benchmarks.
await stop();
await import(pathToFileURL(`${outdir}/index.mjs`).href);
