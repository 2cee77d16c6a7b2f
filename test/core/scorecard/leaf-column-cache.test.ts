import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate, generateRecords, type ScorecardConfig } from '../../../src/core/index.ts';
import { LeafColumnCache } from '../../../src/core/scorecard/evaluate.ts';
import { isGroup, type IndicatorLeaf, type IndicatorNode } from '../../../src/core/scorecard/types.ts';

const config = JSON.parse(readFileSync(new URL('../../fixtures/scorecard/call-centre.json', import.meta.url), 'utf8')) as ScorecardConfig;
const leaves = (node: IndicatorNode): IndicatorLeaf[] => (isGroup(node) ? node.children.flatMap(leaves) : [node]);

describe('LeafColumnCache', () => {
  const records = generateRecords(config.fields, 400, { seed: 4, edgeCases: true });

  it('gives the same evaluation as without it, and after edits recomputes only the indicators they change', () => {
    const cache = new LeafColumnCache();
    expect(evaluate(config, records, { cache })).toEqual(evaluate(config, records));
    const count = leaves(config.root).length;
    expect(cache.size).toBe(count);

    // A weight and a grade band: every indicator column is reused, the result is still exact.
    const reweighted = structuredClone(config);
    reweighted.root.children[0]!.weight += 5;
    reweighted.root.children[1]!.weight -= 5;
    reweighted.grades.bands[1]!.min -= 3;
    expect(evaluate(reweighted, records, { cache })).toEqual(evaluate(reweighted, records));
    expect(cache.size).toBe(count);

    // One scorer changed: one new column.
    const rescored = structuredClone(reweighted);
    const leaf = leaves(rescored.root).find((l) => l.scorer.type === 'linear')!;
    leaf.scorer = { type: 'linear', worst: 0, best: 50 };
    expect(evaluate(rescored, records, { cache })).toEqual(evaluate(rescored, records));
    expect(cache.size).toBe(count + 1);
  });

  it('starts over for other records, and keeps at most its capacity', () => {
    const cache = new LeafColumnCache(3);
    evaluate(config, records, { cache });
    expect(cache.size).toBe(3);
    const other = records.slice(0, 10);
    expect(evaluate(config, other, { cache })).toEqual(evaluate(config, other));
    expect(cache.size).toBe(3);
  });

  it('keeps the problems a rule met, per record, in the result', () => {
    const throwing = structuredClone(config);
    const leaf = leaves(throwing.root)[0]!;
    leaf.value = { '/': [{ var: leaf.value && typeof leaf.value === 'object' ? (leaf.value as { var: string }).var : 'x' }, 0] };
    const cache = new LeafColumnCache();
    const first = evaluate(throwing, records, { cache });
    expect(first.records.some((r) => r.errors.some((e) => e.source === leaf.id))).toBe(true);
    expect(evaluate(throwing, records, { cache })).toEqual(first);
  });
});
