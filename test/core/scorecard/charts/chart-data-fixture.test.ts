// The chart data on the call-centre fixture (agreeing with explainRecord), and on 100,000 records.
import { describe, expect, it } from 'vitest';
import fixture from '../../../fixtures/scorecard/call-centre.json';
import fixtureRecords from '../../../fixtures/scorecard/call-centre-records.json';
import { compileScorecard } from '../../../../src/core/scorecard/compile-scorecard.ts';
import { evaluate, evaluateCompiled } from '../../../../src/core/scorecard/evaluate.ts';
import { explainRecord } from '../../../../src/core/scorecard/explain-record.ts';
import type { ScorecardConfig } from '../../../../src/core/scorecard/types.ts';
import {
  DEFAULT_MAX_POINTS, dimensionAverages, dimensionRadar, gradeShares, recordContribution, scoreHistogram, scoreRankPoints, weightRings,
} from '../../../../src/core/scorecard/charts/index.ts';

const config = fixture as unknown as ScorecardConfig;

/** The fixture's agents with their numbers shifted a little, so every record differs. */
function population(n: number): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = new Array(n);
  let seed = 7;
  const random = (): number => ((seed = (seed * 16807) % 2147483647) - 1) / 2147483646;
  for (let i = 0; i < n; i++) {
    const base = fixtureRecords[i % fixtureRecords.length] as Record<string, unknown>;
    out[i] = {
      ...base,
      agentId: `X${i}`,
      csat: Math.min(5, Math.max(1, (base.csat as number) + (random() - 0.5))),
      fcrRate: (base.fcrRate as number) + (random() - 0.5) * 20,
      aht: (base.aht as number) + (random() - 0.5) * 120,
      complaints: random() < 0.8 ? 0 : 1,
      seriousComplaints: random() < 0.98 ? 0 : 1,
      falsification: random() < 0.005,
    };
  }
  return out;
}

describe('chart data on the call-centre fixture', () => {
  const compiled = compileScorecard(config);
  const evaluation = evaluateCompiled(compiled, fixtureRecords);

  it('gives the same weights and points per indicator as explainRecord', () => {
    for (let i = 0; i < fixtureRecords.length; i++) {
      const explained = explainRecord(compiled, evaluation, i);
      const contribution = recordContribution(config, evaluation, i);
      for (const item of contribution.items) {
        const node = explained.nodes.find((n) => n.id === item.id)!;
        expect(item.weight).toBeCloseTo(node.weight!, 12);
        if (node.earned === null) expect(item.earned).toBeNull();
        else expect(item.earned).toBeCloseTo(node.earned, 12);
        expect(item.lost).toBeCloseTo(node.lost ?? item.possible!, 12);
      }
      const earned = contribution.items.reduce((s, x) => s + (x.earned ?? 0), 0);
      expect(earned).toBeCloseTo(evaluation.records[i]!.totalBefore!, 9);
    }
  });
  it('shows the fixture’s totals, grades (two of them vetoed) and weights', () => {
    const histogram = scoreHistogram(config, evaluation);
    expect(histogram.bins.filter((b) => b.count).map((b) => [b.from, b.band])).toEqual([[0, 3], [10, 3], [45, 3], [95, 0]]);
    const shares = gradeShares(config, evaluation);
    expect(shares.grades.map((g) => [g.id, g.count, g.vetoed])).toEqual([['A', 1, 0], ['B', 0, 0], ['C', 0, 0], ['D', 3, 2]]);
    const rings = weightRings(config).rings;
    expect(rings[0]!.segments.map((s) => [s.id, s.value])).toEqual([['quality', 0.4], ['efficiency', 0.3], ['complaintHandling', 0.2], ['discipline', 0.1]]);
    expect(rings[1]!.segments.map((s) => s.id)).toEqual(['csat', 'fcr', 'qa', 'aht', 'accuracy', 'complaintTimeliness', 'callback', 'attendance', 'training']);
    expect(rings[1]!.segments[0]!.value).toBeCloseTo(0.16, 12);
    const radar = dimensionRadar(config, evaluation, 1);
    expect(radar.axes.map((a) => a.id)).toEqual(['quality', 'efficiency', 'complaintHandling', 'discipline']);
    expect(radar.record!.scores[0]).toBeCloseTo(68.5, 9);
  });
});

describe('chart data on 100,000 records', () => {
  const N = 100_000;
  const evaluation = evaluate(config, population(N));

  it('thins score against rank to at most 2,000 points, keeping the best and the worst', () => {
    const data = scoreRankPoints(config, evaluation);
    expect(data.sampled).toBe(true);
    expect(data.count).toBe(N);
    expect(data.points.length).toBeLessThanOrEqual(DEFAULT_MAX_POINTS);
    expect(data.points.length).toBeGreaterThan(DEFAULT_MAX_POINTS / 2);
    const totals = evaluation.records.map((r) => r.total!);
    expect(data.points[0]).toMatchObject({ rank: 1, total: Math.max(...totals) });
    expect(data.points.at(-1)!.total).toBe(Math.min(...totals));
    for (let p = 1; p < data.points.length; p++) expect(data.points[p]!.rank).toBeGreaterThanOrEqual(data.points[p - 1]!.rank);
  });

  it('prepares every chart quickly (timings printed, not asserted)', () => {
    const time = (label: string, run: () => unknown): void => {
      const start = performance.now();
      run();
      console.log(`${label.padEnd(22)} ${(performance.now() - start).toFixed(1)} ms (100,000 records)`);
    };
    time('scoreHistogram', () => scoreHistogram(config, evaluation));
    time('gradeShares', () => gradeShares(config, evaluation));
    time('dimensionAverages', () => dimensionAverages(config, evaluation));
    time('dimensionRadar', () => dimensionRadar(config, evaluation, 123));
    time('recordContribution', () => recordContribution(config, evaluation, 123));
    time('weightRings', () => weightRings(config));
    time('scoreRankPoints', () => scoreRankPoints(config, evaluation));
    const histogram = scoreHistogram(config, evaluation);
    expect(histogram.bins.reduce((s, b) => s + b.count, 0)).toBe(histogram.count);
    expect(gradeShares(config, evaluation).graded).toBe(N);
  });
});
