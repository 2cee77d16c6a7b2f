// Dataset benchmark in Chromium (issue: workspace and datasets): import 100,000 records × 20 fields
// from CSV through the import worker into IndexedDB, and load them back into a worker. The page
// (bench/browser/) is built with Vite (it bundles the workers) and served from a local server.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize } from 'node:path';
import { chromium } from 'playwright-core';
import { build } from 'vite';

const OUT = 'node_modules/.cache/bench-browser';
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json' };

export async function runDatasetBrowserBench(): Promise<void> {
  await build({ configFile: false, root: 'bench/browser', base: './', logLevel: 'warn', build: { outDir: join(process.cwd(), OUT), emptyOutDir: true, target: 'es2022' }, worker: { format: 'es' } });
  const server = createServer((req, res) => {
    const path = normalize(join(OUT, decodeURIComponent((req.url ?? '/').split('?')[0]!).replace(/^\/$/, '/index.html')));
    if (!path.startsWith(normalize(OUT)) || !existsSync(path) || !statSync(path).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
    createReadStream(path).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as { port: number }).port;
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const runs: { importMs: number; loadMs: number; bytes: number }[] = [];
    for (let i = 0; i < 3; i++) {
      const page = await (await browser.newContext()).newPage();
      await page.goto(`http://127.0.0.1:${port}/index.html`);
      await page.waitForFunction(() => (window as { __datasetBench?: unknown }).__datasetBench !== undefined, undefined, { timeout: 180_000 });
      const result = await page.evaluate(() => (window as { __datasetBench?: unknown }).__datasetBench) as { importMs: number; loadMs: number; bytes: number } | { error: string };
      if ('error' in result) throw new Error(result.error);
      runs.push(result);
      await page.context().close();
    }
    const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
    const importMs = median(runs.map((r) => r.importMs));
    const loadMs = median(runs.map((r) => r.loadMs));
    console.log(`\nDatasets in Chromium ${browser.version()}: 100,000 records × 20 fields (${(runs[0]!.bytes / 1048576).toFixed(1)} MB CSV), 3 runs`);
    console.log(`import through the worker into IndexedDB: median ${(importMs / 1000).toFixed(2)} s (runs ${runs.map((r) => (r.importMs / 1000).toFixed(2)).join(', ')}; target < 5 s)`);
    console.log(`load from IndexedDB into a worker: median ${loadMs.toFixed(0)} ms (runs ${runs.map((r) => r.loadMs.toFixed(0)).join(', ')}; target < 1 s)`);
  } finally {
    await browser.close();
    server.close();
  }
}
