// The classic operators agree with json-logic-js 2.0.5, the reference interpreter: thousands of
// random rules over its operators, on random records, give the same result in both engines —
// except the cases the community suites decide otherwise, each a row of
// src/core/logic/DIFFERENCES.md (matched by known-differences.ts). A difference no row explains
// fails with fast-check's minimal counterexample. Reproduce a run with FC_SEED=<seed> (and
// FC_RUNS=<rules>); PROPERTY_STATS=1 prints how often each row was met.
import fc from 'fast-check';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { record, rule } from './arbitraries.ts';
import { analyse, type Site } from './classic-trace.ts';
import { BUG_EXAMPLES, EXCLUDED_BUGS, ROWS, matchingIds, verdict, type Verdict } from './known-differences.ts';
import { compileOurs, runCompiled, runOurs, runTheirs, sameOutcome, showOutcome, showValue } from './outcomes.ts';

const SEED = process.env.FC_SEED !== undefined && process.env.FC_SEED !== '' ? Number(process.env.FC_SEED) : 20_250_611;
const RULES = process.env.FC_RUNS !== undefined && process.env.FC_RUNS !== '' ? Number(process.env.FC_RUNS) : 8_000;
const RULE_DEPTH = 3;

function describeSite(site: Site): string {
  return [
    `  at ${site.pointer === '' ? 'the root' : site.pointer} (${site.stage === 'compile' ? 'compile error' : 'local check'}): ${JSON.stringify(site.node)}`,
    site.stage === 'run' ? `  argument values (json-logic-js): ${showValue(site.args)}; data there: ${showValue(site.data)}` : '',
    `  this engine: ${showOutcome(site.ours)}; json-logic-js: ${showOutcome(site.theirs)}`,
    site.probe !== undefined ? `  (re-run alone as ${JSON.stringify(site.probe.rule)} on ${showValue(site.probe.data)})` : '',
  ].filter((line) => line !== '').join('\n');
}

function describeVerdict(r: unknown, data: unknown, v: Verdict): string {
  if (v.kind === 'same') return 'same';
  const head = [
    `rule: ${JSON.stringify(r)}`,
    `data: ${showValue(data)}`,
    `this engine: ${showOutcome(v.analysis.ours)}`,
    `json-logic-js: ${showOutcome(v.analysis.theirs)}`,
  ];
  if (v.kind === 'unexplained') return [`Undocumented difference (${v.reason})`, ...head, ...(v.site ? [describeSite(v.site)] : []), `FC_SEED=${SEED}`].join('\n');
  return [`${v.kind} ${v.id}`, ...head].join('\n');
}

/** Rows of the table: id, rule, data. */
function tableRows(): Array<{ n: string; id: string; rule: unknown; data: unknown }> {
  const table = readFileSync(new URL('../../../../src/core/logic/DIFFERENCES.md', import.meta.url), 'utf8');
  const code = (cell: string): string => /^`(.*)`$/.exec(cell)![1]!;
  return table.split('\n').filter((line) => /^\| \d+ \|/.test(line)).map((line) => {
    const cells = line.split('|').slice(1, -1).map((c) => c.trim());
    return { n: cells[0]!, id: cells[7] ?? '', rule: JSON.parse(code(cells[2]!)), data: JSON.parse(code(cells[3]!)) };
  });
}

