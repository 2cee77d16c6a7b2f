// Explaining many records: a loose time guard, an oracle check of and/or, and the explainer cache.
import { describe, expect, it } from 'vitest';
import { applyLogic } from '../../../../src/core/index.ts';
import { compileExplainer, explainLogic } from '../../../../src/core/logic/explain/index.ts';

/** A small deterministic generator, so failures reproduce. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

const gte = (field: string, n: number) => ({ '>=': [{ var: field }, n] });

/** 20 conditions of every kind the explanation walks: comparisons, or/and, !, in, if and quantifiers. */
const rule = {
  and: [
    ...Array.from({ length: 10 }, (_, i) => gte(`kpi${i}`, 50)),
    { or: [gte('a', 5), gte('b', 5), { and: [gte('c', 1), gte('d', 1)] }] },
    { '!': { '>': [{ var: 'complaints' }, 3] } },
    { in: [{ var: 'tier' }, ['gold', 'silver']] },
    { if: [{ var: 'manager' }, gte('team', 70), true] },
    { all: [{ var: 'tickets' }, { '<=': [{ var: 'severity' }, 3] }] },
    { none: [{ var: 'tickets' }, { '==': [{ var: 'status' }, 'escalated'] }] },
    { some: [{ var: 'tickets' }, { var: 'praised' }] },
  ],
};

function record(next: () => number): Record<string, unknown> {
  const r: Record<string, unknown> = {};
  for (let i = 0; i < 10; i++) r[`kpi${i}`] = Math.floor(next() * 100);
  for (const k of ['a', 'b', 'c', 'd']) r[k] = Math.floor(next() * 8);
  r.complaints = Math.floor(next() * 6);
  r.tier = ['gold', 'silver', 'bronze'][Math.floor(next() * 3)];
  r.manager = next() < 0.5;
  r.team = Math.floor(next() * 100);
  r.tickets = Array.from({ length: 5 }, () => ({ severity: Math.floor(next() * 5), status: next() < 0.1 ? 'escalated' : 'open', praised: next() < 0.2 }));
  return r;
}

describe('scale', () => {
  it('explains 1,000 records of a 20-condition rule well under a second (loose guard)', () => {
    const next = random(42);
    const records = Array.from({ length: 1000 }, () => record(next));
    const start = performance.now();
    const explanations = records.map((r) => explainLogic(rule, r));
    const elapsed = performance.now() - start;
    expect(elapsed).toBeLessThan(2000);
    // Every result matches the engine; every false one is explained.
    records.forEach((r, i) => {
      const e = explanations[i]!;
      expect(e.value).toEqual(applyLogic(rule, r));
      if (!e.truthy) expect(e.whyFalse?.length).toBeGreaterThan(0);
    });
    expect(explanations.some((e) => (e.whyFalse?.length ?? 0) > 3)).toBe(true);
  });

  it('matches an oracle on random or-of-and rules: every failing condition of an and, the cheapest branch of an or', () => {
    const next = random(7);
    for (let round = 0; round < 200; round++) {
      const branches = Array.from({ length: 1 + Math.floor(next() * 3) }, (_, b) =>
        Array.from({ length: 1 + Math.floor(next() * 4) }, (_, c) => gte(`f${b}${c}`, Math.floor(next() * 10))));
      const data: Record<string, number> = {};
      branches.forEach((conds, b) => conds.forEach((_, c) => (data[`f${b}${c}`] = Math.floor(next() * 10))));
      const failing = branches.map((conds, b) => conds.flatMap((cond, c) => (applyLogic(cond, data) ? [] : [`/or/${b}/and/${c}`])));
      const e = explainLogic({ or: branches.map((conds) => ({ and: conds })) }, data);
      if (e.truthy) continue;
      const cheapest = failing.reduce((best, f) => (f.length < best.length ? f : best));
      expect(e.whyFalse?.map((l) => l.pointer)).toEqual(cheapest);
    }
  });
});

describe('explainer cache', () => {
  it('sees a rule changed in place', () => {
    const editable = { and: [gte('x', 5)] };
    expect(explainLogic(editable, { x: 1 }).summary.en).toBe('false because x ≥ 5 failed (x is 1)');
    editable.and[0] = gte('x', 0);
    expect(explainLogic(editable, { x: 1 }).summary.en).toBe('true because x ≥ 0 held (x is 1)');
  });

  it('sees changed labels', () => {
    const r = gte('x', 5);
    expect(explainLogic(r, { x: 1 }, { fieldLabels: { x: 'Ex' } }).summary.en).toBe('false because Ex ≥ 5 failed (Ex is 1)');
    expect(explainLogic(r, { x: 1 }, { fieldLabels: { x: 'Why' } }).summary.en).toBe('false because Why ≥ 5 failed (Why is 1)');
  });

  it('explains the same from a compiled explainer and from explainLogic', () => {
    const next = random(3);
    const explain = compileExplainer(rule);
    for (let i = 0; i < 20; i++) {
      const r = record(next);
      expect(explain(r)).toEqual(explainLogic(rule, r));
    }
  });
});
