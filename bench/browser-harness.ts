// The Chromium side of `npm run bench`: the pages under bench/browser/ are built with Vite (which
// bundles their workers), served from a local server and opened in Debian's Chromium.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { extname, join, normalize, resolve } from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { build } from 'vite';

const OUT = 'node_modules/.cache/bench-browser';
const TYPES: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.map': 'application/json' };
const PAGES = ['index', 'policy', 'scorecard'];

export interface BenchBrowser {
  browser: Browser;
  /** Opens a fresh context on `page` (e.g. "policy.html") and returns what it leaves in window[key] once set. */
  runPage<T>(page: string, key: string): Promise<T>;
  close(): Promise<void>;
}

export async function openBenchBrowser(): Promise<BenchBrowser> {
  const root = resolve('bench/browser');
  await build({
    configFile: false, root, base: './', logLevel: 'warn', worker: { format: 'es' },
    build: { outDir: join(process.cwd(), OUT), emptyOutDir: true, target: 'es2022', rollupOptions: { input: Object.fromEntries(PAGES.map((p) => [p, join(root, `${p}.html`)])) } },
  });
  const server = createServer((req, res) => {
    const path = normalize(join(OUT, decodeURIComponent((req.url ?? '/').split('?')[0]!).replace(/^\/$/, '/index.html')));
    if (!path.startsWith(normalize(OUT)) || !existsSync(path) || !statSync(path).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { 'content-type': TYPES[extname(path)] ?? 'application/octet-stream' });
    createReadStream(path).pipe(res);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const port = (server.address() as { port: number }).port;
  const browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  return {
    browser,
    async runPage<T>(page: string, key: string): Promise<T> {
      const context = await browser.newContext();
      try {
        const tab = await context.newPage();
        await tab.goto(`http://127.0.0.1:${port}/${page}`);
        await tab.waitForFunction((k) => (window as unknown as Record<string, unknown>)[k] !== undefined, key, { timeout: 300_000 });
        const result = await tab.evaluate((k) => (window as unknown as Record<string, unknown>)[k], key) as T | { error: string };
        if (result && typeof result === 'object' && 'error' in result) throw new Error((result as { error: string }).error);
        return result as T;
      } finally {
        await context.close();
      }
    },
    async close() {
      await browser.close();
      server.close();
    },
  };
}

export const median = (xs: readonly number[]): number => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
