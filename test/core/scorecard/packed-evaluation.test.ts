import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate, generateRecords, type ScorecardConfig } from '../../../src/core/index.ts';
import { packEvaluation, packedTransferables, unpackEvaluation } from '../../../src/core/scorecard/packed-evaluation.ts';

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
});
