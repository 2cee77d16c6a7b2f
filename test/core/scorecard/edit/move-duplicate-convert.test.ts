// Moving, duplicating and converting nodes on the call-centre fixture.
import { describe, expect, it } from 'vitest';
import { convertToGroup, convertToLeaf } from '../../../../src/core/scorecard/edit/convert-node.ts';
import { duplicate } from '../../../../src/core/scorecard/edit/duplicate-node.ts';
import { moveNode } from '../../../../src/core/scorecard/edit/move-node.ts';
import { addChild, remove } from '../../../../src/core/scorecard/edit/tree-edits.ts';
import type { IndicatorLeaf } from '../../../../src/core/scorecard/types.ts';
import { allIds, callCentre, childIds, errors, find, group, ok, problems, refusal } from './edit-fixtures.ts';

describe('moveNode', () => {
  it('reorders within a parent, index counted after the node left its place, keeping derivations', () => {
    const before = callCentre();
    const down = ok(moveNode(before, 'csat', 'quality', 2));
    expect(childIds(down.config.root, 'quality')).toEqual(['fcr', 'qa', 'csat']);
    expect(down.dropped).toEqual([]);
    const up = ok(moveNode(before, 'qa', 'quality', 0));
    expect(childIds(up.config.root, 'quality')).toEqual(['qa', 'csat', 'fcr']);
    const swapped = ok(moveNode(before, 'accuracy', 'efficiency', 0));
    expect(childIds(swapped.config.root, 'efficiency')).toEqual(['accuracy', 'aht']);
    expect(swapped.config.weighting).toEqual(before.weighting);
    expect(problems(swapped.config)).toEqual([]);
  });

  it('returns the same configuration when the node stays where it is, and clamps the index', () => {
    const before = callCentre();
    expect(ok(moveNode(before, 'fcr', 'quality', 1)).config).toBe(before);
    expect(childIds(ok(moveNode(before, 'csat', 'quality', 99)).config.root, 'quality')).toEqual(['fcr', 'qa', 'csat']);
    expect(childIds(ok(moveNode(before, 'qa', 'quality', -3)).config.root, 'quality')).toEqual(['qa', 'csat', 'fcr']);
  });

  it('re-parents, dropping the item-based derivations of both parents', () => {
    const result = ok(moveNode(callCentre(), 'aht', 'quality', 1));
    expect(childIds(result.config.root, 'quality')).toEqual(['csat', 'aht', 'fcr', 'qa']);
    expect(childIds(result.config.root, 'efficiency')).toEqual(['accuracy']);
    expect(result.dropped.map((d) => d.node)).toEqual(['efficiency']);
    expect(errors(result.config).sort()).toEqual(['weights-sum /root/children/0/children', 'weights-sum /root/children/1/children']);
  });

  it('moves a whole group up a level', () => {
    const nested = ok(moveNode(callCentre(), 'discipline', 'quality', 3)).config;
    const back = ok(moveNode(nested, 'discipline', 'total', 3)).config;
    expect(back.root).toEqual(callCentre().root);
  });

  it('refuses the root, a leaf parent, its own subtree and a group\'s last child', () => {
    expect(refusal(moveNode(callCentre(), 'total', 'quality', 0))).toBe('root');
    expect(refusal(moveNode(callCentre(), 'fcr', 'csat', 0))).toBe('parent-is-leaf');
    expect(refusal(moveNode(callCentre(), 'quality', 'quality', 0))).toBe('into-own-subtree');
    const deeper = ok(moveNode(callCentre(), 'discipline', 'quality', 0)).config;
    expect(refusal(moveNode(deeper, 'quality', 'discipline', 0))).toBe('into-own-subtree');
    const single = ok(remove(callCentre(), 'training')).config;
    expect(refusal(moveNode(single, 'attendance', 'quality', 0))).toBe('last-child');
    expect(refusal(moveNode(callCentre(), 'nope', 'quality', 0))).toBe('not-found');
    expect(refusal(moveNode(callCentre(), 'fcr', 'nope', 0))).toBe('not-found');
  });
});

