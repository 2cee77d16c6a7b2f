import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate, generateRecords, type ScorecardConfig } from '../../../src/core/index.ts';
import { packEvaluation, packedTransferables, unpackEvaluation } from '../../../src/core/scorecard/packed-evaluation.ts';
import { evaluatePacked } from '../../../src/core/scorecard/evaluate.ts';
import { populationCharts } from '../../../src/core/scorecard/charts/population.ts';

const config = JSON.parse(readFileSync(new URL('../../fixtures/scorecard/call-centre.json', import.meta.url), 'utf8')) as ScorecardConfig;

describe('packed evaluations', () => {
  it('unpack to an evaluation equal to the one packed, through a real structured clone with transfer', () => {
    const records = generateRecords(config.fields, 500, { seed: 11, edgeCases: true });
    // Some records with what is rare: missing values, vetoes, fired policies, errors.
    const evaluation = evaluate(config, records);
    expect(evaluation.records.some((r) => r.fired.length > 0)).toBe(true);
    const expected = structuredClone(evaluation);
    const packed = packEvaluation(evaluation);
    const sent = structuredClone(packed, { transfer: packedTransferables(packed) });
    const back = unpackEvaluation(sent);
    expect(back).toEqual(expected);
    for (const r of back.records) if (r.flags.length === 0) expect(Object.isFrozen(r.flags)).toBe(true);
  });

  it('keeps failed records, nulls and names', () => {
    const evaluation = evaluate({ ...config, subject: { id: 'agentId', name: 'agentName' } }, [{ agentId: 'A1', agentName: '张三' }, {}]);
    const back = unpackEvaluation(packEvaluation(structuredClone(evaluation)));
    expect(back.records).toEqual(evaluation.records);
  });

  it('evaluated straight into columns: the same results (fired policies, flags, vetoes, errors) and the same charts', () => {
    const records = generateRecords(config.fields, 800, { seed: 5, edgeCases: true });
    const withFlag: ScorecardConfig = {
      ...config,
      policies: [...(config.policies ?? []), { id: 'watch', name: 'Watch', when: { '<': [{ var: 'csat' }, 3.5] }, effect: { type: 'flag', flag: 'coaching' } }],
    };
    const expected = evaluate(withFlag, records);
    const packed = evaluatePacked(withFlag, records);
    expect(packed.policies.map((p) => p.id)).toEqual(withFlag.policies!.map((p) => p.id));
    expect(expected.records.some((r) => r.flags.length > 0)).toBe(true);
    expect(expected.records.some((r) => r.status === 'ok' && r.flags.length === 0)).toBe(true);
    expect(expected.records.some((r) => r.veto !== undefined)).toBe(true);
    expect(expected.records.some((r) => r.errors.length > 0 || r.status === 'failed')).toBe(true);
    // Nothing but the rare goes into extras: failures, errors, rater totals.
    expect(packed.extras.every((e) => e.fired === undefined && e.flags === undefined && e.veto === undefined)).toBe(true);
    const sent = structuredClone(packed, { transfer: packedTransferables(packed) });
    expect(unpackEvaluation(sent)).toEqual(expected);
    expect(populationCharts(withFlag, evaluatePacked(withFlag, records))).toEqual(populationCharts(withFlag, expected));
  });
});
