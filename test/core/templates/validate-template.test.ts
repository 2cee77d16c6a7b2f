import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { evaluate, instantiateTemplate, type ScorecardConfig, type ScorecardTemplate, validateTemplate } from '../../../src/core/index.ts';

const scorecard = JSON.parse(readFileSync(new URL('../../fixtures/scorecard/call-centre.json', import.meta.url), 'utf8')) as ScorecardConfig;

function template(): ScorecardTemplate {
  return {
    format: 'scorecard-template', version: 1, id: 'test.call-centre',
    name: { en: 'Call centre', 'zh-CN': '呼叫中心' }, description: { en: 'Monthly KPI', 'zh-CN': '月度 KPI' }, industry: { en: 'Call centres', 'zh-CN': '呼叫中心' },
    scorecard: structuredClone(scorecard),
    sample: { count: 50, seed: 3, profiles: { csat: { kind: 'normal', mean: 4.3, sd: 0.4, min: 1, max: 5, decimals: 1 } } },
  };
}

describe('validateTemplate', () => {
  it('accepts a complete template and hands it back with its scorecard', () => {
    const result = validateTemplate(template());
    expect(result.problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(result.valid).toBe(true);
    expect(result.template?.scorecard.id).toBe(scorecard.id);
  });

  it('points at what is wrong, in the template and inside its scorecard, in both languages', () => {
    const bad = template() as unknown as Record<string, unknown>;
    bad.id = 'No Namespace';
    delete bad.industry;
    (bad.sample as Record<string, unknown>).count = 0;
    ((bad.scorecard as ScorecardConfig).root.children[0]!).weight = -1;
    (bad.sample as { profiles: Record<string, unknown> }).profiles.nope = { kind: 'uniform', min: 0, max: 1 };
    const result = validateTemplate(bad);
    expect(result.valid).toBe(false);
    const pointers = result.problems.filter((p) => p.severity === 'error').map((p) => p.pointer);
    expect(pointers).toEqual(expect.arrayContaining(['/id', '/industry', '/sample/count', '/scorecard/root/children/0/weight', '/sample/profiles/nope']));
    for (const p of result.problems) expect(p.message['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
  });

  it('refuses what is not a template', () => {
    expect(validateTemplate([]).valid).toBe(false);
    expect(validateTemplate({ ...template(), format: 'scorecard-policy' }).problems.map((p) => p.code)).toContain('template-format');
  });
});

describe('instantiateTemplate', () => {
  it('copies the scorecard and draws the same sample for the same seed, which evaluates', () => {
    const t = template();
    const a = instantiateTemplate(t);
    const b = instantiateTemplate(t);
    expect(a.records).toHaveLength(50);
    expect(a.records).toEqual(b.records);
    a.scorecard.name = 'changed';
    expect(t.scorecard.name).not.toBe('changed');
    const result = evaluate(a.scorecard, a.records);
    expect(result.stats.count).toBe(50);
    expect(instantiateTemplate(t, { count: 7 }).records).toHaveLength(7);
  });
});
