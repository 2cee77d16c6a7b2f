// Properties of the designer edits on random trees: balancing always reaches exactly 100 without
// touching locks; moves never lose, duplicate or loop nodes; duplicates keep ids unique; the
// leaves' absolute weights make 100; and no edit writes into its input or shares an object.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { duplicate } from '../../../../src/core/scorecard/edit/duplicate-node.ts';
import type { EditResult } from '../../../../src/core/scorecard/edit/edit-result.ts';
import { convertToGroup, convertToLeaf } from '../../../../src/core/scorecard/edit/convert-node.ts';
import { moveNode } from '../../../../src/core/scorecard/edit/move-node.ts';
import { addChild, remove, rename, setWeight, toggleLock } from '../../../../src/core/scorecard/edit/tree-edits.ts';
import { absoluteWeights, balanceWeights } from '../../../../src/core/scorecard/edit/weights.ts';
import { type IndicatorGroup, type IndicatorNode, type ScorecardConfig, isGroup } from '../../../../src/core/scorecard/types.ts';
import { validateConfig } from '../../../../src/core/scorecard/validate.ts';
import { ABCD } from '../scorecard-builders.ts';
import { allIds, deepFreeze, find } from './edit-fixtures.ts';

interface Shape { weight: number; locked: boolean; children?: Shape[] }

const shape: fc.Arbitrary<Shape> = fc.letrec<{ node: Shape }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.record({ weight: fc.integer({ min: 0, max: 10000 }), locked: fc.boolean() }),
    fc.record({ weight: fc.integer({ min: 0, max: 10000 }), locked: fc.boolean(), children: fc.array(tie('node'), { minLength: 1, maxLength: 5 }) }),
  ),
})).node;

/** A valid-shaped config from a shape: ids n0, n1, … in pre-order, weights in hundredths. */
function configOf(root: Shape): ScorecardConfig {
  let next = 0;
  const build = (s: Shape): IndicatorNode => {
    const base = { id: `n${next++}`, name: { en: 'x', 'zh-CN': '甲' }, weight: s.weight / 100, ...(s.locked ? { locked: true } : {}) };
    return s.children === undefined
      ? { ...base, value: { var: 'a' }, scorer: { type: 'linear', worst: 0, best: 100 } }
      : { ...base, children: s.children.map(build) };
  };
  const tree = build({ ...root, children: root.children ?? [root] }) as IndicatorGroup;
  return deepFreeze({ version: 1, id: 't', name: 't', fields: [{ key: 'a', type: 'number' }], root: tree, grades: { bands: structuredClone(ABCD) } });
}

const groupShape = shape.filter((s) => s.children !== undefined);

function groupsOf(node: IndicatorNode, into: IndicatorGroup[] = []): IndicatorGroup[] {
  if (isGroup(node)) {
    into.push(node);
    node.children.forEach((c) => groupsOf(c, into));
  }
  return into;
}

/** Every node object once: no cycles, no object in two places. */
function objectsAreATree(root: IndicatorGroup): boolean {
  const seen = new Set<object>();
  const visit = (node: IndicatorNode): boolean => {
    if (seen.has(node)) return false;
    seen.add(node);
    return !isGroup(node) || node.children.every(visit);
  };
  return visit(root);
}

const GRAPH_PROBLEMS = new Set(['cycle', 'shared-reference', 'duplicate-node-id']);

describe('balanceWeights', () => {
  it('makes a group\'s children sum to exactly 100 and leaves locked weights alone', () => {
    fc.assert(fc.property(groupShape, fc.nat(), fc.constantFrom('equal' as const, 'proportional' as const), (s, pick, mode) => {
      const config = configOf(s);
      const groups = groupsOf(config.root);
      const target = groups[pick % groups.length]!;
      const result = balanceWeights(config, target.id, mode);
      const locked = target.children.filter((c) => c.locked === true);
      const lockedSum = locked.reduce((sum, c) => sum + Math.round(c.weight * 100), 0);
      if (!result.ok) {
        expect(locked.length === target.children.length || lockedSum > 10000).toBe(true);
        return;
      }
      const after = find(result.config.root, target.id) as IndicatorGroup;
      const hundredths = after.children.map((c) => Math.round(c.weight * 100));
      expect(hundredths.reduce((a, b) => a + b, 0)).toBe(10000);
      expect(Math.abs(after.children.reduce((sum, c) => sum + c.weight, 0) - 100)).toBeLessThan(1e-9);
      after.children.forEach((c, i) => {
        expect(Math.abs(c.weight * 100 - hundredths[i]!)).toBeLessThan(1e-6);
        expect(c.weight).toBeGreaterThanOrEqual(0);
        if (c.locked === true) expect(c.weight).toBe(target.children[i]!.weight);
      });
      if (mode === 'proportional') {
        // Ratios kept, up to the rounding to hundredths.
        const unlocked = target.children.map((c, i) => [c, after.children[i]!] as const).filter(([c]) => c.locked !== true);
        const before = unlocked.reduce((sum, [c]) => sum + c.weight, 0);
        if (before > 0) for (const [c, a] of unlocked) expect(Math.abs(a.weight - (c.weight / before) * (100 - lockedSum / 100))).toBeLessThanOrEqual(0.01 + 1e-9);
      }
    }), { numRuns: 300 });
  });
});