describe('classic operators: this engine against json-logic-js', () => {
  it(`agree on ${RULES} random rules × 1-3 random records, but for the rows of DIFFERENCES.md`, () => {
    const met = new Map<string, number>();
    let pairs = 0;
    const property = fc.property(rule('record', RULE_DEPTH), fc.array(record, { minLength: 1, maxLength: 3 }), (generated, records) => {
      // As if parsed from JSON: fast-check may share one object between two places of a rule,
      // which json-logic-js's === would see (JSON cannot say that).
      const r: unknown = JSON.parse(JSON.stringify(generated));
      // One compiled function for all records too: reusing it must not change a thing.
      const compiled = compileOurs(r);
      for (const data of records) {
        const ours = runOurs(r, data);
        const again = 'run' in compiled ? runCompiled(compiled.run, data) : compiled.compileError;
        if (!sameOutcome(again, ours, true)) throw new Error(`applyLogic gave ${showOutcome(ours)}, the compiled rule run again ${showOutcome(again)}\nrule: ${JSON.stringify(r)}\ndata: ${showValue(data)}`);
        const theirs = runTheirs(r, data);
        const v = verdict(r, data, ours, theirs);
        if (v.kind === 'unexplained') throw new Error(describeVerdict(r, data, v));
        const key = v.kind === 'same' ? 'same' : v.id;
        met.set(key, (met.get(key) ?? 0) + 1);
        pairs++;
      }
    });
    try {
      fc.assert(property, { seed: SEED, numRuns: RULES });
    } catch (error) {
      // fast-check's report has the seed too; this line is the one to copy.
      console.error(`classic-agreement failed: rerun with FC_SEED=${SEED}`);
      throw error;
    }
    if (process.env.PROPERTY_STATS) {
      const rows = [...met.entries()].sort((a, b) => b[1] - a[1]).map(([k, n]) => `${k}: ${n}`);
      console.log(`seed ${SEED}, ${pairs} (rule, record) pairs\n${rows.join('\n')}`);
    }
    // Plenty of pairs must be plain agreements, not differences: otherwise the generator tests little.
    expect(met.get('same') ?? 0).toBeGreaterThan(pairs * 0.4);
  }, 120_000);
});

describe('known-differences.ts and the table of DIFFERENCES.md', () => {
  const rows = tableRows();

  it('give every row an id D<n> and a predicate, and have no predicate without a row', () => {
    expect(rows.map((r) => r.id)).toEqual(rows.map((r) => `D${r.n}`));
    expect(Object.keys(ROWS).sort()).toEqual(rows.map((r) => r.id).sort());
  });

  for (const row of rows) {
    it(`${row.id}: the row's own example is matched by its predicate`, () => {
      // Without E1 (NaN is the "NaN" error): rows D2 and D31 are such cases.
      const analysis = analyse(row.rule, row.data, matchingIds, { nanEquivalence: false });
      const unmatched = analysis.divergences.filter((d) => d.ids.length === 0);
      expect(unmatched.map((d) => d.site.pointer)).toEqual([]);
      expect(analysis.divergences.flatMap((d) => d.ids)).toContain(row.id);
    });
  }

  it('treats json-logic-js NaN as this engine\'s "NaN" error (E1), where that error comes from', () => {
    const rule1 = { '!': { '%': [{ var: 'x' }, 0] } };
    const v = verdict(rule1, { x: 1 }, runOurs(rule1, { x: 1 }), runTheirs(rule1, { x: 1 }));
    expect(v).toMatchObject({ kind: 'equivalent', id: 'E1', pointer: '/!' });
  });

  it('reports a difference no row explains', () => {
    // A made-up result for this engine: no node differs on its own, so nothing explains it.
    const rule1 = { '+': [{ var: 'x' }, 1] };
    const v = verdict(rule1, { x: 1 }, { kind: 'value', value: 3 }, runTheirs(rule1, { x: 1 }));
    expect(v.kind).toBe('unexplained');
  });

  it('still differs on the counterexample of every excluded bug (remove the exclusion once fixed)', () => {
    expect(new Set(BUG_EXAMPLES.map((b) => b.id))).toEqual(new Set(Object.keys(EXCLUDED_BUGS)));
    for (const { id, rule: r, data } of BUG_EXAMPLES) {
      const v = verdict(r, data, runOurs(r, data), runTheirs(r, data));
      expect({ rule: r, verdict: v.kind === 'excluded' ? v.id : describeVerdict(r, data, v) }).toEqual({ rule: r, verdict: id });
    }
  });
});
