// Tree edits: new trees every time (inputs deep-frozen, so a mutation would throw), paths as
// documented, moves within and between groups, Alt+Arrow targets.
import { describe, expect, it } from 'vitest';
import {
  duplicateAt, getAt, insertAt, isGroupChild, moveDownTarget, moveNode, moveUpTarget, pathAfterMove, removeAt, replaceAt, setCombinator,
  unwrap, wrapInGroup, type Path,
} from '../../../../src/core/policy/builder/edits.ts';
import { fromBuilderCondition, toBuilderCondition } from '../../../../src/core/policy/builder/mapping.ts';
import type { BuilderCondition } from '../../../../src/core/policy/builder/types.ts';

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

const c = (name: string): unknown => ({ '>': [{ var: name }, 0] });
/** and[a, or[b, c], !d, some(items, e)] */
const OR = { or: ['b', 'c'] };
const NOT = { '!': 'd' };
const SOME = { some: [{ var: 'items' }, 'e'] };
const RULE = { and: [c('a'), { or: [c('b'), c('c')] }, { '!': c('d') }, { some: [{ var: 'items' }, c('e')] }] };

function tree(): BuilderCondition {
  return deepFreeze(toBuilderCondition(RULE));
}
/** The rule with each comparison shortened to its field name, for readable expectations. */
function short(model: BuilderCondition): unknown {
  const walk = (json: unknown): unknown => {
    if (Array.isArray(json)) return json.map(walk);
    if (typeof json !== 'object' || json === null) return json;
    const [key, value] = Object.entries(json)[0]!;
    if (key === '>') return ((value as unknown[])[0] as { var: string }).var;
    return { [key]: walk(value) };
  };
  return walk(fromBuilderCondition(model));
}

describe('paths', () => {
  it('address group children, and the one child of a not or a quantifier', () => {
    const t = tree();
    expect(short(getAt(t, [1, 0])!)).toBe('b');
    expect(short(getAt(t, [2, 0])!)).toBe('d');
    expect(short(getAt(t, [3, 0])!)).toBe('e');
    expect(getAt(t, [0, 0])).toBeUndefined();
    expect(getAt(t, [9])).toBeUndefined();
    expect(isGroupChild(t, [1, 1])).toBe(true);
    expect(isGroupChild(t, [2, 0])).toBe(false);
    expect(isGroupChild(t, [])).toBe(false);
  });

  it('bad paths throw', () => {
    const t = tree();
    expect(() => replaceAt(t, [7], t)).toThrow(RangeError);
    expect(() => removeAt(t, [])).toThrow(RangeError);
    expect(() => removeAt(t, [2, 0])).toThrow(RangeError);
    expect(() => insertAt(t, [0, 0], t)).toThrow(RangeError);
    expect(() => insertAt(t, [5], t)).toThrow(RangeError);
    expect(() => setCombinator(t, [0], 'any')).toThrow(RangeError);
    expect(() => unwrap(t, [0])).toThrow(RangeError);
  });
});