describe('moveNode', () => {
  it('never loses, duplicates or loops a node, and refuses only what it must', () => {
    fc.assert(fc.property(groupShape, fc.nat(), fc.nat(), fc.integer({ min: -1, max: 6 }), (s, a, b, index) => {
      const config = configOf(s);
      const ids = allIds(config.root);
      const id = ids[a % ids.length]!;
      const parentId = ids[b % ids.length]!;
      const result = moveNode(config, id, parentId, index);
      if (!result.ok) {
        const moved = find(config.root, id)!;
        const parent = find(config.root, parentId)!;
        const allowed = id === config.root.id || !isGroup(parent) || allIds(moved).includes(parentId) || result.code === 'last-child';
        expect(allowed, result.code).toBe(true);
        return;
      }
      expect(allIds(result.config.root).sort()).toEqual([...ids].sort());
      expect(objectsAreATree(result.config.root)).toBe(true);
      const parent = find(result.config.root, parentId) as IndicatorGroup;
      expect(parent.children.some((c) => c.id === id)).toBe(true);
      expect(validateConfig(result.config).problems.filter((p) => GRAPH_PROBLEMS.has(p.code) || p.code.startsWith('schema'))).toEqual([]);
    }), { numRuns: 300 });
  });
});

describe('duplicate', () => {
  it('keeps every id in the tree unique, however often it copies', () => {
    fc.assert(fc.property(groupShape, fc.array(fc.nat(), { minLength: 1, maxLength: 6 }), (s, picks) => {
      let config = configOf(s);
      for (const pick of picks) {
        const ids = allIds(config.root);
        const result = duplicate(config, ids[pick % ids.length]!);
        if (result.ok) config = deepFreeze(result.config);
        const after = allIds(config.root);
        expect(new Set(after).size).toBe(after.length);
      }
    }), { numRuns: 200 });
  });
});

describe('absoluteWeights', () => {
  it('gives leaves that add up to 100 when every group has a positive sum', () => {
    fc.assert(fc.property(groupShape, (s) => {
      const config = configOf(s);
      fc.pre(groupsOf(config.root).every((g) => g.children.some((c) => c.weight > 0)));
      const abs = absoluteWeights(config);
      const leaves = allIds(config.root).filter((id) => !isGroup(find(config.root, id)!));
      expect(Math.abs(leaves.reduce((sum, id) => sum + abs.get(id)!, 0) - 100)).toBeLessThan(1e-9);
    }), { numRuns: 200 });
  });
});

type Edit = (config: ScorecardConfig, id: string, other: string, n: number) => EditResult;

const EDITS: Edit[] = [
  (c, id, _o, n) => addChild(c, id, n % 2 ? 'group' : 'leaf', { index: n }),
  (c, id, _o, n) => rename(c, id, n % 2 ? 'en' : 'zh-CN', n % 3 ? `name ${n}` : ''),
  (c, id) => remove(c, id),
  (c, id, _o, n) => setWeight(c, id, n),
  (c, id) => toggleLock(c, id),
  (c, id, o, n) => moveNode(c, id, o, n),
  (c, id, _o, n) => duplicate(c, id, { weight: n }),
  (c, id) => convertToGroup(c, id),
  (c, id) => convertToLeaf(c, id),
  (c, id, _o, n) => balanceWeights(c, id, n % 2 ? 'equal' : 'proportional'),
];

describe('any sequence of edits', () => {
  it('never writes into its (frozen) input and always yields a well-formed configuration', () => {
    const step = fc.tuple(fc.nat(EDITS.length - 1), fc.nat(), fc.nat(), fc.nat(8));
    fc.assert(fc.property(groupShape, fc.array(step, { minLength: 1, maxLength: 12 }), (s, steps) => {
      let config = configOf(s);
      for (const [edit, a, b, n] of steps) {
        const ids = allIds(config.root);
        const result = EDITS[edit]!(config, ids[a % ids.length]!, ids[b % ids.length]!, n);
        if (!result.ok) continue;
        config = deepFreeze(result.config);
        const bad = validateConfig(config).problems.filter((p) => GRAPH_PROBLEMS.has(p.code) || p.code.startsWith('schema'));
        expect(bad).toEqual([]);
        expect(objectsAreATree(config.root)).toBe(true);
      }
    }), { numRuns: 150 });
  });
});
