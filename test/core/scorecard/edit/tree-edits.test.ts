// Tree edits on the call-centre fixture: each returns a new, valid configuration (or a reason),
// never touches its (deep-frozen) input, and keeps config.weighting consistent.
import { describe, expect, it } from 'vitest';
import { addChild, remove, rename, setWeight, toggleLock } from '../../../../src/core/scorecard/edit/tree-edits.ts';
import { staleDerivations } from '../../../../src/core/scorecard/edit/derivations.ts';
import type { IndicatorLeaf } from '../../../../src/core/scorecard/types.ts';
import { config as build, group as g, leaf } from '../scorecard-builders.ts';
import { callCentre, childIds, deepFreeze, errors, find, group, ok, problems, refusal } from './edit-fixtures.ts';

describe('the fixture', () => {
  it('starts without problems', () => {
    expect(problems(callCentre())).toEqual([]);
  });
});

describe('addChild', () => {
  it('adds a leaf reading the first numeric field, scored linearly 0 → 100, with the weight that keeps 100', () => {
    const before = callCentre();
    const result = ok(addChild(before, 'efficiency', 'leaf'));
    expect(result.nodeId).toBe('indicator');
    const added = find(result.config.root, 'indicator') as IndicatorLeaf;
    expect(added).toMatchObject({ value: { var: 'csat' }, scorer: { type: 'linear', worst: 0, best: 100 }, weight: 0, name: { en: 'New indicator', 'zh-CN': '新指标' } });
    expect(childIds(result.config.root, 'efficiency')).toEqual(['aht', 'accuracy', 'indicator']);
    expect(result.config.fields).toBe(before.fields);
    expect(errors(result.config)).toEqual([]);
  });

  it('gives fresh ids and takes a position, a name and a weight', () => {
    let config = callCentre();
    config = ok(addChild(config, 'quality', 'leaf')).config;
    const second = ok(addChild(config, 'quality', 'leaf', { index: 0, name: { en: 'Empathy', 'zh-CN': '同理心' }, weight: 5 }));
    expect(second.nodeId).toBe('indicator-2');
    expect(childIds(second.config.root, 'quality')).toEqual(['indicator-2', 'csat', 'fcr', 'qa', 'indicator']);
    expect(find(second.config.root, 'indicator-2')?.weight).toBe(5);
  });

  it('adds a group with one default leaf, so the group is valid at once', () => {
    const result = ok(addChild(callCentre(), 'total', 'group', { id: 'growth' }));
    const added = group(result.config.root, 'growth');
    expect(added.children).toHaveLength(1);
    expect(added.children[0]).toMatchObject({ id: 'growth-indicator', weight: 100 });
    expect(errors(result.config)).toEqual([]);
  });

  it('fills the gap to 100 when the siblings fall short, and counts alike in a normalize group', () => {
    const short = deepFreeze(build(g('root', 100, [leaf('a', 30, { type: 'pass-fail' }), leaf('b', 40, { type: 'pass-fail' })])));
    expect(find(ok(addChild(short, 'root', 'leaf')).config.root, 'indicator')?.weight).toBe(30);
    const normalized = deepFreeze(build(g('root', 100, [leaf('a', 2, { type: 'pass-fail' }), leaf('b', 4, { type: 'pass-fail' })], { normalize: true })));
    expect(find(ok(addChild(normalized, 'root', 'leaf')).config.root, 'indicator')?.weight).toBe(3);
  });

  it('declares a "value" number field when no numeric field exists', () => {
    const config = deepFreeze(build(g('root', 100, [leaf('a', 100, { type: 'pass-fail' })]), { fields: [{ key: 'a', type: 'boolean' }] }));
    const result = ok(addChild(config, 'root', 'leaf'));
    expect((find(result.config.root, 'indicator') as IndicatorLeaf).value).toEqual({ var: 'value' });
    expect(result.config.fields).toEqual([{ key: 'a', type: 'boolean' }, { key: 'value', type: 'number' }]);
    expect(errors(result.config)).toEqual([]);
  });

  it('drops the parent\'s AHP derivation, which no longer fits its children, and keeps a direct one', () => {
    const efficiency = ok(addChild(callCentre(), 'efficiency', 'leaf'));
    expect(efficiency.dropped.map((d) => d.node)).toEqual(['efficiency']);
    expect(efficiency.config.weighting?.map((d) => d.node)).toEqual(['total']);
    expect(errors(efficiency.config)).toEqual([]);
    const total = ok(addChild(callCentre(), 'total', 'leaf'));
    expect(total.dropped).toEqual([]);
    expect(total.config.weighting).toHaveLength(2);
  });

  it('refuses a leaf parent, an unknown parent, a taken id and a negative weight', () => {
    expect(refusal(addChild(callCentre(), 'csat', 'leaf'))).toBe('parent-is-leaf');
    expect(refusal(addChild(callCentre(), 'nope', 'leaf'))).toBe('not-found');
    expect(refusal(addChild(callCentre(), 'total', 'leaf', { id: 'fcr' }))).toBe('id-taken');
    expect(refusal(addChild(callCentre(), 'total', 'leaf', { weight: -1 }))).toBe('bad-weight');
    expect(refusal(addChild(callCentre(), 'total', 'leaf', { weight: Number.NaN }))).toBe('bad-weight');
  });

  it('copies only the ancestors of the change', () => {
    const before = callCentre();
    const after = ok(addChild(before, 'efficiency', 'leaf')).config;
    expect(after.root).not.toBe(before.root);
    expect(group(after.root, 'quality')).toBe(group(before.root, 'quality'));
    expect(find(after.root, 'aht')).toBe(find(before.root, 'aht'));
  });
});

