import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { applyPatch, deepFreeze, diffJson, JsonPatchError, mergeThreeWay, overlappingPointers } from '../../../src/platform/workspace/json-patch.ts';

describe('JSON diff and patch', () => {
  it('describes changes by JSON pointer with before and after', () => {
    const before = { name: 'Card', weights: [10, 20, 30], meta: { a: 1, 'x/y': 2, gone: true } };
    const after = { name: 'Card 2', weights: [10, 25, 30], meta: { a: 1, 'x/y': 3, fresh: 'yes' } };
    expect(diffJson(before, after).changes).toEqual([
      { pointer: '/name', kind: 'changed', before: 'Card', after: 'Card 2' },
      { pointer: '/weights/1', kind: 'changed', before: 20, after: 25 },
      { pointer: '/meta/x~1y', kind: 'changed', before: 2, after: 3 },
      { pointer: '/meta/gone', kind: 'removed', before: true },
      { pointer: '/meta/fresh', kind: 'added', after: 'yes' },
    ]);
  });

  it('shows an insertion or removal in an array as one change, with readable indices', () => {
    expect(diffJson({ l: ['a', 'b', 'c'] }, { l: ['a', 'x', 'b', 'c'] }).changes).toEqual([{ pointer: '/l/1', kind: 'added', after: 'x' }]);
    const removal = diffJson(['a', 'b', 'c', 'd'], ['a', 'd']);
    expect(removal.changes).toEqual([
      { pointer: '/1', kind: 'removed', before: 'b' },
      { pointer: '/2', kind: 'removed', before: 'c' },
    ]);
    expect(applyPatch(['a', 'b', 'c', 'd'], removal.patch)).toEqual(['a', 'd']);
  });

  it('never modifies its input and shares unchanged parts', () => {
    const before = deepFreeze({ a: { deep: [1, 2] }, b: { x: 1 } });
    const after = applyPatch(before, [{ op: 'replace', path: '/b/x', value: 2 }]) as typeof before;
    expect(after).toEqual({ a: { deep: [1, 2] }, b: { x: 2 } });
    expect(after.a).toBe(before.a);
    expect(before.b.x).toBe(1);
  });

  it('sets a "__proto__" key as data, never as the prototype', () => {
    const value = JSON.parse('{"__proto__": {"polluted": true}}') as Record<string, unknown>;
    const patched = applyPatch({}, diffJson({}, value).patch) as Record<string, unknown>;
    expect(Object.getPrototypeOf(patched)).toBe(Object.prototype);
    expect(Object.prototype.hasOwnProperty.call(patched, '__proto__')).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('throws JsonPatchError for a path that does not exist', () => {
    expect(() => applyPatch({ a: 1 }, [{ op: 'replace', path: '/b/c', value: 1 }])).toThrow(JsonPatchError);
    expect(() => applyPatch([1], [{ op: 'remove', path: '/3' }])).toThrow(JsonPatchError);
  });

  it('round-trips: applying diff(a, b) to a gives b, and the inverse diff gives a back', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 4 }), fc.jsonValue({ maxDepth: 4 }), (a, b) => {
        const [x, y] = [JSON.parse(JSON.stringify(a)) as unknown, JSON.parse(JSON.stringify(b)) as unknown];
        expect(applyPatch(x, diffJson(x, y).patch)).toEqual(y);
        expect(applyPatch(y, diffJson(y, x).patch)).toEqual(x);
      }),
      { numRuns: 300 },
    );
  });

  it('round-trips edits of similar arrays of objects', () => {
    const item = fc.record({ id: fc.integer({ min: 0, max: 5 }), w: fc.integer({ min: 0, max: 3 }) });
    fc.assert(
      fc.property(fc.array(item, { maxLength: 8 }), fc.array(item, { maxLength: 8 }), (a, b) => {
        expect(applyPatch(a, diffJson(a, b).patch)).toEqual(b);
      }),
      { numRuns: 300 },
    );
  });
});

describe('three-way merge', () => {
  const base = { name: 'Card', weights: { a: 50, b: 50 }, list: [1, 2, 3] };

  it('merges edits of disjoint pointers', () => {
    const mine = { ...base, name: 'Mine' };
    const theirs = { ...base, weights: { a: 60, b: 40 } };
    expect(mergeThreeWay(base, mine, theirs)).toEqual({ ok: true, merged: { name: 'Mine', weights: { a: 60, b: 40 }, list: [1, 2, 3] } });
  });

  it('refuses overlapping edits and names the pointers', () => {
    const mine = { ...base, weights: { a: 70, b: 30 } };
    const theirs = { ...base, weights: { a: 60, b: 40 } };
    expect(mergeThreeWay(base, mine, theirs)).toEqual({ ok: false, overlapping: ['/weights/a', '/weights/b'] });
  });

  it('treats a change of an array length as touching the whole array (indices shift)', () => {
    const mine = { ...base, list: [1, 2, 3, 4] };
    const theirs = { ...base, list: [9, 2, 3] };
    expect(mergeThreeWay(base, mine, theirs)).toMatchObject({ ok: false, overlapping: ['/list'] });
  });

  it('treats removing a parent and editing a child as overlapping', () => {
    expect(overlappingPointers(['/weights'], ['/weights/a'])).toEqual(['/weights']);
    expect(overlappingPointers(['/weights/a'], ['/weightsX'])).toEqual([]);
    expect(overlappingPointers([''], ['/x'])).toEqual(['']);
  });
});