describe('edits', () => {
  it('insert, remove, replace, duplicate', () => {
    const t = tree();
    const x = toBuilderCondition(c('x'));
    expect(short(insertAt(t, [1, 2], x))).toEqual({ and: ['a', { or: ['b', 'c', 'x'] }, NOT, SOME] });
    expect(short(insertAt(t, [0], x))).toEqual({ and: ['x', 'a', OR, NOT, SOME] });
    expect(short(removeAt(t, [1, 0]))).toEqual({ and: ['a', { or: ['c'] }, NOT, SOME] });
    expect(short(replaceAt(t, [2, 0], x))).toEqual({ and: ['a', OR, { '!': 'x' }, SOME] });
    const dup = duplicateAt(t, [1]);
    expect(short(dup)).toEqual({ and: ['a', OR, OR, NOT, SOME] });
    expect(getAt(dup, [2])).not.toBe(getAt(dup, [1])); // a copy, not a shared node
    expect(getAt(dup, [2])).toEqual(getAt(dup, [1]));
    expect(short(t)).toEqual(short(toBuilderCondition(RULE))); // input unchanged
  });

  it('shares untouched subtrees', () => {
    const t = tree();
    const next = removeAt(t, [1, 0]);
    expect(next).not.toBe(t);
    expect(getAt(next, [0])).toBe(getAt(t, [0]));
    expect(getAt(next, [3])).toBe(getAt(t, [3]));
    expect(getAt(next, [1])).not.toBe(getAt(t, [1]));
  });

  it('wrap, unwrap, change combinator', () => {
    const t = tree();
    expect(short(wrapInGroup(t, [0], 'any'))).toEqual({ and: [{ or: ['a'] }, OR, NOT, SOME] });
    expect(short(wrapInGroup(t, [0], 'all', 2))).toEqual({ and: [{ and: ['a', OR] }, NOT, SOME] });
    expect(short(wrapInGroup(t, [], 'any'))).toEqual({ or: [short(t)] });
    expect(short(wrapInGroup(t, [2, 0]))).toEqual({ and: ['a', OR, { '!': { and: ['d'] } }, SOME] });
    expect(() => wrapInGroup(t, [3], 'all', 2)).toThrow(RangeError);
    expect(short(unwrap(t, [1]))).toEqual({ and: ['a', 'b', 'c', { '!': 'd' }, { some: [{ var: 'items' }, 'e'] }] });
    expect(short(unwrap(t, [2]))).toEqual({ and: ['a', OR, 'd', SOME] });
    expect(() => unwrap(t, [])).toThrow(RangeError); // four conditions, no parent to take them
    expect(short(unwrap(toBuilderCondition({ and: [c('a')] }), []))).toBe('a');
    expect(short(setCombinator(t, [1], 'none'))).toEqual({ and: ['a', { '!': OR }, NOT, SOME] });
    expect(short(setCombinator(t, [], 'any'))).toEqual({ or: ['a', OR, NOT, SOME] });
  });

  it('moves within a group (pre-move insertion paths)', () => {
    const t = toBuilderCondition({ and: [c('a'), c('b'), c('c')] });
    deepFreeze(t);
    expect(short(moveNode(t, [0], [3]))).toEqual({ and: ['b', 'c', 'a'] });
    expect(pathAfterMove([0], [3])).toEqual([2]);
    expect(short(moveNode(t, [2], [0]))).toEqual({ and: ['c', 'a', 'b'] });
    expect(pathAfterMove([2], [0])).toEqual([0]);
    expect(short(moveNode(t, [1], [1]))).toEqual({ and: ['a', 'b', 'c'] });
    expect(short(moveNode(t, [1], [2]))).toEqual({ and: ['a', 'b', 'c'] });
  });

  it('moves between groups, with paths shifting as documented', () => {
    const t = tree();
    // a into the or group, at its end: the or group shifts from index 1 to 0.
    const moved = moveNode(t, [0], [1, 2]);
    expect(short(moved)).toEqual({ and: [{ or: ['b', 'c', 'a'] }, { '!': 'd' }, { some: [{ var: 'items' }, 'e'] }] });
    expect(pathAfterMove([0], [1, 2])).toEqual([0, 2]);
    expect(short(getAt(moved, pathAfterMove([0], [1, 2]))!)).toBe('a');
    // c out of the or group to the end of the root.
    const out = moveNode(t, [1, 1], [4]);
    expect(short(out)).toEqual({ and: ['a', { or: ['b'] }, { '!': 'd' }, { some: [{ var: 'items' }, 'e'] }, 'c'] });
    expect(short(getAt(out, pathAfterMove([1, 1], [4]))!)).toBe('c');
    // The whole or group into a group inside the not (a new "and" there).
    const nested = toBuilderCondition({ and: [{ or: [c('b')] }, { '!': { and: [c('d')] } }] });
    const into = moveNode(nested, [0], [1, 0, 1]);
    expect(short(into)).toEqual({ and: [{ '!': { and: ['d', { or: ['b'] }] } }] });
    expect(pathAfterMove([0], [1, 0, 1])).toEqual([0, 0, 1]);
    expect(() => moveNode(t, [1], [1, 0])).toThrow(RangeError); // into itself
    expect(() => moveNode(t, [2, 0], [0])).toThrow(RangeError); // a not's child is not in a group
  });

  it('Alt+Up / Alt+Down targets: swap with a sibling, or step out of the group', () => {
    const t = tree();
    const step = (root: BuilderCondition, path: Path, target: Path | undefined): { root: BuilderCondition; path: Path } => {
      expect(target).toBeDefined();
      return { root: moveNode(root, path, target!), path: pathAfterMove(path, target!) };
    };
    let s = step(t, [1, 1], moveUpTarget(t, [1, 1]));
    expect(short(s.root)).toEqual({ and: ['a', { or: ['c', 'b'] }, NOT, SOME] });
    expect(s.path).toEqual([1, 0]);
    s = step(s.root, s.path, moveUpTarget(s.root, s.path)); // out, before the or group
    expect(short(s.root)).toEqual({ and: ['a', 'c', { or: ['b'] }, NOT, SOME] });
    expect(s.path).toEqual([1]);
    s = step(s.root, s.path, moveDownTarget(s.root, s.path));
    expect(short(s.root)).toEqual({ and: ['a', { or: ['b'] }, 'c', NOT, SOME] });
    expect(s.path).toEqual([2]);
    expect(moveUpTarget(t, [0])).toBeUndefined(); // first in the root
    expect(moveDownTarget(t, [3])).toBeUndefined(); // last in the root
    expect(moveUpTarget(t, [2, 0])).toBeUndefined(); // inside a not
    const down = moveDownTarget(t, [1, 1])!; // last in the or group: out, after it
    expect(short(moveNode(t, [1, 1], down))).toEqual({ and: ['a', { or: ['b'] }, 'c', NOT, SOME] });
  });
});
