// Measures what the browser must download before the app starts: the entry module plus every
// chunk Vite preloads with it (index.html's module script and modulepreload links), gzipped.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

export const INITIAL_JS_BUDGET = 300 * 1024;

export function initialJsSize(distDir) {
  const htmlText = readFileSync(join(distDir, 'index.html'), 'utf8');
  const refs = new Set();
  for (const m of htmlText.matchAll(/<script[^>]+type="module"[^>]+src="([^"]+)"/g)) refs.add(m[1]);
  for (const m of htmlText.matchAll(/<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)) refs.add(m[1]);
  const files = [...refs].map((ref) => {
    const path = join(distDir, ref.replace(/^\.?\//, ''));
    const bytes = readFileSync(path);
    return { file: ref, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length };
  });
  const total = files.reduce((sum, f) => sum + f.gzip, 0);
  return { files, total };
}
