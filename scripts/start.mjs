// `npm start`: builds the static app when dist/ is missing or older than the sources, then serves
// it and prints its URL. (`npm run dev` runs the Vite dev server instead.)
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { build, preview } from 'vite';

function newestMtime(paths) {
  let newest = 0;
  const visit = (p) => {
    if (!existsSync(p)) return;
    const s = statSync(p);
    if (s.isDirectory()) {
      for (const name of readdirSync(p)) if (name !== 'node_modules') visit(join(p, name));
    } else newest = Math.max(newest, s.mtimeMs);
  };
  paths.forEach(visit);
  return newest;
}

const stale = !existsSync('dist/index.html') ||
  newestMtime(['src', 'plugins', 'schemas', 'index.html', 'vite.config.ts', 'package-lock.json']) > statSync('dist/index.html').mtimeMs;
if (stale) {
  console.log('Building the app…');
  await build({ logLevel: 'warn' });
}
const port = Number(process.env.PORT ?? 4173);
const server = await preview({ preview: { port, host: process.env.HOST ?? '127.0.0.1', strictPort: false, open: false } });
console.log('\nScorecard Designer is running:');
server.printUrls();
