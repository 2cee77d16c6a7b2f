// A deliberately naive second reading of docs/scorecard-evaluation.md: recursive, object-based,
// no compilation. The property test requires evaluate() to agree with it on random scorecards.
import { applyLogic, isTruthy } from '../../../src/core/index.ts';
import type { IndicatorNode, ScorecardConfig, Scorer } from '../../../src/core/scorecard/types.ts';

function num(raw: unknown): number | null {
  if (typeof raw === 'number') return Number.isNaN(raw) ? null : raw;
  if (typeof raw === 'boolean') return raw ? 1 : 0;
  if (typeof raw === 'string' && raw.trim() !== '' && Number.isFinite(Number(raw.trim()))) return Number(raw.trim());
  return null;
}

const clamp = (x: number, lo: number, hi: number) => Math.min(hi, Math.max(lo, x));

function score(s: Scorer, raw: unknown, lo: number, hi: number): number | null {
  if (s.type === 'pass-fail') return raw === null || raw === undefined ? null : isTruthy(raw) ? (s.pass ?? hi) : (s.fail ?? lo);
  const v = num(raw);
  if (v === null) return null;
  switch (s.type) {
    case 'linear': return lo + clamp((v - s.worst) / (s.best - s.worst), 0, 1) * (hi - lo);
    case 'likert': { const t = clamp((v - 1) / (s.points - 1), 0, 1); return lo + (s.reverse ? 1 - t : t) * (hi - lo); }
    case 'bands': { const b = s.bands.find((x) => (x.min === undefined || v >= x.min) && (x.max === undefined || v < x.max)); return b ? b.score : (s.otherwise ?? lo); }
    case 'target': {
      const f = s.floor ?? 0;
      const t = (v - f) / (s.target - f);
      if (t <= 1) return lo + clamp(t, 0, 1) * (hi - lo);
      if (s.stretch === undefined || s.cap === undefined) return hi;
      return hi + clamp((v - s.target) / (s.stretch - s.target), 0, 1) * (s.cap - hi);
    }
    default: throw new Error(`reference: scorer ${s.type} not covered`);
  }
}

type Outcome = { score: number | null } | { fail: true };

function node(n: IndicatorNode, data: unknown, lo: number, hi: number): Outcome {
  if (!('children' in n)) {
    let raw: unknown;
    try { raw = applyLogic(n.value, data); } catch { raw = null; }
    return { score: score(n.scorer, raw, lo, hi) };
  }
  const used: { w: number; s: number }[] = [];
  for (const c of n.children) {
    const o = node(c, data, lo, hi);
    if ('fail' in o) return o;
    if (o.score === null) {
      if (n.missing === 'fail') return { fail: true };
      if (n.missing === 'zero') used.push({ w: Math.max(0, c.weight), s: lo });
      continue;
    }
    used.push({ w: Math.max(0, c.weight), s: o.score });
  }
  if (used.length === 0) return { score: null };
  if (n.aggregate === 'min') return { score: Math.min(...used.map((u) => u.s)) };
  const W = used.reduce((a, u) => a + u.w, 0);
  if (W <= 0) return { score: null };
  if (n.aggregate === 'weighted-geometric') return { score: Math.exp(used.filter((u) => u.w > 0).reduce((a, u) => a + u.w * Math.log(Math.max(0, u.s)), 0) / W) };
  return { score: used.reduce((a, u) => a + u.w * u.s, 0) / W };
}

export interface ReferenceResult { total: number | null; grade: string | null; rank: number | null }

export function referenceEvaluate(config: ScorecardConfig, records: unknown[]): ReferenceResult[] {
  const scale = { min: 0, max: 100, decimals: 2, rounding: 'half-up', clamp: true, ...config.scale };
  const bands = config.grades.bands;
  const rows = records.map((record) => {
    const o = node(config.root, record, scale.min, scale.max);
    if ('fail' in o || o.score === null) return { total: null, cap: -1, void: false };
    let total = o.score;
    let cap = -1;
    let voided = false;
    for (const p of config.policies ?? []) {
      if (p.enabled === false) continue;
      let hit = false;
      try { hit = isTruthy(applyLogic(p.when, record)); } catch { hit = false; }
      if (!hit) continue;
      const e = p.effect;
      if (e.type === 'points') {
        let a: number | null = null;
        try { a = num(applyLogic(e.amount, record)); } catch { a = null; }
        total += clamp(a ?? 0, e.min ?? -Infinity, e.max ?? Infinity);
      } else if (e.type === 'veto') {
        if (e.mode === 'void') voided = true;
        else cap = Math.max(cap, bands.findIndex((b) => b.id === e.grade));
      }
    }
    if (voided) total = scale.min;
    if (scale.clamp !== false) total = clamp(total, scale.min, scale.max);
    const f = 10 ** scale.decimals;
    total = (Math.sign(total) * Math.floor(Math.abs(total) * f + 0.5 + 1e-9)) / f;
    return { total, cap, void: voided };
  });
  const totals = rows.filter((r) => r.total !== null).map((r) => r.total!);
  return rows.map((r) => {
    if (r.total === null) return { total: null, grade: null, rank: null };
    const rank = 1 + totals.filter((t) => t > r.total!).length;
    let b = bands.findIndex((x) => r.total! >= x.min);
    if (b < 0) b = bands.length - 1;
    if (r.cap > b) b = r.cap;
    if (r.void) b = bands.length - 1;
    return { total: r.total, grade: bands[b]!.id, rank };
  });
}
