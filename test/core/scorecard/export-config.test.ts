import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { SCORECARD_SCHEMA_ID, exportConfigJson, validateConfig, type ScorecardConfig } from '../../../src/core/index.ts';

const config = JSON.parse(readFileSync(new URL('../../fixtures/scorecard/call-centre.json', import.meta.url), 'utf8')) as ScorecardConfig;

describe('exportConfigJson', () => {
  it('writes the validated configuration with $schema first, the same bytes every time, and it reads back equal', () => {
    const first = exportConfigJson(config);
    expect(first.text).not.toBeNull();
    expect(first.text).toBe(exportConfigJson(structuredClone(config)).text);
    expect(first.text!.startsWith(`{\n  "$schema": "${SCORECARD_SCHEMA_ID}",`)).toBe(true);
    expect(first.text!.endsWith('}\n')).toBe(true);
    const back = JSON.parse(first.text!) as ScorecardConfig;
    expect(validateConfig(back).valid).toBe(true);
    const { $schema: _s, ...rest } = back;
    const { $schema: _t, ...original } = validateConfig(config).config!;
    expect(rest).toEqual(original);
  });

  it('refuses a configuration with errors and returns why', () => {
    const broken = structuredClone(config);
    broken.grades.bands[0]!.min = 1000;
    const out = exportConfigJson(broken);
    expect(out.text).toBeNull();
    expect(out.report.problems.some((p) => p.severity === 'error')).toBe(true);
  });
});
