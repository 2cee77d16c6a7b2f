// `npm run size`: builds if needed and reports the initial JavaScript (gzip) against the budget.
import { existsSync } from 'node:fs';
import { build } from 'vite';
import { INITIAL_JS_BUDGET, initialJsSize } from './initial-size.mjs';

if (!existsSync('dist/index.html') || process.argv.includes('--build')) await build({ logLevel: 'warn' });
const { files, total } = initialJsSize('dist');
for (const f of files) console.log(`${f.file.padEnd(48)} ${(f.raw / 1024).toFixed(1).padStart(8)} KB raw ${(f.gzip / 1024).toFixed(1).padStart(8)} KB gzip`);
const verdict = total <= INITIAL_JS_BUDGET ? 'within' : 'OVER';
console.log(`initial JavaScript: ${(total / 1024).toFixed(1)} KB gzip, ${verdict} the ${INITIAL_JS_BUDGET / 1024} KB budget`);
process.exit(total <= INITIAL_JS_BUDGET ? 0 : 1);