describe('duplicate', () => {
  it('copies a leaf right after it, with a fresh id and "(copy)" in both languages', () => {
    const result = ok(duplicate(callCentre(), 'fcr', { weight: 0 }));
    expect(result.nodeId).toBe('fcr-copy');
    expect(childIds(result.config.root, 'quality')).toEqual(['csat', 'fcr', 'fcr-copy', 'qa']);
    expect(find(result.config.root, 'fcr-copy')).toMatchObject({ name: { en: 'First-contact resolution (copy)', 'zh-CN': '首次解决率（副本）' }, weight: 0, value: { var: 'fcrRate' } });
    expect(problems(result.config)).toEqual([]);
  });

  it('keeps the original weight by default, leaving the sum for the designer to flag', () => {
    const result = ok(duplicate(callCentre(), 'fcr'));
    expect(find(result.config.root, 'fcr-copy')?.weight).toBe(35);
    expect(errors(result.config)).toEqual(['weights-sum /root/children/0/children']);
  });

  it('gives the whole subtree fresh ids and copies its derivations with the new ids', () => {
    const result = ok(duplicate(callCentre(), 'efficiency', { weight: 0 }));
    expect(childIds(result.config.root, 'efficiency-copy')).toEqual(['aht-copy', 'accuracy-copy']);
    const ids = allIds(result.config.root);
    expect(new Set(ids).size).toBe(ids.length);
    const copied = result.config.weighting?.find((d) => d.node === 'efficiency-copy');
    expect(copied).toMatchObject({ method: 'ahp', items: ['aht-copy', 'accuracy-copy'] });
    expect(result.dropped).toEqual([]);
    expect(problems(result.config)).toEqual([]);
    const again = ok(duplicate(result.config, 'efficiency', { weight: 0 }));
    expect(again.nodeId).toBe('efficiency-copy-2');
    expect(childIds(again.config.root, 'efficiency-copy-2')).toEqual(['aht-copy-2', 'accuracy-copy-2']);
  });

  it('drops the parent\'s item-based derivation, which gained a child', () => {
    expect(ok(duplicate(callCentre(), 'aht', { weight: 0 })).dropped.map((d) => d.node)).toEqual(['efficiency']);
  });

  it('refuses the root and a bad weight', () => {
    expect(refusal(duplicate(callCentre(), 'total'))).toBe('root');
    expect(refusal(duplicate(callCentre(), 'fcr', { weight: -1 }))).toBe('bad-weight');
    expect(refusal(duplicate(callCentre(), 'nope'))).toBe('not-found');
  });
});

describe('convert', () => {
  it('turns a leaf into a group of one in its place, and back', () => {
    const before = callCentre();
    const grouped = ok(convertToGroup(before, 'aht'));
    const node = group(grouped.config.root, 'aht');
    expect(node).toMatchObject({ id: 'aht', weight: 50, name: { en: 'Average handling time', 'zh-CN': '平均处理时长' } });
    expect(node.children).toHaveLength(1);
    expect(node.children[0]).toMatchObject({ id: 'aht-1', weight: 100, value: { var: 'aht' }, scorer: { type: 'linear', worst: 600, best: 240 }, direction: 'lower' });
    expect(node).not.toHaveProperty('scorer');
    expect(problems(grouped.config)).toEqual([]);
    const added = ok(addChild(grouped.config, 'aht', 'leaf')).config;
    expect(errors(added)).toEqual([]);
    const back = ok(convertToLeaf(grouped.config, 'aht'));
    expect(back.config.root).toEqual(before.root);
  });

  it('keeps a leaf\'s description on the group and gives it back', () => {
    const grouped = ok(convertToGroup(callCentre(), 'qa')).config;
    expect(group(grouped.root, 'qa').description).toEqual(find(callCentre().root, 'qa')?.description);
    expect((find(ok(convertToLeaf(grouped, 'qa')).config.root, 'qa') as IndicatorLeaf).scorer.type).toBe('logic');
  });

  it('collapses a group only when it has a single leaf child, and drops its derivations', () => {
    expect(refusal(convertToLeaf(callCentre(), 'efficiency'))).toBe('not-collapsible');
    const single = ok(remove(callCentre(), 'accuracy')).config;
    const collapsed = ok(convertToLeaf(single, 'efficiency'));
    expect(find(collapsed.config.root, 'efficiency')).toMatchObject({ id: 'efficiency', weight: 30, value: { var: 'aht' }, name: { en: 'Efficiency', 'zh-CN': '工作效率' } });
    expect(find(collapsed.config.root, 'aht')).toBeUndefined();
    expect(problems(collapsed.config)).toEqual([]);
  });

  it('refuses the root, a group to group and a leaf to leaf', () => {
    expect(refusal(convertToLeaf(callCentre(), 'total'))).toBe('root');
    expect(refusal(convertToGroup(callCentre(), 'quality'))).toBe('already-group');
    expect(refusal(convertToLeaf(callCentre(), 'fcr'))).toBe('not-a-group');
    expect(refusal(convertToGroup(callCentre(), 'nope'))).toBe('not-found');
  });
});
