// Moves on random trees: the moved node is where pathAfterMove says, nothing is lost or copied,
// and the input tree is untouched (deep-frozen, so a mutation would throw).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { childrenOf, getAt, moveNode, pathAfterMove, type Path } from '../../../../src/core/policy/builder/edits.ts';
import { fromBuilderCondition } from '../../../../src/core/policy/builder/mapping.ts';
import type { BuilderCondition } from '../../../../src/core/policy/builder/types.ts';

let next = 0;
const leaf = fc.constant(null).map((): BuilderCondition => ({ kind: 'test', expr: { kind: 'field', path: `f${next++}`, form: 'string' } }));
const tree = fc.letrec<{ node: BuilderCondition }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.tuple(fc.constantFrom('all', 'any', 'none') as fc.Arbitrary<'all' | 'any' | 'none'>, fc.array(tie('node'), { maxLength: 4 }))
      .map(([combinator, children]): BuilderCondition => ({ kind: 'group', combinator, children })),
    tie('node').map((condition): BuilderCondition => ({ kind: 'not', condition })),
  ),
})).node;
const rootTree = fc.array(tree, { minLength: 1, maxLength: 4 }).map((children): BuilderCondition => ({ kind: 'group', combinator: 'all', children }));

function paths(node: BuilderCondition, at: Path = []): Path[] {
  return childrenOf(node).flatMap((child, i) => [[...at, i], ...paths(child, [...at, i])]);
}
function groupPaths(node: BuilderCondition, at: Path = []): Path[] {
  const own = node.kind === 'group' ? [at] : [];
  return [...own, ...childrenOf(node).flatMap((child, i) => groupPaths(child, [...at, i]))];
}
function leaves(node: BuilderCondition): string[] {
  return JSON.stringify(fromBuilderCondition(node)).match(/f\d+/g)?.sort() ?? [];
}
function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

describe('moveNode on random trees', () => {
  it('puts the node at pathAfterMove and keeps every other node', () => {
    fc.assert(fc.property(rootTree, fc.nat(), fc.nat(), (root, i, j) => {
      deepFreeze(root);
      const before = JSON.stringify(fromBuilderCondition(root));
      const movable = paths(root).filter((p) => getAt(root, p.slice(0, -1))?.kind === 'group');
      if (movable.length === 0) return;
      const from = movable[i % movable.length]!;
      const targets = groupPaths(root)
        .filter((g) => !(g.length >= from.length && from.every((x, k) => g[k] === x))) // not inside the moved node
        .flatMap((g) => Array.from({ length: childrenOf(getAt(root, g)!).length + 1 }, (_, k) => [...g, k]));
      const to = targets[j % targets.length]!;
      const moved = moveNode(root, from, to);
      expect(getAt(moved, pathAfterMove(from, to))).toBe(getAt(root, from));
      expect(leaves(moved)).toEqual(leaves(root));
      expect(JSON.stringify(fromBuilderCondition(root))).toBe(before);
    }), { numRuns: 500 });
  });
});
