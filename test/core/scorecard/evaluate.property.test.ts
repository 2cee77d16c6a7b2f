// evaluate() against the naive reference reading of the specification, on random scorecards.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluate } from '../../../src/core/scorecard/evaluate.ts';
import type { IndicatorGroup, IndicatorNode, Policy, Scorer, ScorecardConfig } from '../../../src/core/scorecard/types.ts';
import { referenceEvaluate } from './reference-evaluator.ts';
import { ABCD } from './scorecard-builders.ts';

const FIELDS = ['a', 'b', 'c', 'd', 'e'];

const scorer: fc.Arbitrary<Scorer> = fc.oneof(
  fc.tuple(fc.integer({ min: -50, max: 150 }), fc.integer({ min: -50, max: 150 })).filter(([w, b]) => w !== b).map(([worst, best]) => ({ type: 'linear' as const, worst, best })),
  fc.record({ points: fc.constantFrom(5 as const, 7 as const), reverse: fc.boolean() }).map((x) => ({ type: 'likert' as const, ...x })),
  fc.constant<Scorer>({ type: 'pass-fail' }),
  fc.record({ target: fc.integer({ min: 10, max: 100 }), stretch: fc.integer({ min: 1, max: 50 }), cap: fc.integer({ min: 100, max: 150 }) }).map(({ target, stretch, cap }) => ({ type: 'target' as const, target, stretch: target + stretch, cap })),
  fc.constant<Scorer>({ type: 'bands', bands: [{ min: 80, score: 100 }, { min: 50, max: 80, score: 60 }, { max: 20, score: 10 }], otherwise: 30 }),
);

let nextId = 0;
const leafArb: fc.Arbitrary<IndicatorNode> = fc.record({ field: fc.constantFrom(...FIELDS), weight: fc.integer({ min: 0, max: 60 }), scorer }).map(({ field, weight, scorer: s }) => ({ id: `n${nextId++}`, name: field, weight, value: { var: field }, scorer: s }));

const tree: fc.Arbitrary<IndicatorNode> = fc.letrec<{ node: IndicatorNode }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leafArb,
    fc.record({
      children: fc.array(tie('node'), { minLength: 1, maxLength: 4 }),
      weight: fc.integer({ min: 0, max: 60 }),
      aggregate: fc.constantFrom('weighted-sum' as const, 'weighted-geometric' as const, 'min' as const),
      missing: fc.constantFrom('renormalize' as const, 'zero' as const, 'fail' as const),
    }).map((g): IndicatorGroup => ({ id: `n${nextId++}`, name: 'g', ...g })),
  ),
})).node;

const policy: fc.Arbitrary<Policy> = fc.oneof(
  fc.record({ field: fc.constantFrom(...FIELDS), limit: fc.integer({ min: 0, max: 100 }), amount: fc.integer({ min: -30, max: 30 }) }).map(({ field, limit, amount }) => ({ id: `p${nextId++}`, name: 'p', when: { '>': [{ var: field }, limit] }, effect: { type: 'points' as const, amount: { '*': [amount, { var: 'e' }] }, min: -40 } })),
  fc.record({ field: fc.constantFrom(...FIELDS), grade: fc.constantFrom('A', 'B', 'C', 'D') }).map(({ field, grade }) => ({ id: `p${nextId++}`, name: 'p', when: { '<': [{ var: field }, 10] }, effect: { type: 'veto' as const, mode: 'cap' as const, grade } })),
  fc.constantFrom('a', 'b').map((field) => ({ id: `p${nextId++}`, name: 'p', when: { '===': [{ var: field }, 0] }, effect: { type: 'veto' as const, mode: 'void' as const } })),
);

const value = fc.oneof({ weight: 6, arbitrary: fc.integer({ min: -20, max: 160 }) }, { weight: 1, arbitrary: fc.constantFrom(null, '', '42', true, 'x') }, { weight: 1, arbitrary: fc.double({ min: -10, max: 120, noNaN: true }) });
const record = fc.record(Object.fromEntries(FIELDS.map((f) => [f, value])), { requiredKeys: [] });

describe('evaluate() agrees with a naive reading of the specification', () => {
  it('on random trees, scorers, policies and records', () => {
    fc.assert(
      fc.property(tree, fc.array(policy, { maxLength: 3 }), fc.array(record, { minLength: 1, maxLength: 25 }), fc.constantFrom(0, 1, 2), (t, policies, records, decimals) => {
        const root: IndicatorGroup = 'children' in t ? t : { id: 'root', name: 'root', weight: 100, children: [t] };
        const config: ScorecardConfig = { version: 1, id: 'p', name: 'p', fields: FIELDS.map((key) => ({ key, type: 'number' })), root, policies, grades: { bands: ABCD }, scale: { min: 0, max: 100, decimals } };
        const got = evaluate(config, records).records.map((r) => ({ total: r.total, grade: r.grade, rank: r.rank }));
        const want = referenceEvaluate(config, records);
        for (let i = 0; i < records.length; i++) {
          const g = got[i]!;
          const w = want[i]!;
          // Reassociated floating-point sums may differ in the last bit; away from a rounding edge totals agree exactly.
          if (g.total !== null && w.total !== null && Math.abs(g.total - w.total) <= 10 ** -decimals + 1e-9 && g.total !== w.total) continue;
          expect(g).toEqual(w);
        }
      }),
      { numRuns: 400 },
    );
  });
});
