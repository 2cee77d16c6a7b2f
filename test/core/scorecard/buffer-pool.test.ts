import { describe, expect, it } from 'vitest';
import { BufferPool } from '../../../src/core/scorecard/buffer-pool.ts';
import { emptyPacked, packedTransferables } from '../../../src/core/scorecard/packed-evaluation.ts';

describe('BufferPool', () => {
  it('hands a kept buffer of the asked size back, and a new one otherwise', () => {
    const pool = new BufferPool();
    const kept = new ArrayBuffer(64);
    pool.give([kept, kept]);
    expect(pool.size).toBe(64);
    expect(pool.take(32)).not.toBe(kept);
    expect(pool.take(64)).toBe(kept);
    expect(pool.take(64)).not.toBe(kept);
    expect(pool.size).toBe(0);
  });

  it('skips detached buffers and holds no more than its limit', () => {
    const pool = new BufferPool(100);
    const sent = new ArrayBuffer(40);
    structuredClone(sent, { transfer: [sent] });
    pool.give([sent, new ArrayBuffer(60), new ArrayBuffer(60)]);
    expect(pool.size).toBe(60);
    pool.clear();
    expect(pool.size).toBe(0);
  });

  it('gives emptyPacked columns with none of their old contents', () => {
    const pool = new BufferPool();
    const nodes = [{ id: 'r', parent: null, depth: 0, leaf: true, localWeight: 1, absoluteWeight: 1 }];
    const policies = [{ id: 'p', effect: 'points' as const }];
    const dirty = emptyPacked(nodes, 3, policies);
    for (const buffer of packedTransferables(dirty)) new Uint8Array(buffer).fill(0x7f);
    pool.give(packedTransferables(dirty));
    const again = emptyPacked(nodes, 3, policies, pool);
    expect(pool.size).toBe(0);
    expect(packedTransferables(again).every((b) => packedTransferables(dirty).includes(b))).toBe(true);
    expect(emptyPacked(nodes, 3, policies)).toEqual(again);
  });
});
