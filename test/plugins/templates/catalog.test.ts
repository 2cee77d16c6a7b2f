// Every industry template the product ships (plugins/templates/catalog/*.template.json): valid,
// bilingual throughout, namespaced as built-in, and runnable — its sample records evaluate without
// errors or failures, and the SQL export computes the same totals and grades on DuckDB.
import type { DuckDBConnection } from '@duckdb/node-api';
import { readFileSync, readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compilePolicyDocument } from '../../../src/core/policy/compile-policy-document.ts';
import { expandRules } from '../../../src/core/policy/expand-rules.ts';
import { runPolicyTests } from '../../../src/core/policy/policy-tests.ts';
import { evaluate } from '../../../src/core/scorecard/evaluate.ts';
import type { FieldType, IndicatorNode, ScorecardConfig } from '../../../src/core/scorecard/types.ts';
import { tableColumns } from '../../../src/core/sql/columns.ts';
import { dialectFor } from '../../../src/core/sql/dialect.ts';
import { toSQL } from '../../../src/core/sql/index.ts';
import { instantiateTemplate, validateTemplate } from '../../../src/core/templates/index.ts';
import type { ScorecardTemplate } from '../../../src/core/templates/index.ts';
import { ahp } from '../../../src/core/weighting/ahp.ts';
import { loadTable, openDuckDB, rows } from '../../core/sql/duckdb-helpers.ts';

const CATALOG = new URL('../../../plugins/templates/catalog/', import.meta.url);
const FILES = readdirSync(CATALOG).filter((name) => name.endsWith('.template.json')).sort();
const RECORDS = 2000;

/** The templates this test was written with; others (added later) are checked all the same. */
const EXPECTED = ['express-delivery-service', 'call-centre-agent', 'after-sales-service', 'hospital-nursing-ward'];

function load(name: string): unknown {
  return JSON.parse(readFileSync(new URL(name, CATALOG), 'utf8'));
}

/** Both shipped languages, each a non-blank text. */
function bilingual(text: unknown): boolean {
  if (typeof text !== 'object' || text === null) return false;
  const t = text as Record<string, unknown>;
  return typeof t.en === 'string' && t.en.trim() !== '' && typeof t['zh-CN'] === 'string' && t['zh-CN'].trim() !== '';
}

function* nodesOf(node: IndicatorNode): Generator<IndicatorNode> {
  yield node;
  for (const child of (node as { children?: IndicatorNode[] }).children ?? []) yield* nodesOf(child);
}

/** Every place in a template that needs both languages, and whether it has them. */
function monolingual(t: ScorecardTemplate): string[] {
  const missing: string[] = [];
  const check = (where: string, text: unknown) => {
    if (!bilingual(text)) missing.push(where);
  };
  check('name', t.name);
  check('description', t.description);
  check('industry', t.industry);
  const c = t.scorecard;
  check('scorecard.name', c.name);
  for (const node of nodesOf(c.root)) check(`node ${node.id}`, node.name);
  for (const f of c.fields) check(`field ${f.key}`, f.label);
  for (const p of c.policies ?? []) check(`policy ${p.id}`, p.name);
  for (const g of c.grades.bands) check(`grade ${g.id}`, g.label);
  for (const r of c.raters?.classes ?? []) check(`rater ${r.id}`, r.name);
  (t.policyDocuments ?? []).forEach((doc, d) => {
    check(`policyDocuments[${d}].name`, doc.name);
    for (const rule of doc.rules) check(`policyDocuments[${d}] rule ${rule.id}`, rule.name);
    for (const f of doc.fields ?? []) check(`policyDocuments[${d}] field ${f.key}`, f.label);
  });
  return missing;
}

