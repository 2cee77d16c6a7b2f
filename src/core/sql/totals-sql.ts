// Policies, totals, rounding, ranks and grades as SQL columns (docs/scorecard-evaluation.md §5–6,
// src/core/scorecard/evaluate.ts and grading.ts), in the order evaluate() applies them.
import type { GradeBand, Policy, ScaleConfig, ScorecardConfig } from '../scorecard/types.ts';
import { truthy, valueNumber } from './coerce.ts';
import { quoteIdentifier, quoteString } from './dialect.ts';
import { type Translation, caseWhen } from './expr.ts';
import { type Scope, logicToSql } from './logic-to-sql.ts';
import type { Column } from './tree-sql.ts';

const q = quoteIdentifier;

export const totalCol = {
  failed: '__sc_failed',
  base: '__sc_base',
  adjustment: '__sc_adjustment',
  money: '__sc_money',
  voided: '__sc_void',
  cap: '__sc_cap',
  clamped: '__sc_clamped',
  total: '__sc_total',
  count: '__sc_n',
  rank: '__sc_rank',
  band: '__sc_band',
};

/** Fired flags and amounts of the enabled policies, evaluated on the whole record. */
export function policyColumns(policies: readonly Policy[], record: Scope, t: Translation): { columns: Column[]; enabled: { policy: Policy; index: number }[] } {
  const d = t.dialect;
  const columns: Column[] = [];
  const enabled: { policy: Policy; index: number }[] = [];
  policies.forEach((policy, i) => {
    if (policy.enabled === false) return;
    enabled.push({ policy, index: i });
    const when = logicToSql(policy.when, record, t, `/policies/${i}/when`);
    let fired = 'FALSE';
    if (when !== undefined) {
      // A `when` that throws does not fire.
      const f = truthy(when, d);
      fired = f.err === undefined ? f.sql : `CASE WHEN ${f.err} THEN FALSE ELSE ${f.sql} END`;
    }
    columns.push({ name: `__sc_p${i}`, sql: fired });
    const effect = policy.effect;
    if (effect.type === 'points' || effect.type === 'money') {
      const amount = logicToSql(effect.amount, record, t, `/policies/${i}/effect/amount`);
      // Not a number (or a rule that throws) counts as 0.
      columns.push({ name: `__sc_a${i}`, sql: `COALESCE(${amount === undefined ? 'NULL' : valueNumber(amount, d)}, ${d.double(0)})` });
    }
  });
  return { columns, enabled };
}

/** Adjustment, money, vetoes and the clamped total before rounding. */
export function totalColumns(enabled: readonly { policy: Policy; index: number }[], bands: readonly GradeBand[], scale: Readonly<ScaleConfig>, t: Translation): Column[] {
  const d = t.dialect;
  const failed = q(totalCol.failed);
  const fired = (i: number) => q(`__sc_p${i}`);
  // A points amount is clamped to the policy's min and max.
  const amount = (p: { policy: Policy; index: number }) => {
    const a = q(`__sc_a${p.index}`);
    const e = p.policy.effect;
    if (e.type !== 'points') return a;
    const bounds = [
      ...(e.min === undefined ? [] : [{ when: `${a} < ${d.double(e.min)}`, then: d.double(e.min) }]),
      ...(e.max === undefined ? [] : [{ when: `${a} > ${d.double(e.max)}`, then: d.double(e.max) }]),
    ];
    return caseWhen(bounds, a);
  };
  const sum = (type: 'points' | 'money') => {
    const terms = enabled.filter((p) => p.policy.effect.type === type).map((p) => `CASE WHEN ${fired(p.index)} THEN ${amount(p)} ELSE ${d.double(0)} END`);
    return `CASE WHEN ${failed} THEN ${d.double(0)} ELSE (${[d.double(0), ...terms].join(' + ')}) END`;
  };
  const voids = enabled.filter((p) => p.policy.effect.type === 'veto' && p.policy.effect.mode === 'void').map((p) => fired(p.index));
  const caps = enabled.flatMap((p) => {
    const e = p.policy.effect;
    if (e.type !== 'veto' || e.mode !== 'cap') return [];
    // An unknown grade caps nothing, as in evaluate().
    const b = bands.findIndex((band) => band.id === e.grade);
    return [`CASE WHEN ${fired(p.index)} THEN ${b} ELSE -1 END`];
  });
  const voided = voids.length === 0 ? 'FALSE' : `(${voids.join(' OR ')})`;
  const adjusted = `(${q(totalCol.base)} + ${q(totalCol.adjustment)})`;
  const afterVeto = `CASE WHEN ${q(totalCol.voided)} THEN ${d.double(scale.min)} ELSE ${adjusted} END`;
  const clamped = scale.clamp === false
    ? afterVeto
    : `LEAST(GREATEST(${afterVeto}, ${d.double(scale.min)}), ${d.double(scale.max)})`;
  return [
    { name: totalCol.adjustment, sql: sum('points') },
    { name: totalCol.money, sql: sum('money') },
    { name: totalCol.voided, sql: voided },
    { name: totalCol.cap, sql: caps.length === 0 ? '-1' : caps.length === 1 ? caps[0]! : `GREATEST(${caps.join(', ')})` },
    { name: totalCol.clamped, sql: `CASE WHEN ${failed} THEN NULL ELSE ${clamped} END` },
  ];
}

