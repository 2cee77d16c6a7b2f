// Building a decision matrix from dataset records, skipping incomplete ones.
import { describe, expect, it } from 'vitest';
import { columnsFromRecords, entropyWeights } from '../../../src/core/weighting/index.ts';

describe('columnsFromRecords', () => {
  it('reads the keys in order and skips (and counts) records missing any of them', () => {
    const records = [
      { sales: 10, complaints: 2, name: 'a' },
      { sales: 12, complaints: null },
      { sales: 8 },
      { sales: Number.NaN, complaints: 1 },
      { sales: '9', complaints: 1 },
      { sales: 15, complaints: 0, extra: true },
      { sales: 11, complaints: '' },
    ];
    const result = columnsFromRecords(records, ['sales', 'complaints']);
    expect(result.matrix).toEqual([
      [10, 2],
      [15, 0],
    ]);
    expect(result.rows).toEqual([0, 5]);
    expect(result.skipped).toBe(5);
  });

  it('reads own properties only', () => {
    const inherited = Object.create({ score: 5 }) as Record<string, unknown>;
    expect(columnsFromRecords([inherited, { score: 3 }], ['score'])).toEqual({ matrix: [[3]], rows: [1], skipped: 1 });
  });

  it('feeds the weightings directly', () => {
    const { matrix } = columnsFromRecords([{ x: 1 }, { x: 2 }, { x: undefined }, { x: 4 }], ['x']);
    expect(entropyWeights(matrix, ['benefit']).weights).toEqual([1]);
  });

  it('needs at least one key', () => {
    expect(() => columnsFromRecords([{ x: 1 }], [])).toThrow(RangeError);
  });
});
