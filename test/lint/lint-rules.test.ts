import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- plain ESM script without type declarations
import { lintTree } from '../../scripts/lint-rules.mjs';

interface Problem { file: string; line: number; rule: string; message: string }

const fixture = fileURLToPath(new URL('../fixtures/lint', import.meta.url));
const { problems } = lintTree(fixture) as { problems: Problem[] };
const inFile = (file: string) => problems.filter((p) => p.file === file);

describe('lint rules on a fixture tree with deliberate violations', () => {
  it('rejects a wrong-direction import (base importing platform)', () => {
    expect(inFile('src/base/wrong-direction.ts')).toEqual([
      expect.objectContaining({ rule: 'layers', line: 1, message: expect.stringContaining('layer "base" may not import from layer "platform"') }),
    ]);
  });

  it('rejects DOM libraries in core', () => {
    expect(inFile('src/core/uses-lit.ts').map((p) => p.message)).toEqual(['layer "core" may not import the package "lit"']);
  });

  it('accepts imports that follow the arrows', () => {
    expect(inFile('src/platform/fine.ts')).toEqual([]);
    expect(inFile('src/base/ok.ts')).toEqual([]);
    expect(inFile('plugins/alpha/index.ts')).toEqual([]);
  });

  it('bans eval, new Function and globalThis.eval calls', () => {
    const evil = inFile('src/workbench/evil.ts');
    expect(evil.map((p) => [p.rule, p.line])).toEqual([['no-eval', 1], ['no-eval', 2]]);
  });

  it("keeps plugins out of other plugins' files and the workbench's internals, statically and dynamically", () => {
    const beta = inFile('plugins/beta/index.ts').map((p) => `${p.line}: ${p.message}`);
    expect(beta).toEqual([
      "1: a plugin may not import another plugin's files (plugins/alpha/widget.ts)",
      '2: plugins may import only src/base, src/core, src/workbench/api.ts, worker-api.ts and rule-builder-api.ts, not src/workbench/services.ts',
      "5: a plugin may not import another plugin's files (plugins/alpha/index.ts)",
    ]);
  });
});

describe('lint on the project itself', () => {
  it('finds no problem in src/, plugins/ and bin/', () => {
    const root = fileURLToPath(new URL('../..', import.meta.url));
    const own = lintTree(root) as { problems: Problem[] };
    expect(own.problems).toEqual([]);
  });
});
