import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type { SettingSchema } from '../../../src/platform/plugins/plugin-manifest.ts';
import { jsonEqual } from '../../../src/base/json-equal.ts';
import { SettingsService, SettingsValidationError } from '../../../src/platform/settings/settings-service.ts';
import { IdbStorageService, MemoryStorageService, type StorageService } from '../../../src/platform/storage/storage-service.ts';

const SCHEMAS: Record<string, SettingSchema> = {
  'editor.fontSize': { type: 'integer', default: 14, minimum: 8, maximum: 32 },
  'editor.ratio': { type: 'number', default: 0.5, minimum: 0, maximum: 1 },
  'workbench.theme': { type: 'string', default: 'auto', enum: ['auto', 'light', 'dark'] },
  'welcome.showOnStartup': { type: 'boolean', default: true },
  'files.exclude': { type: 'array', default: [], items: { type: 'string' } },
  'files.code': { type: 'string', default: 'AB', pattern: '^[A-Z]+$' },
};

function registerAll(settings: SettingsService): void {
  for (const [key, schema] of Object.entries(SCHEMAS)) settings.register({ key, schema, source: 'test' });
}

async function create(storage: StorageService = new MemoryStorageService()): Promise<SettingsService> {
  const settings = new SettingsService(storage);
  await settings.load();
  registerAll(settings);
  return settings;
}

describe('SettingsService basics', () => {
  it('returns defaults for declared settings and undefined for unknown ones', async () => {
    const settings = await create();
    expect(settings.get('editor.fontSize')).toBe(14);
    expect(settings.get('workbench.theme')).toBe('auto');
    expect(settings.get('welcome.showOnStartup')).toBe(true);
    expect(settings.get('files.exclude')).toEqual([]);
    expect(settings.get('nobody.declares')).toBeUndefined();
    expect(settings.userValues()).toEqual({});
  });

  it('updates a value and reads it back', async () => {
    const settings = await create();
    await settings.update('editor.fontSize', 20);
    await settings.update('files.exclude', ['a', 'b']);
    expect(settings.get('editor.fontSize')).toBe(20);
    expect(settings.get('files.exclude')).toEqual(['a', 'b']);
    expect(settings.userValues()).toEqual({ 'editor.fontSize': 20, 'files.exclude': ['a', 'b'] });
  });

  it('userValues() is a copy', async () => {
    const settings = await create();
    await settings.update('files.exclude', ['a']);
    const copy = settings.userValues();
    (copy['files.exclude'] as string[]).push('b');
    copy['editor.fontSize'] = 99;
    expect(settings.get('files.exclude')).toEqual(['a']);
    expect(settings.get('editor.fontSize')).toBe(14);
  });

  it('lists descriptors by order, then key, and describes one', async () => {
    const settings = new SettingsService(new MemoryStorageService());
    settings.register({ key: 'b.second', schema: { type: 'boolean', default: false, order: 2 }, source: 'x' });
    settings.register({ key: 'z.first', schema: { type: 'boolean', default: false, order: 1 }, source: 'x' });
    settings.register({ key: 'a.second', schema: { type: 'boolean', default: false, order: 2 }, source: 'x' });
    expect(settings.list().map((d) => d.key)).toEqual(['z.first', 'a.second', 'b.second']);
    expect(settings.describe('z.first')?.source).toBe('x');
    expect(settings.describe('nope')).toBeUndefined();
  });

  it('throws on a duplicate registration, naming the first source, and keeps the first', async () => {
    const settings = new SettingsService(new MemoryStorageService());
    settings.register({ key: 'a.b', schema: { type: 'number', default: 1 }, source: 'first' });
    expect(() => settings.register({ key: 'a.b', schema: { type: 'string', default: 'x' }, source: 'second' })).toThrow(/first/);
    expect(settings.get('a.b')).toBe(1);
    expect(settings.describe('a.b')?.source).toBe('first');
  });

  it('disposing a registration removes the descriptor and its validation, and allows re-registration', async () => {
    const settings = new SettingsService(new MemoryStorageService());
    const schemaChanges = vi.fn();
    settings.onDidChangeSchema(schemaChanges);
    const d = settings.register({ key: 'a.b', schema: { type: 'number', default: 1, maximum: 5 }, source: 'p' });
    expect(settings.check('a.b', 10)).toBeDefined();
    d.dispose();
    expect(schemaChanges).toHaveBeenCalledTimes(2);
    expect(settings.describe('a.b')).toBeUndefined();
    expect(settings.check('a.b', 10)).toBeUndefined();
    expect(() => settings.register({ key: 'a.b', schema: { type: 'number', default: 2 }, source: 'q' })).not.toThrow();
    expect(settings.get('a.b')).toBe(2);
  });
});

