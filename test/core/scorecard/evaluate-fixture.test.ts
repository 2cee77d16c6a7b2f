// The realistic call-centre configuration over generated records: everything evaluates, every
// record can be explained, and the results are the same in a second run (no hidden state).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { type FieldProfile, type ScorecardConfig, compileScorecard, evaluateCompiled, explainRecord, generateRecords, validateConfig } from '../../../src/core/index.ts';

const config = JSON.parse(readFileSync(new URL('../../fixtures/scorecard/call-centre.json', import.meta.url), 'utf8')) as ScorecardConfig;

const profiles: Record<string, FieldProfile> = {
  csat: { kind: 'normal', mean: 4, sd: 0.5, min: 1, max: 5, decimals: 2 },
  fcrRate: { kind: 'normal', mean: 75, sd: 10, min: 30, max: 100, decimals: 1 },
  qaScore: { kind: 'normal', mean: 82, sd: 10, min: 0, max: 100, decimals: 0 },
  aht: { kind: 'normal', mean: 380, sd: 90, min: 120, max: 900, decimals: 0 },
  accuracyRate: { kind: 'normal', mean: 96, sd: 3, min: 70, max: 100, decimals: 1 },
  complaintOnTimeRate: { kind: 'normal', mean: 95, sd: 4, min: 60, max: 100, decimals: 1 },
  callbackRate: { kind: 'normal', mean: 92, sd: 6, min: 50, max: 100, decimals: 1 },
  attendanceDays: { kind: 'uniform', min: 18, max: 22, decimals: 0 },
  scheduledDays: { kind: 'uniform', min: 22, max: 22, decimals: 0 },
  complaints: { kind: 'poisson', lambda: 0.6 },
  seriousComplaints: { kind: 'bernoulli', p: 0.03 },
  lateCount: { kind: 'poisson', lambda: 1 },
  commendations: { kind: 'poisson', lambda: 0.5 },
  falsification: { kind: 'bernoulli', p: 0.01 },
};

describe('the call-centre fixture over 2,000 generated records', () => {
  it('validates, evaluates without errors, spreads over the grades and explains every record', () => {
    expect(validateConfig(config).valid).toBe(true);
    const fields = config.fields.map((f) => (f.key === 'seriousComplaints' ? { ...f, type: 'boolean' as const } : f));
    const records = generateRecords(fields, 2000, { seed: 11, profiles }).map((r) => ({ ...r, seriousComplaints: r.seriousComplaints ? 1 : 0 }));
    const compiled = compileScorecard(config);
    const result = evaluateCompiled(compiled, records);
    expect(result.records.flatMap((r) => r.errors)).toEqual([]);
    expect(result.stats.failed).toBe(0);
    expect(Object.values(result.stats.grades).filter((n) => n > 0).length).toBeGreaterThanOrEqual(3);
    for (const r of result.records) {
      expect(r.total).toBeGreaterThanOrEqual(0);
      expect(r.total).toBeLessThanOrEqual(100);
      const e = explainRecord(compiled, result, r.index, r.index % 2 ? 'zh-CN' : 'en');
      expect(e.sentences.length).toBeGreaterThan(0);
    }
    expect(evaluateCompiled(compiled, records).records).toEqual(result.records);
  });
});