/** roundTotal of numbers.ts on the clamped total. */
export function roundSql(x: string, scale: Readonly<ScaleConfig>, t: Translation): string {
  const d = t.dialect;
  const f = d.double(10 ** scale.decimals);
  const a = `(abs(${x}) * ${f})`;
  if (scale.rounding === 'half-even') {
    const fl = `floor(${a})`;
    const even = `(${fl} - 2 * floor(${fl} / 2) = 0)`;
    const r = `CASE WHEN abs(${a} - ${fl} - ${d.double(0.5)}) <= ${d.double(1e-9)} THEN CASE WHEN ${even} THEN ${fl} ELSE ${fl} + 1 END ELSE floor(${a} + ${d.double(0.5)}) END`;
    return `((sign(${x}) * (${r})) / ${f})`;
  }
  return `((sign(${x}) * floor(${a} + ${d.double(0.5)} + ${d.double(1e-9)})) / ${f})`;
}

/**
 * Competition ranks (rank = 1 + how many totals are strictly greater) and the number of ranked
 * records. Computed over the distinct totals and joined back: a window over every record would
 * sort the whole wide rows, several times slower.
 */
export function rankCtes(rounded: string): { name: string; columns: Column[]; body: string }[] {
  const total = q(totalCol.total);
  const count = q('__sc_count');
  const distinct = `    SELECT ${total}, COUNT(*) AS ${count} FROM ${q(rounded)} WHERE ${total} IS NOT NULL GROUP BY ${total}`;
  const ranks = [
    `  SELECT ${total},`,
    `    CAST(1 + COALESCE(SUM(${count}) OVER (ORDER BY ${total} DESC ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS bigint) AS ${q(totalCol.rank)},`,
    `    CAST(SUM(${count}) OVER () AS bigint) AS ${q(totalCol.count)}`,
    `  FROM (\n${distinct}\n  ) AS ${q('__sc_distinct')}`,
  ].join('\n');
  const joined = [
    // Failed records (no total) find no rank and need no count.
    `  SELECT ${q('__sc_row')}.*, ${q('__sc_r')}.${q(totalCol.rank)}, ${q('__sc_r')}.${q(totalCol.count)}`,
    `  FROM ${q(rounded)} AS ${q('__sc_row')} LEFT JOIN ${q('__sc_ranks')} AS ${q('__sc_r')} ON ${q('__sc_row')}.${total} = ${q('__sc_r')}.${total}`,
  ].join('\n');
  return [
    { name: '__sc_ranks', columns: [], body: ranks },
    { name: '__sc_ranked', columns: [], body: joined },
  ];
}

/** The band index: by total, or by rank under a forced distribution; then caps and voids. */
export function bandSql(config: ScorecardConfig, t: Translation): string {
  const d = t.dialect;
  const bands = config.grades.bands;
  const last = bands.length - 1;
  const forced = config.grades.forced;
  let byScore: string;
  if (forced === undefined) {
    byScore = caseWhen(bands.map((b, i) => ({ when: `${q(totalCol.total)} >= ${d.double(b.min)}`, then: String(i) })), String(last));
  } else {
    // B_k = floor(n · cumulative / total + 0.5) with the cumulative shares summed as grading.ts sums them.
    const share = new Map(forced.shares.map((s) => [s.grade, s.share]));
    const sum = forced.shares.reduce((s, x) => s + x.share, 0) || 1;
    let cumulative = 0;
    const n = `CAST(${q(totalCol.count)} AS ${d.doubleType})`;
    byScore = caseWhen(bands.map((b, i) => {
      cumulative += share.get(b.id) ?? 0;
      return { when: `${q(totalCol.rank)} - 1 < floor((${n} * ${d.double(cumulative)}) / ${d.double(sum)} + ${d.double(0.5)})`, then: String(i) };
    }), String(last));
  }
  return `CASE WHEN ${q(totalCol.total)} IS NULL THEN NULL WHEN ${q(totalCol.voided)} THEN ${last} ELSE GREATEST(${byScore}, ${q(totalCol.cap)}) END`;
}

export function gradeColumns(bands: readonly GradeBand[], t: Translation): { grade: string; coefficient: string } {
  const d = t.dialect;
  const band = q(totalCol.band);
  return {
    grade: `CASE ${band} ${bands.map((b, i) => `WHEN ${i} THEN ${quoteString(b.id)}`).join(' ')} END`,
    coefficient: `CASE ${band} ${bands.map((b, i) => `WHEN ${i} THEN ${d.double(b.coefficient ?? 1)}`).join(' ')} END`,
  };
}

export function percentileSql(t: Translation): string {
  const d = t.dialect;
  const n = q(totalCol.count);
  const rank = q(totalCol.rank);
  return `CASE WHEN ${rank} IS NULL THEN NULL WHEN ${n} = 1 THEN ${d.double(100)} ELSE (${d.double(100)} * CAST(${n} - ${rank} AS ${d.doubleType})) / CAST(${n} - 1 AS ${d.doubleType}) END`;
}