describe('SettingsService validation', () => {
  it('rejects a value outside the enum with SettingsValidationError and stores nothing', async () => {
    const settings = await create();
    const error = await settings.update('workbench.theme', 'purple').then(() => undefined, (e: unknown) => e);
    expect(error).toBeInstanceOf(SettingsValidationError);
    const invalid = error as SettingsValidationError;
    expect(invalid.type).toBe('InvalidSetting');
    expect(invalid.key).toBe('workbench.theme');
    expect(invalid.reason).toMatch(/must be one of "auto", "light", "dark"/);
    expect(invalid.message).toContain('workbench.theme');
    expect(settings.get('workbench.theme')).toBe('auto');
    expect(settings.userValues()).toEqual({});
  });

  it('rejects values below the minimum or above the maximum', async () => {
    const settings = await create();
    await expect(settings.update('editor.fontSize', 7)).rejects.toBeInstanceOf(SettingsValidationError);
    await expect(settings.update('editor.fontSize', 33)).rejects.toThrow(/must be at most 32/);
    await expect(settings.update('editor.ratio', -0.1)).rejects.toThrow(/must be at least 0/);
    await settings.update('editor.fontSize', 8);
    await settings.update('editor.fontSize', 32);
    expect(settings.get('editor.fontSize')).toBe(32);
  });

  it('rejects the wrong type', async () => {
    const settings = await create();
    await expect(settings.update('editor.fontSize', '20')).rejects.toThrow(/must be of type integer/);
    await expect(settings.update('editor.fontSize', 12.5)).rejects.toBeInstanceOf(SettingsValidationError);
    await expect(settings.update('welcome.showOnStartup', 'yes')).rejects.toThrow(/boolean/);
    await expect(settings.update('files.exclude', 'a')).rejects.toThrow(/array/);
    await expect(settings.update('files.exclude', ['a', 1])).rejects.toThrow(/\/1/);
  });

  it('checks the pattern', async () => {
    const settings = await create();
    expect(settings.check('files.code', 'XYZ')).toBeUndefined();
    expect(settings.check('files.code', 'xyz')).toMatch(/pattern/);
  });

  it('accepts anything for an undeclared key', async () => {
    const settings = await create();
    expect(settings.check('nobody.declares', { any: 'thing' })).toBeUndefined();
    await settings.update('nobody.declares', 42);
    expect(settings.get('nobody.declares')).toBe(42);
  });
});

describe('SettingsService defaults', () => {
  it('removes a value equal to the default from the user values', async () => {
    const settings = await create();
    await settings.update('editor.fontSize', 20);
    await settings.update('editor.fontSize', 14);
    expect(settings.userValues()).toEqual({});
    expect(settings.get('editor.fontSize')).toBe(14);
  });

  it('compares structured defaults deeply', async () => {
    const settings = await create();
    await settings.update('files.exclude', ['x']);
    await settings.update('files.exclude', []);
    expect(settings.userValues()).toEqual({});
  });

  it('reset() removes the value of a setting nobody declares', async () => {
    const settings = await create();
    await settings.update('orphan.value', 'x');
    await settings.reset('orphan.value');
    expect(settings.get('orphan.value')).toBeUndefined();
    expect(settings.userValues()).toEqual({});
  });
});

describe('SettingsService.onDidChange', () => {
  it('reports exactly the keys whose value changed', async () => {
    const settings = await create();
    const events: string[][] = [];
    settings.onDidChange((keys) => events.push([...keys].sort()));
    await settings.update('editor.fontSize', 20);
    await settings.update('editor.fontSize', 20); // no change
    await settings.update('workbench.theme', 'dark');
    await settings.update('editor.fontSize', 14); // back to the default
    await settings.update('editor.fontSize', 14); // already default
    expect(events).toEqual([['editor.fontSize'], ['workbench.theme'], ['editor.fontSize']]);
  });

  it('does not fire for a rejected update', async () => {
    const settings = await create();
    const listener = vi.fn();
    settings.onDidChange(listener);
    await expect(settings.update('editor.fontSize', 100)).rejects.toBeInstanceOf(SettingsValidationError);
    expect(listener).not.toHaveBeenCalled();
  });

  it('replaceAll reports only the keys that changed', async () => {
    const settings = await create();
    await settings.update('editor.fontSize', 20);
    await settings.update('workbench.theme', 'dark');
    const events: string[][] = [];
    settings.onDidChange((keys) => events.push([...keys].sort()));
    await settings.replaceAll({ 'editor.fontSize': 20, 'welcome.showOnStartup': false });
    expect(events).toEqual([['welcome.showOnStartup', 'workbench.theme']]);
  });
});

