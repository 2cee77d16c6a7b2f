// SQL export benchmark (issue: toSQL): a 25-indicator scorecard over 1,000,000 records in DuckDB.
// The records are generated inside DuckDB (range() and random() after setseed) rather than inserted
// from JavaScript, so the time measured is the generated query's: CREATE TABLE … AS <toSQL output>.
import { type DuckDBConnection, DuckDBInstance } from '@duckdb/node-api';
import { evaluate } from '../src/core/scorecard/evaluate.ts';
import type { FieldDef, IndicatorLeaf, Scorer, ScorecardConfig } from '../src/core/scorecard/types.ts';
import { toSQL } from '../src/core/sql/index.ts';
import type { Measurement } from './report.ts';

const RECORDS = 1_000_000;
const INDICATORS = 25;
/** Records checked against evaluate() before timing (totals do not depend on the other records). */
const CHECKED = 2_000;

/** Indicator k uses SCORERS[k % 5]; the second is a cost (lower is better). */
const SCORERS: Scorer[] = [
  { type: 'linear', worst: 40, best: 95 },
  { type: 'linear', worst: 300, best: 30 },
  { type: 'target', target: 90, floor: 50, stretch: 100, cap: 110 },
  { type: 'bands', bands: [{ min: 90, score: 100 }, { min: 75, max: 90, score: 80 }, { min: 60, max: 75, score: 60 }], otherwise: 20 },
  { type: 'logic', score: { if: [{ '>=': [{ var: 'value' }, 60] }, { var: 'value' }, 0] } },
];

/** Five groups of five indicators (linear, target, bands and logic scorers), points and a cap veto. */
export function benchScorecard(): ScorecardConfig {
  const fields: FieldDef[] = [{ key: 'id', type: 'string' }, ...Array.from({ length: INDICATORS }, (_, i) => ({ key: `k${i}`, type: 'number' as const })), { key: 'complaints', type: 'integer' }];
  const leaf = (i: number): IndicatorLeaf => ({ id: `k${i}`, name: `k${i}`, weight: 20, value: { var: `k${i}` }, scorer: SCORERS[i % SCORERS.length]! });
  return {
    version: 1, id: 'bench', name: 'SQL benchmark, 25 indicators', subject: { id: 'id' }, fields,
    root: {
      id: 'root', name: 'root', weight: 100,
      children: Array.from({ length: 5 }, (_, g) => ({
        id: `g${g}`, name: `g${g}`, weight: 20, missing: g === 4 ? 'zero' as const : 'renormalize' as const,
        children: Array.from({ length: 5 }, (_, j) => leaf(g * 5 + j)),
      })),
    },
    policies: [
      { id: 'complaints', name: 'complaints', when: { '>': [{ var: 'complaints' }, 0] }, effect: { type: 'points', amount: { '*': [-5, { var: 'complaints' }] }, min: -20 } },
      { id: 'veto', name: 'veto', when: { '>=': [{ var: 'complaints' }, 5] }, effect: { type: 'veto', mode: 'cap', grade: 'C' } },
    ],
    grades: { bands: [{ id: 'A', label: 'A', min: 90 }, { id: 'B', label: 'B', min: 75 }, { id: 'C', label: 'C', min: 60 }, { id: 'D', label: 'D', min: 0 }] },
  };
}

/** The records table, made by DuckDB: values near 75 (or near 160 for the cost indicators), 2 % missing. */
async function createRecords(c: DuckDBConnection, count: number): Promise<void> {
  await c.run('SELECT setseed(0.42)');
  const value = (i: number) => {
    const [centre, spread] = i % SCORERS.length === 1 ? [160, 120] : [75, 30];
    // The mean of three uniforms: a bell-shaped value, rounded to one decimal, sometimes missing.
    return `CASE WHEN random() < 0.02 THEN NULL ELSE round(${centre} + ${spread} * ((random() + random() + random()) / 3 - 0.5), 1) END AS "k${i}"`;
  };
  const columns = [`'R' || lpad(CAST(i AS VARCHAR), 7, '0') AS "id"`, ...Array.from({ length: INDICATORS }, (_, i) => value(i)), 'CAST(floor(-ln(1 - random()) * 1.2) AS BIGINT) AS "complaints"'];
  await c.run(`CREATE OR REPLACE TABLE records AS SELECT ${columns.join(', ')} FROM range(${count}) t(i)`);
}

/** evaluate() on a sample read back from DuckDB must give the same totals as the SQL. */
async function check(c: DuckDBConnection, config: ScorecardConfig): Promise<void> {
  const sample = (await c.runAndReadAll(`SELECT * FROM records ORDER BY id LIMIT ${CHECKED}`)).getRowObjectsJS()
    .map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v])));
  const sql = (await c.runAndReadAll(`SELECT id, total FROM scorecard_results ORDER BY id LIMIT ${CHECKED}`)).getRowObjectsJS();
  const js = evaluate(config, sample).records;
  sql.forEach((row, i) => {
    if (row.total !== js[i]!.total) throw new Error(`SQL and evaluate() differ on ${String(row.id)}: ${String(row.total)} vs ${String(js[i]!.total)}`);
  });
}

export async function runSqlBench(): Promise<{ rows: Measurement[]; recordsPerSecond: number }> {
  const config = benchScorecard();
  const result = toSQL(config, { dialect: 'duckdb' });
  if (result.sql === null) throw new Error(`toSQL refused the benchmark scorecard: ${JSON.stringify(result.problems)}`);
  const instance = await DuckDBInstance.create(':memory:');
  const c = await instance.connect();
  try {
    let start = performance.now();
    await createRecords(c, RECORDS);
    const generateMs = performance.now() - start;
    const query = `CREATE OR REPLACE TABLE scorecard_results AS ${result.sql.replace(/;\n$/, '')}`;
    await c.run(query); // warm-up, and the table check() reads
    await check(c, config);
    const runs: number[] = [];
    for (let i = 0; i < 3; i++) {
      start = performance.now();
      await c.run(query);
      runs.push(performance.now() - start);
    }
    const medianMs = [...runs].sort((a, b) => a - b)[1]!;
    const rows: Measurement[] = [{ name: 'DuckDB, toSQL query (CREATE TABLE AS)', medianMs, runs }];
    const recordsPerSecond = RECORDS / (medianMs / 1000);
    console.log(`\nSQL export: ${INDICATORS}-indicator scorecard, ${RECORDS.toLocaleString('en')} records generated in DuckDB (${generateMs.toFixed(0)} ms)`);
    console.log(`DuckDB runs the generated query in ${medianMs.toFixed(0)} ms (median of ${runs.map((r) => r.toFixed(0)).join(', ')}), ${Math.round(recordsPerSecond).toLocaleString('en')} records/s; ${CHECKED.toLocaleString('en')} totals checked against evaluate()`);
    return { rows, recordsPerSecond };
  } finally {
    c.closeSync();
    instance.closeSync();
  }
}
