// `npm run lint`: layer arrows and the eval ban (see lint-rules.mjs). Exit 1 on any problem.
import { resolve } from 'node:path';
import { lintTree } from './lint-rules.mjs';

const root = resolve(process.argv[2] ?? '.');
const { files, problems } = lintTree(root);
for (const p of problems) console.error(`${p.file}:${p.line}  ${p.rule}  ${p.message}`);
console.log(`lint: ${files} files, ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
process.exit(problems.length ? 1 : 0);
