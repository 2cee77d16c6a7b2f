// The standalone validators are generated from the schemas; this fails when someone edits a schema
// without running `node scripts/generate-validators.mjs`.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// @ts-expect-error -- a plain Node script without type declarations
import { VALIDATORS, generateValidator } from '../../../scripts/generate-validators.mjs';

const validators = VALIDATORS as { schema: string; path: string }[];

describe('generated schema validators', () => {
  it.each(validators.map((v) => [v.schema, v] as const))('%s: the generated file is up to date', (_schema, validator) => {
    expect(readFileSync(validator.path, 'utf8') === (generateValidator as (v: unknown) => string)(validator)).toBe(true);
  });
  it.each(validators.map((v) => [v.schema, v] as const))('%s: compiles nothing at run time', (_schema, validator) => {
    expect(readFileSync(validator.path, 'utf8')).not.toMatch(/new Function|\beval\(|require\(/);
  });
});