/** Loads the records as toSQL reads them (as test/core/sql/to-sql.test.ts does): 360-degree ratings become a presence flag and one column per rated field. */
async function loadRecords(c: DuckDBConnection, config: ScorecardConfig, records: readonly Record<string, unknown>[]): Promise<void> {
  const defs = new Map(config.fields.map((f) => [f.key, f]));
  const sources = new Set((config.raters?.classes ?? []).map((r) => r.source));
  const sourceOf = (name: string): string | undefined => {
    const dot = name.indexOf('.');
    return dot > 0 && sources.has(name.slice(0, dot)) ? name.slice(0, dot) : undefined;
  };
  const columns = tableColumns(config, dialectFor('duckdb')).map((col) => {
    const source = sourceOf(col.name);
    if (sources.has(col.name)) return { name: col.name, type: 'boolean' as FieldType };
    const def = defs.get(source ? col.name.slice(source.length + 1) : col.name)!;
    return { name: col.name, type: def.type, items: def.items };
  });
  const cell = (record: unknown, name: string): unknown => {
    const r = record as Record<string, unknown>;
    const isRatings = (x: unknown) => x !== null && typeof x === 'object' && !Array.isArray(x);
    if (sources.has(name)) return isRatings(r[name]);
    const source = sourceOf(name);
    if (source) return isRatings(r[source]) ? (r[source] as Record<string, unknown>)[name.slice(source.length + 1)] : null;
    return r[name];
  };
  await loadTable(c, 'records', columns, records, cell);
}

let c: DuckDBConnection;
beforeAll(async () => {
  c = await openDuckDB();
});
afterAll(() => c.closeSync());