describe('rename', () => {
  it('sets one language and keeps the other', () => {
    const result = ok(rename(callCentre(), 'fcr', 'zh-CN', '一次解决率'));
    expect(find(result.config.root, 'fcr')?.name).toEqual({ en: 'First-contact resolution', 'zh-CN': '一次解决率' });
    expect(errors(result.config)).toEqual([]);
  });

  it('splits a shared string name into both languages', () => {
    const config = deepFreeze(build(g('root', 100, [leaf('a', 100, { type: 'pass-fail' })])));
    expect(find(ok(rename(config, 'a', 'en', 'Alpha')).config.root, 'a')?.name).toEqual({ en: 'Alpha', 'zh-CN': 'a' });
  });

  it('removes a language on an empty text, but never the last one', () => {
    const oneLanguage = ok(rename(callCentre(), 'fcr', 'en', '')).config;
    expect(find(oneLanguage.root, 'fcr')?.name).toEqual({ 'zh-CN': '首次解决率' });
    expect(refusal(rename(oneLanguage, 'fcr', 'zh-CN', '  '))).toBe('empty-name');
  });

  it('renames the root too, and refuses unknown ids', () => {
    expect(ok(rename(callCentre(), 'total', 'en', 'Month')).config.root.name).toEqual({ en: 'Month', 'zh-CN': '月度绩效' });
    expect(refusal(rename(callCentre(), 'nope', 'en', 'x'))).toBe('not-found');
  });
});

describe('remove', () => {
  it('removes a subtree with the derivations of its groups, and selects the parent', () => {
    const result = ok(remove(callCentre(), 'efficiency'));
    expect(result.nodeId).toBe('total');
    expect(find(result.config.root, 'aht')).toBeUndefined();
    expect(result.dropped.map((d) => d.node)).toEqual(['efficiency']);
    expect(result.config.weighting?.map((d) => d.node)).toEqual(['total']);
    expect(errors(result.config)).toEqual(['weights-sum /root/children']);
  });

  it('drops the parent\'s AHP derivation when one of its children goes', () => {
    const config = ok(addChild(callCentre(), 'total', 'leaf')).config;
    const result = ok(remove(config, 'aht'));
    expect(result.dropped.map((d) => d.node)).toEqual(['efficiency']);
  });

  it('refuses the root and a group\'s last child', () => {
    expect(refusal(remove(callCentre(), 'total'))).toBe('root');
    const config = ok(remove(callCentre(), 'training')).config;
    expect(refusal(remove(config, 'attendance'))).toBe('last-child');
    expect(refusal(remove(callCentre(), 'nope'))).toBe('not-found');
  });
});

describe('setWeight', () => {
  it('sets a weight and keeps the derivation, which validation then reports as out of date', () => {
    const result = ok(setWeight(callCentre(), 'aht', 60));
    expect(find(result.config.root, 'aht')?.weight).toBe(60);
    expect(result.config.weighting).toHaveLength(2);
    const withAccuracy = ok(setWeight(result.config, 'accuracy', 40)).config;
    expect(problems(withAccuracy)).toEqual(['weights-differ-from-derivation /weighting/1']);
    expect(staleDerivations(withAccuracy)).toEqual(['efficiency']);
    expect(staleDerivations(callCentre())).toEqual([]);
  });

  it('returns the same configuration when the weight does not change', () => {
    const before = callCentre();
    expect(ok(setWeight(before, 'aht', 50)).config).toBe(before);
  });

  it('refuses the root, negative and non-finite weights', () => {
    expect(refusal(setWeight(callCentre(), 'total', 50))).toBe('root');
    expect(refusal(setWeight(callCentre(), 'aht', -5))).toBe('bad-weight');
    expect(refusal(setWeight(callCentre(), 'aht', Infinity))).toBe('bad-weight');
    expect(refusal(setWeight(callCentre(), 'nope', 5))).toBe('not-found');
  });
});

describe('toggleLock', () => {
  it('locks with `locked: true` and unlocks by removing the property', () => {
    const locked = ok(toggleLock(callCentre(), 'fcr')).config;
    expect(find(locked.root, 'fcr')?.locked).toBe(true);
    expect(errors(locked)).toEqual([]);
    const unlocked = ok(toggleLock(locked, 'fcr')).config;
    expect(find(unlocked.root, 'fcr')).not.toHaveProperty('locked');
    expect(unlocked.root).toEqual(callCentre().root);
  });

  it('locks groups too, not the root', () => {
    expect(find(ok(toggleLock(callCentre(), 'quality')).config.root, 'quality')?.locked).toBe(true);
    expect(refusal(toggleLock(callCentre(), 'total'))).toBe('root');
  });
});
