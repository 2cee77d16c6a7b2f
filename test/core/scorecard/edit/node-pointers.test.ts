// JSON pointers from validateConfig ↔ node ids, for the Problems panel's "jump to node".
import { describe, expect, it } from 'vitest';
import { nodeAtPointer, pointerOfNode } from '../../../../src/core/scorecard/edit/node-pointers.ts';
import { indexTree } from '../../../../src/core/scorecard/validate-tree.ts';
import { validateConfig } from '../../../../src/core/scorecard/validate.ts';
import type { ScorecardConfig } from '../../../../src/core/scorecard/types.ts';
import { callCentre } from './edit-fixtures.ts';

describe('nodeAtPointer', () => {
  it('finds the node and the rest of the path', () => {
    const config = callCentre();
    expect(nodeAtPointer(config, '/root/children/2/children/0/scorer/bands/1/min')).toEqual({ nodeId: 'complaintTimeliness', rest: '/scorer/bands/1/min' });
    expect(nodeAtPointer(config, '/root/children/1/children')).toEqual({ nodeId: 'efficiency', rest: '/children' });
    expect(nodeAtPointer(config, '/root/children/1')).toEqual({ nodeId: 'efficiency', rest: '' });
    expect(nodeAtPointer(config, '/root')).toEqual({ nodeId: 'total', rest: '' });
    expect(nodeAtPointer(config, '/root/name/en')).toEqual({ nodeId: 'total', rest: '/name/en' });
  });

  it('stops at the deepest node that exists', () => {
    expect(nodeAtPointer(callCentre(), '/root/children/9/weight')).toEqual({ nodeId: 'total', rest: '/children/9/weight' });
    expect(nodeAtPointer(callCentre(), '/root/children/0/children/0/children/0')).toEqual({ nodeId: 'csat', rest: '/children/0' });
  });

  it('maps a weight derivation to its group', () => {
    expect(nodeAtPointer(callCentre(), '/weighting/1/matrix/0/1')).toEqual({ nodeId: 'efficiency', rest: '/matrix/0/1', derivation: 1 });
    expect(nodeAtPointer(callCentre(), '/weighting/7')).toBeUndefined();
  });

  it('has nothing for pointers outside the tree', () => {
    for (const pointer of ['', '/fields/0/key', '/policies/1/when', '/grades/bands/0', 'root', '/weighting']) {
      expect(nodeAtPointer(callCentre(), pointer)).toBeUndefined();
    }
  });

  it('resolves the pointers of real validation problems', () => {
    const config = structuredClone(callCentre()) as ScorecardConfig;
    const efficiency = config.root.children[1] as { children: Array<{ weight: number; scorer?: unknown }> };
    efficiency.children[0]!.weight = 70;
    efficiency.children[1]!.scorer = { type: 'linear', worst: 5, best: 5 };
    const targets = validateConfig(config).problems.map((p) => nodeAtPointer(config, p.pointer)?.nodeId);
    expect(new Set(targets)).toEqual(new Set(['efficiency', 'accuracy']));
  });
});

describe('pointerOfNode', () => {
  it('is the inverse of nodeAtPointer for every node', () => {
    const config = callCentre();
    for (const { node, pointer } of indexTree(config.root).nodes) {
      expect(pointerOfNode(config, node.id)).toBe(pointer);
      expect(nodeAtPointer(config, pointer)).toEqual({ nodeId: node.id, rest: '' });
    }
    expect(pointerOfNode(config, 'callback')).toBe('/root/children/2/children/1');
    expect(pointerOfNode(config, 'nope')).toBeUndefined();
  });
});
