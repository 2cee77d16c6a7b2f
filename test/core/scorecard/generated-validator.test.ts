// The standalone validator is generated from the schema; this fails when someone edits the schema
// without running `node scripts/generate-validators.mjs`.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain Node script without type declarations
import { VALIDATOR_PATH, generateScorecardValidator } from '../../../scripts/generate-validators.mjs';

describe('src/core/scorecard/generated/scorecard-validator.js', () => {
  it('is up to date with schemas/scorecard.schema.json', () => {
    expect(readFileSync(VALIDATOR_PATH as string, 'utf8') === (generateScorecardValidator as () => string)()).toBe(true);
  });
  it('compiles nothing at run time', () => {
    const code = readFileSync(VALIDATOR_PATH as string, 'utf8');
    expect(code).not.toMatch(/new Function|\beval\(|require\(/);
  });
});
