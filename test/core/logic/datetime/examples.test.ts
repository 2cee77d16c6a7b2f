// Every example and recipe of docs/date-time-operators.md runs here, and the doc must be exactly
// what doc-render.ts makes of the specs and examples (UPDATE_DOCS=1 rewrites it).
import { readFileSync, writeFileSync } from 'node:fs';
import { env } from 'node:process';
import { describe, expect, it } from 'vitest';
import { DATE_TIME_EXAMPLES, DATE_TIME_OPERATORS, DATE_TIME_RECIPES } from '../../../../src/core/logic/datetime/index.ts';
import type { ExampleOutcome } from '../../../../src/core/logic/datetime/examples.ts';
import { resolveLocalized } from '../../../../src/core/localized-text.ts';
import { DOC_PATH, renderDateTimeDoc } from './doc-render.ts';
import { failure, run } from './helpers.ts';

const DOC = new URL(`../../../../${DOC_PATH}`, import.meta.url);

function check(example: ExampleOutcome & { rule: unknown; data?: unknown }): void {
  if (example.error !== undefined) expect(failure(example.rule, example.data).type).toBe(example.error);
  else expect(run(example.rule, example.data)).toEqual(example.result);
}

describe('documented examples', () => {
  it.each(DATE_TIME_EXAMPLES.map((e) => [e.operator, JSON.stringify(e.rule), e] as const))('%s: %s', (_, __, example) => {
    check(example);
  });

  it('document only registered operators, each with examples', () => {
    const names = DATE_TIME_OPERATORS.map((s) => s.name);
    for (const example of DATE_TIME_EXAMPLES) {
      expect(names).toContain(example.operator);
      expect(JSON.stringify(example.rule)).toContain(`"${example.operator}":`);
    }
    for (const name of names) expect(DATE_TIME_EXAMPLES.filter((e) => e.operator === name).length, name).toBeGreaterThanOrEqual(2);
  });
});

describe('recipes', () => {
  it.each(DATE_TIME_RECIPES.map((r) => [resolveLocalized(r.title, 'en'), r] as const))('%s', (_, recipe) => {
    check(recipe);
  });

  it('late more than 3 times: the reduce from the brief, across the threshold', () => {
    const rule = { '>': [{ reduce: [{ var: 'signIns' }, { '+': [{ var: 'accumulator' }, { if: [{ 'time.after': [{ var: 'current' }, '08:30'] }, 1, 0] }] }, 0] }, 3] };
    expect(run(rule, { signIns: ['08:31', '08:32', '08:33'] })).toBe(false);
    expect(run(rule, { signIns: ['08:31', '08:32', '08:33', '2025/3/6 9:00'] })).toBe(true);
    expect(run(rule, { signIns: ['08:30', '08:30', '08:30', '08:30'] })).toBe(false);
    expect(run(rule, { signIns: [] })).toBe(false);
    // Missing sign-ins are null and count as not late; a missing list reduces to the initial 0.
    expect(run(rule, { signIns: [null, '', '09:00'] })).toBe(false);
    expect(run(rule, {})).toBe(false);
    expect(failure(rule, { signIns: ['08:31', 'late'] }).type).toBe('Invalid Arguments');
  });
});

describe(DOC_PATH, () => {
  it('is generated from the specs and examples', () => {
    const expected = renderDateTimeDoc();
    if (env.UPDATE_DOCS === '1') writeFileSync(DOC, expected);
    expect(readFileSync(DOC, 'utf8')).toBe(expected);
  });

  it('has a section per operator with its Chinese label, and shows every example', () => {
    const doc = renderDateTimeDoc();
    for (const spec of DATE_TIME_OPERATORS) {
      expect(doc).toContain(`### \`${spec.name}\` — ${resolveLocalized(spec.label, 'en')} (${resolveLocalized(spec.label, 'zh-CN')})`);
    }
    for (const example of [...DATE_TIME_EXAMPLES, ...DATE_TIME_RECIPES]) expect(doc).toContain(JSON.stringify(example.rule));
  });
});
