// Bundles bench/index.ts (TypeScript, importing src/) with esbuild and runs it in this process.
import { build } from 'esbuild';
import { mkdirSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const outdir = 'node_modules/.cache/bench';
mkdirSync(outdir, { recursive: true });
await build({
  entryPoints: ['bench/index.ts'],
  outfile: `${outdir}/index.mjs`,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  packages: 'external',
  logLevel: 'warning',
});
await import(pathToFileURL(`${outdir}/index.mjs`).href);
