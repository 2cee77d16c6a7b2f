// The migration mechanism, proven with a future format: test-only steps upgrade version 1 to a
// version 2 (where `root` is renamed `tree`) and on to a version 3, and a v2 reader reads the result
// and test/fixtures/scorecard/future-v2.json alike; the shipped code refuses that fixture.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  MigrationError, type MigrationStep, SCORECARD_MIGRATIONS, UNVERSIONED_DOCUMENT_VERSION, migrateConfig, readVersion, targetVersion,
} from '../../../src/core/scorecard/migrate.ts';
import { SCORECARD_VERSION } from '../../../src/core/scorecard/types.ts';
import { validateConfig } from '../../../src/core/scorecard/validate.ts';

type Doc = Record<string, unknown>;

function fixture(name: string): Doc {
  return JSON.parse(readFileSync(new URL(`../../fixtures/scorecard/${name}`, import.meta.url), 'utf8')) as Doc;
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object') {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}

/** Steps a later designer might ship; each records that it ran, to prove the order. */
function futureSteps(log: string[]): MigrationStep[] {
  const v2: MigrationStep = {
    from: 1, to: 2, id: 'scorecard-1-to-2-rename-root',
    migrate({ root, ...rest }) {
      log.push(this.id);
      return { ...rest, tree: root };
    },
  };
  const v3: MigrationStep = {
    from: 2, to: 3, id: 'scorecard-2-to-3-default-policies',
    migrate(doc) {
      log.push(this.id);
      return { ...doc, policies: doc['policies'] ?? [] };
    },
  };
  // Listed out of order on purpose: steps are found by the version they upgrade from.
  return [v3, v2];
}

/** What a version-2 designer would read: the tree under its new name. */
function readV2(doc: unknown): { version: number; rootId: string; leaves: number } {
  const d = doc as { version: number; tree: { id: string; children: Array<{ children?: unknown[] }> } };
  expect(d.version).toBe(2);
  const count = (node: { children?: unknown[] }): number => (node.children === undefined ? 1 : (node.children as Array<{ children?: unknown[] }>).reduce((n, c) => n + count(c), 0));
  return { version: d.version, rootId: d.tree.id, leaves: count(d.tree) };
}

describe('migrateConfig', () => {
  it('ships no steps yet: version 1 is the first format', () => {
    expect(SCORECARD_MIGRATIONS).toEqual([]);
    expect(targetVersion(SCORECARD_MIGRATIONS)).toBe(SCORECARD_VERSION);
    const doc = fixture('call-centre.json');
    expect(migrateConfig(doc)).toEqual({ config: doc, from: 1, to: 1, applied: [] });
    expect(migrateConfig(doc).config).toBe(doc);
  });

  it('reads a document without version as version 1, without touching the input', () => {
    expect(UNVERSIONED_DOCUMENT_VERSION).toBe(1);
    const doc = fixture('call-centre.json');
    delete doc['version'];
    deepFreeze(doc);
    const result = migrateConfig(doc);
    expect(result.from).toBe(1);
    expect((result.config as Doc)['version']).toBe(1);
    expect(doc['version']).toBeUndefined();
  });

  it('runs the steps in version order, each once', () => {
    const log: string[] = [];
    const result = migrateConfig(fixture('call-centre.json'), futureSteps(log));
    expect(result.from).toBe(1);
    expect(result.to).toBe(3);
    expect(result.applied).toEqual(['scorecard-1-to-2-rename-root', 'scorecard-2-to-3-default-policies']);
    expect(log).toEqual(result.applied);
    expect((result.config as Doc)['version']).toBe(3);
  });

  it('stops at the version a reader wants and yields what the v2 reader expects', () => {
    const [, v2] = futureSteps([]);
    const migrated = migrateConfig(fixture('call-centre.json'), [v2!]);
    expect(migrated.applied).toEqual(['scorecard-1-to-2-rename-root']);
    expect((migrated.config as Doc)['root']).toBeUndefined();
    expect(readV2(migrated.config)).toEqual({ version: 2, rootId: 'total', leaves: 9 });

    const future = fixture('future-v2.json');
    const read = migrateConfig(future, [v2!]);
    expect(read).toEqual({ config: future, from: 2, to: 2, applied: [] });
    expect(readV2(read.config)).toEqual({ version: 2, rootId: 'total', leaves: 1 });
  });

  it('never modifies the input, even when a step mutates what it is given', () => {
    const doc = deepFreeze(fixture('call-centre.json'));
    const before = JSON.stringify(doc);
    const careless: MigrationStep = {
      from: 1, to: 2, id: 'careless',
      migrate(d) {
        d['id'] = 'changed';
        return d;
      },
    };
    const result = migrateConfig(doc, [careless]);
    expect((result.config as Doc)['id']).toBe('changed');
    expect(JSON.stringify(doc)).toBe(before);
    const pure = migrateConfig(doc, futureSteps([]));
    expect(pure.config).not.toBe(doc);
    expect(JSON.stringify(doc)).toBe(before);
  });

  it('refuses a newer document, an unreadable version, a gap and a failing step', () => {
    const refusal = (doc: unknown, steps?: MigrationStep[]): MigrationError => {
      try {
        migrateConfig(doc, steps);
      } catch (error) {
        expect(error).toBeInstanceOf(MigrationError);
        return error as MigrationError;
      }
      throw new Error('expected a MigrationError');
    };
    const newer = refusal(fixture('future-v2.json'));
    expect([newer.code, newer.version, newer.supported]).toEqual(['version-newer', 2, 1]);
    expect(refusal(fixture('call-centre.json'), futureSteps([]).slice(0, 1)).code).toBe('version-unsupported');
    expect(refusal({ version: '1' }).code).toBe('version-invalid');
    expect(refusal([1]).code).toBe('not-an-object');
    const failing: MigrationStep = { from: 1, to: 2, id: 'boom', migrate: () => { throw new Error('no'); } };
    expect(refusal(fixture('call-centre.json'), [failing]).message).toContain('boom');
  });

  it('reads versions', () => {
    expect(readVersion({ version: 3 })).toBe(3);
    expect(readVersion({})).toBeUndefined();
    for (const bad of [null, 'x', [], { version: 0 }, { version: 1.5 }, { version: '1' }]) expect(readVersion(bad)).toBeNull();
  });
});

describe('the shipped code and a future document', () => {
  it('refuses future-v2.json with a clear problem, not a crash', () => {
    const result = validateConfig(fixture('future-v2.json'));
    expect(result.valid).toBe(false);
    expect(result.problems.map((p) => [p.code, p.pointer, p.severity])).toEqual([['version-newer', '/version', 'error']]);
    expect(result.problems[0]?.message.en).toMatch(/made by a newer version of the designer.*Update the designer/);
    expect(result.problems[0]?.message['zh-CN']).toMatch(/更新版本的设计器.*请更新设计器/);
  });
});
