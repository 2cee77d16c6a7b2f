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

describe('360-degree samples', () => {
  function rated(): ScorecardTemplate {
    const scorecard: ScorecardConfig = {
      version: 1, id: 'r', name: 'r', subject: { id: 'id' },
      fields: [{ key: 'id', type: 'string' }, { key: 'skill', type: 'number' }, { key: 'tenure', type: 'integer' }],
      root: { id: 'total', name: 'Total', weight: 100, children: [{ id: 'skill', name: 'Skill', weight: 100, value: { var: 'skill' }, scorer: { type: 'linear', worst: 0, best: 100 } }] },
      raters: { classes: [{ id: 'self', name: 'Self', weight: 20, source: 'self' }, { id: 'boss', name: 'Boss', weight: 80, source: 'boss' }] },
      grades: { bands: [{ id: 'A', label: 'A', min: 80 }, { id: 'B', label: 'B', min: 0 }] },
    };
    return { ...template(), scorecard, sample: { count: 300, seed: 9, profiles: { skill: { kind: 'normal', mean: 70, sd: 15, min: 0, max: 100, decimals: 0 } }, raters: { self: ['skill'], boss: ['skill'] } } };
  }

  it('puts each class\'s ratings in its own object, mostly agreeing, and the records evaluate', () => {
    const t = rated();
    expect(validateTemplate(t).problems.filter((p) => p.severity === 'error')).toEqual([]);
    const { records, scorecard: config } = instantiateTemplate(t);
    expect(Object.keys(records[0]!).sort()).toEqual(['boss', 'id', 'self', 'tenure']);
    const agree = records.filter((r) => (r.self as { skill: unknown }).skill === (r.boss as { skill: unknown }).skill).length;
    // Both agree with the person's own level with probability 0.7 each (plus rare coincidences).
    expect(agree / records.length).toBeGreaterThan(0.4);
    expect(agree / records.length).toBeLessThan(0.65);
    // The generator's edge cases leave 1 record in 50 without a value: only those fail, having no rating at all.
    const unrated = records.filter((r) => (r.self as { skill: unknown }).skill === null && (r.boss as { skill: unknown }).skill === null).length;
    expect(unrated).toBeGreaterThan(0);
    expect(evaluate(config, records).stats.failed).toBe(unrated);
    expect(instantiateTemplate(t).records).toEqual(records);
  });

  it('wants the rated fields of a 360-degree scorecard, for classes it has', () => {
    const t = rated();
    delete t.sample.raters;
    expect(validateTemplate(t).problems.map((p) => p.code)).toContain('template-sample-raters');
    t.sample.raters = { nobody: ['skill'], self: ['nope'] };
    expect(validateTemplate(t).problems.map((p) => p.pointer)).toEqual(expect.arrayContaining(['/sample/raters/nobody', '/sample/raters/self']));
  });
});
