import { describe, expect, it } from 'vitest';
import { DomainContributionRegistry } from '../../../src/platform/plugins/domain-contributions.ts';
import type { DomainPoint } from '../../../src/platform/plugins/plugin-manifest.ts';

describe('DomainContributionRegistry', () => {
  it('registers a contribution with its point and source and keeps its extra fields', () => {
    const registry = new DomainContributionRegistry();
    registry.register('operators', { id: 'acme.weightedAvg', label: 'Weighted average', args: { type: 'array' } }, 'acme');
    expect(registry.get('operators', 'acme.weightedAvg')).toEqual({
      id: 'acme.weightedAvg',
      label: 'Weighted average',
      args: { type: 'array' },
      point: 'operators',
      source: 'acme',
    });
  });

  it('does not keep a reference to the caller object', () => {
    const registry = new DomainContributionRegistry();
    const contribution = { id: 'acme.x', label: 'X' };
    registry.register('scorers', contribution, 'acme');
    contribution.label = 'changed';
    expect(registry.get('scorers', 'acme.x')?.label).toBe('X');
  });

  it('lists per point, in registration order', () => {
    const registry = new DomainContributionRegistry();
    registry.register('scorers', { id: 'a.linear' }, 'a');
    registry.register('operators', { id: 'a.op' }, 'a');
    registry.register('scorers', { id: 'b.step' }, 'b');
    expect(registry.list('scorers').map((c) => c.id)).toEqual(['a.linear', 'b.step']);
    expect(registry.list('operators').map((c) => c.id)).toEqual(['a.op']);
    expect(registry.list('templates')).toEqual([]);
  });

  it('ids are unique per point: a second contributor is refused, naming the first', () => {
    const registry = new DomainContributionRegistry();
    registry.register('operators', { id: 'acme.avg' }, 'acme');
    expect(() => registry.register('operators', { id: 'acme.avg' }, 'other')).toThrow(/acme\.avg.*acme/);
    expect(registry.get('operators', 'acme.avg')?.source).toBe('acme');
    expect(registry.list('operators')).toHaveLength(1);
  });

  it('the same id may be used at different points', () => {
    const registry = new DomainContributionRegistry();
    registry.register('importers', { id: 'acme.csv' }, 'acme');
    registry.register('exporters', { id: 'acme.csv' }, 'acme');
    expect(registry.get('importers', 'acme.csv')?.point).toBe('importers');
    expect(registry.get('exporters', 'acme.csv')?.point).toBe('exporters');
  });

  it('disposing removes the contribution and frees the id', () => {
    const registry = new DomainContributionRegistry();
    const d = registry.register('weightings', { id: 'acme.equal' }, 'acme');
    d.dispose();
    expect(registry.get('weightings', 'acme.equal')).toBeUndefined();
    expect(registry.list('weightings')).toEqual([]);
    registry.register('weightings', { id: 'acme.equal' }, 'other');
    expect(registry.get('weightings', 'acme.equal')?.source).toBe('other');
  });

  it('disposing a stale registration does not remove the newer one', () => {
    const registry = new DomainContributionRegistry();
    const first = registry.register('templates', { id: 'acme.t' }, 'one');
    first.dispose();
    registry.register('templates', { id: 'acme.t' }, 'two');
    first.dispose();
    expect(registry.get('templates', 'acme.t')?.source).toBe('two');
  });

  it('fires onDidChange with the point on register and dispose only', () => {
    const registry = new DomainContributionRegistry();
    const seen: DomainPoint[] = [];
    registry.onDidChange((p) => seen.push(p));
    const d = registry.register('exporters', { id: 'acme.sql' }, 'acme');
    expect(() => registry.register('exporters', { id: 'acme.sql' }, 'x')).toThrow();
    d.dispose();
    d.dispose();
    registry.register('importers', { id: 'acme.csv' }, 'acme');
    expect(seen).toEqual(['exporters', 'exporters', 'importers']);
  });
});
