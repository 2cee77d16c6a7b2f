// Every case of every community suite listed in ../shared/jsonlogic-compat/index.json, through
// the public API, compared as the suites say: numbers within 1e-10, an expected error by its type.
// Registered by compat-suites.test.ts (the realm as Node leaves it) and sealed-realm.test.ts
// (Object.prototype non-extensible, as the app runs the engine).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyLogic, compileTraced, isLogicError } from '../../../src/core/index.ts';

const SUITES = new URL('../../../../shared/jsonlogic-compat/', import.meta.url);

interface SuiteCase {
  description: string;
  rule: unknown;
  data?: unknown;
  result?: unknown;
  error?: { type: string };
}

function loadSuites(): Array<[string, SuiteCase[]]> {
  const index = JSON.parse(readFileSync(new URL('index.json', SUITES), 'utf8')) as string[];
  return index.map((file) => {
    const entries = JSON.parse(readFileSync(new URL(file, SUITES), 'utf8')) as unknown[];
    // Strings are section titles.
    return [file, entries.filter((e): e is SuiteCase => typeof e === 'object' && e !== null)];
  });
}

/** Deep equality with numbers within 1e-10, as the suites compare. */
function close(actual: unknown, expected: unknown): boolean {
  if (typeof expected === 'number') return typeof actual === 'number' && Math.abs(actual - expected) < 1e-10;
  if (expected === null || typeof expected !== 'object') return Object.is(actual, expected) || actual === expected;
  if (actual === null || typeof actual !== 'object' || Array.isArray(actual) !== Array.isArray(expected)) return false;
  const ek = Object.keys(expected);
  const ak = Object.keys(actual);
  if (ek.length !== ak.length) return false;
  return ek.every((k) => Object.prototype.hasOwnProperty.call(actual, k) && close((actual as Record<string, unknown>)[k], (expected as Record<string, unknown>)[k]));
}

type Outcome = { ok: true; value: unknown } | { ok: false; type: unknown; error: unknown };

function outcome(run: () => unknown): Outcome {
  try {
    return { ok: true, value: run() };
  } catch (error) {
    return { ok: false, type: isLogicError(error) ? error.type : undefined, error };
  }
}

function check(c: SuiteCase, got: Outcome): void {
  if (c.error !== undefined) {
    expect(got.ok, `expected error ${c.error.type}, got ${got.ok ? JSON.stringify(got.value) : ''}`).toBe(false);
    if (!got.ok) expect(got.type).toBe(c.error.type);
    return;
  }
  if (!got.ok) throw got.error;
  expect(close(got.value, c.result), `got ${JSON.stringify(got.value)}, expected ${JSON.stringify(c.result)}`).toBe(true);
}

export function describeCompatSuites(realm: string): void {
  const suites = loadSuites();

  describe(`community JSON-logic suites (applyLogic, ${realm})`, () => {
    for (const [file, cases] of suites) {
      describe(file, () => {
        cases.forEach((c, i) => {
          it(`${file} #${i + 1}: ${c.description}`, () => check(c, outcome(() => applyLogic(c.rule, c.data))));
        });
      });
    }

    it('covers all 1,138 cases', () => {
      expect(suites.reduce((n, [, cases]) => n + cases.length, 0)).toBe(1138);
    });
  });

  // The traced variant folds nothing and uses each operator's generic meaning: it must agree.
  describe(`community JSON-logic suites (traced variant, ${realm})`, () => {
    for (const [file, cases] of suites) {
      it(`${file}: every case`, () => {
        for (const c of cases) {
          const got = outcome(() => {
            const result = compileTraced(c.rule)(c.data);
            if (result.error !== undefined) throw result.error;
            return result.value;
          });
          check(c, got);
        }
      });
    }
  });
}