describe('SettingsService.replaceAll', () => {
  it('applies a valid object as the new user values', async () => {
    const settings = await create();
    await settings.update('editor.fontSize', 20);
    const problems = await settings.replaceAll({ 'workbench.theme': 'light', 'files.exclude': ['x'] });
    expect(problems).toEqual([]);
    expect(settings.get('editor.fontSize')).toBe(14);
    expect(settings.get('workbench.theme')).toBe('light');
    expect(settings.userValues()).toEqual({ 'workbench.theme': 'light', 'files.exclude': ['x'] });
  });

  it('applies nothing when any value is invalid and returns every problem', async () => {
    const settings = await create();
    await settings.update('editor.fontSize', 20);
    const listener = vi.fn();
    settings.onDidChange(listener);
    const problems = await settings.replaceAll({
      'editor.fontSize': 99,
      'workbench.theme': 'light',
      'welcome.showOnStartup': 'no',
      'files.exclude': [1],
    });
    expect(problems.map((p) => p.key).sort()).toEqual(['editor.fontSize', 'files.exclude', 'welcome.showOnStartup']);
    for (const p of problems) expect(p.message.length).toBeGreaterThan(0);
    expect(settings.get('editor.fontSize')).toBe(20);
    expect(settings.get('workbench.theme')).toBe('auto');
    expect(settings.userValues()).toEqual({ 'editor.fontSize': 20 });
    expect(listener).not.toHaveBeenCalled();
  });

  it('rejects anything but a JSON object', async () => {
    const settings = await create();
    for (const bad of [null, [], 'x', 3, undefined]) {
      const problems = await settings.replaceAll(bad);
      expect(problems).toHaveLength(1);
      expect(problems[0]!.key).toBe('');
    }
  });

  it('keeps values of unknown keys', async () => {
    const settings = await create();
    const problems = await settings.replaceAll({ 'gone.plugin.setting': { deep: [1, 2] }, 'editor.fontSize': 16 });
    expect(problems).toEqual([]);
    expect(settings.get('gone.plugin.setting')).toEqual({ deep: [1, 2] });
    expect(settings.userValues()).toEqual({ 'gone.plugin.setting': { deep: [1, 2] }, 'editor.fontSize': 16 });
  });
});

describe('jsonEqual', () => {
  it('compares nested structures', () => {
    expect(jsonEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 2 }] })).toBe(true);
    expect(jsonEqual({ a: [1, { b: 2 }] }, { a: [1, { b: 3 }] })).toBe(false);
    expect(jsonEqual([], {})).toBe(false);
    expect(jsonEqual({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(jsonEqual(null, {})).toBe(false);
    expect(jsonEqual(1, '1')).toBe(false);
  });
});

// The same persistence contract over both storage implementations.
let dbCounter = 0;
const opened: IdbStorageService[] = [];
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

const STORAGES: Array<[string, () => Promise<{ first: StorageService; reopen: () => Promise<StorageService> }>]> = [
  ['MemoryStorageService', async () => {
    const storage = new MemoryStorageService();
    return { first: storage, reopen: async () => storage };
  }],
  ['IdbStorageService (fake-indexeddb)', async () => {
    const name = `settings-test-${Date.now()}-${dbCounter++}`;
    const first = await IdbStorageService.open(name);
    opened.push(first);
    return {
      first,
      reopen: async () => {
        const again = await IdbStorageService.open(name);
        opened.push(again);
        return again;
      },
    };
  }],
];

describe.each(STORAGES)('SettingsService persistence over %s', (_name, makeStorage) => {
  it('a new SettingsService on the same storage sees the saved values', async () => {
    const { first, reopen } = await makeStorage();
    const a = await create(first);
    await a.update('editor.fontSize', 22);
    await a.update('files.exclude', ['tmp']);
    await a.update('workbench.theme', 'dark');
    await a.update('workbench.theme', 'auto');

    const b = await create(await reopen());
    expect(b.get('editor.fontSize')).toBe(22);
    expect(b.get('files.exclude')).toEqual(['tmp']);
    expect(b.get('workbench.theme')).toBe('auto');
    expect(b.userValues()).toEqual({ 'editor.fontSize': 22, 'files.exclude': ['tmp'] });
  });

  it('replaceAll persists, and an invalid replaceAll persists nothing', async () => {
    const { first, reopen } = await makeStorage();
    const a = await create(first);
    expect(await a.replaceAll({ 'editor.fontSize': 10, 'orphan.key': 'kept' })).toEqual([]);
    expect(await a.replaceAll({ 'editor.fontSize': 1 })).toHaveLength(1);
    const b = await create(await reopen());
    expect(b.userValues()).toEqual({ 'editor.fontSize': 10, 'orphan.key': 'kept' });
  });

  it('keeps stored values of settings nobody declares yet, and uses them once declared', async () => {
    const { first, reopen } = await makeStorage();
    const a = await create(first);
    await a.update('late.plugin.flag', true);

    const b = new SettingsService(await reopen());
    await b.load();
    expect(b.get('late.plugin.flag')).toBe(true);
    b.register({ key: 'late.plugin.flag', schema: { type: 'boolean', default: false }, source: 'late' });
    expect(b.get('late.plugin.flag')).toBe(true);
    await b.update('editor.other', 1);
    expect(b.userValues()).toEqual({ 'late.plugin.flag': true, 'editor.other': 1 });
  });

  it('starts empty on fresh storage', async () => {
    const { first } = await makeStorage();
    const settings = await create(first);
    expect(settings.userValues()).toEqual({});
  });
});