describe('the template catalog', () => {
  it('holds the industry templates', () => {
    const stems = FILES.map((name) => name.replace(/\.template\.json$/, ''));
    for (const stem of EXPECTED) expect(stems).toContain(stem);
  });

  for (const file of FILES) {
    describe(file, () => {
      const stem = file.replace(/\.template\.json$/, '');

      it('is a valid, bilingual, built-in template whose rule documents match its policies', () => {
        const doc = load(file);
        const checked = validateTemplate(doc);
        expect(checked.problems.filter((p) => p.severity === 'error').map((p) => `${p.pointer}: ${p.message.en}`)).toEqual([]);
        expect(checked.valid).toBe(true);
        const t = checked.template!;
        expect(t.id).toBe(`builtin.${stem}`);
        expect(t.id.startsWith('builtin.')).toBe(true);
        expect(monolingual(t)).toEqual([]);
        // A shipped template's weight derivations must hold: consistent AHP judgments (CR < 0.1),
        // the recorded figures as computed, and the tree's weights the derived ones.
        expect(checked.problems.filter((p) => p.code === 'ahp-inconsistent' || p.code === 'weights-differ-from-derivation').map((p) => p.pointer)).toEqual([]);
        for (const d of t.scorecard.weighting ?? []) {
          if (d.method !== 'ahp') continue;
          const result = ahp(d.matrix, { method: d.computation, riTable: d.riTable });
          expect(result.cr).toBeLessThan(0.1);
          if (d.cr !== undefined) expect(Math.abs(d.cr - result.cr), `recorded CR of ${d.node}`).toBeLessThan(5e-4);
          if (d.ci !== undefined) expect(Math.abs(d.ci - result.ci), `recorded CI of ${d.node}`).toBeLessThan(5e-4);
          if (d.lambdaMax !== undefined) expect(Math.abs(d.lambdaMax - result.lambdaMax), `recorded λmax of ${d.node}`).toBeLessThan(5e-4);
        }
        expect(t.sources?.length ?? 0).toBeGreaterThan(0);
        expect(t.scorecard.subject?.id).toBeTruthy();
        expect(t.scorecard.subject?.name).toBeTruthy();
        const policies = new Map((t.scorecard.policies ?? []).map((p) => [p.id, p]));
        expect(t.policyDocuments?.length ?? 0).toBeGreaterThan(0);
        for (const policyDoc of t.policyDocuments ?? []) {
          expect(policyDoc.format).toBe('scorecard-policy');
          expect(policyDoc.version).toBe(1);
          for (const { id, policy } of expandRules(policyDoc.rules)) {
            expect(policies.has(id), `rule ${id} is among the scorecard's policies`).toBe(true);
            // The same rule, not only the same id (a decision-table row as its expanded policy).
            expect(policies.get(id)?.when, `condition of ${id}`).toEqual(policy.when);
            expect(policies.get(id)?.effect, `effect of ${id}`).toEqual(policy.effect);
          }
          // The saved test cases of a rule document are examples a user reads: they must pass.
          const failing = runPolicyTests(compilePolicyDocument(policyDoc), policyDoc.tests ?? []).filter((r) => !r.passed);
          expect(failing.map((r) => `${r.id}: ${r.summary.en} ${JSON.stringify(r.mismatches)}`)).toEqual([]);
        }
      });

      it(`evaluates ${RECORDS} sample records without errors, and SQL on DuckDB agrees`, async () => {
        const t = validateTemplate(load(file)).template!;
        const { scorecard, records } = instantiateTemplate(t, { count: RECORDS });
        expect(records).toHaveLength(RECORDS);
        const js = evaluate(scorecard, records);
        const withErrors = js.records.filter((r) => r.errors.length > 0);
        expect(withErrors.slice(0, 3).map((r) => `${r.id}: ${JSON.stringify(r.errors)}`)).toEqual([]);
        const failed = js.records.filter((r) => r.status === 'failed');
        expect(failed.slice(0, 3).map((r) => `${r.id}: ${r.failure?.node} ${r.failure?.message}`), `${failed.length} of ${RECORDS} records failed`).toEqual([]);
        // The sample must spread over the grades and fire rules, or the template demonstrates little.
        expect(Object.values(js.stats.grades).filter((n) => n > 0).length).toBeGreaterThanOrEqual(2);
        expect(js.records.some((r) => r.fired.length > 0)).toBe(true);

        // The whole scorecard, rules over list fields included (counting late clock-ins is a count
        // over a list, which toSQL translates).
        const result = toSQL(scorecard, { dialect: 'duckdb' });
        expect(result.problems.map((p) => `${p.pointer}: ${p.message.en}`)).toEqual([]);
        await loadRecords(c, scorecard, records);
        const sqlRows = await rows(c, result.sql!);
        expect(sqlRows).toHaveLength(RECORDS);
        const idKey = scorecard.subject!.id!;
        const byId = new Map(sqlRows.map((r) => [String(r[idKey]), r]));
        const differences: string[] = [];
        for (const r of js.records) {
          const s = byId.get(r.id);
          if (!s) {
            differences.push(`${r.id}: no SQL row`);
            continue;
          }
          const total = s.total as number | null;
          const sameTotal = r.total === null ? total === null : typeof total === 'number' && Math.abs(total - r.total) <= 1e-9;
          if (!sameTotal || s.grade !== r.grade || s.status !== r.status) differences.push(`${r.id}: js ${r.total} ${r.grade} sql ${String(total)} ${String(s.grade)}`);
          const before = r.totalBefore;
          const sqlBefore = s.total_before as number | null;
          if (before === null ? sqlBefore !== null : typeof sqlBefore !== 'number' || Math.abs(sqlBefore - before) > 1e-9) differences.push(`${r.id}: total before rules js ${before} sql ${String(sqlBefore)}`);
          for (const [name, value] of [['adjustment', r.adjustment], ['money', r.money]] as const) {
            if (typeof s[name] !== 'number' || !(Math.abs((s[name] as number) - value) <= 1e-9)) differences.push(`${r.id}: ${name} js ${value} sql ${String(s[name])}`);
          }
        }
        expect(differences.slice(0, 5)).toEqual([]);
        // The rules over lists must have been exercised: some records late more than 3 times, some without lateness.
        const listPolicies = (scorecard.policies ?? []).filter((p) => JSON.stringify(p).includes('"reduce"')).map((p) => p.id);
        for (const id of listPolicies) expect(js.records.some((r) => r.fired.some((f) => f.policy === id)), `rule ${id} fires for some records`).toBe(true);
      }, 120_000);
    });
  }
});
