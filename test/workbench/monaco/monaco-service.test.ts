import { describe, expect, it } from 'vitest';
import { JsonSchemaRegistry, schemaUriFor, type JsonDiagnosticsTarget } from '../../../src/workbench/services/monaco/json-schema-registry.ts';
import type { MonacoRuntimeInternal } from '../../../src/workbench/services/monaco/monaco-runtime.ts';
import { MonacoService } from '../../../src/workbench/services/monaco/monaco-service.ts';
import { ThemeService, type ThemeId } from '../../../src/workbench/services/theme-service.ts';

type SchemaEntry = { uri: string; fileMatch?: string[]; schema?: unknown };

/** Monaco's jsonDefaults, as far as the registry uses it. */
function fakeJsonDefaults(initial: SchemaEntry[] = []) {
  let options: Record<string, unknown> = { validate: true, allowComments: true, schemas: initial };
  const target: JsonDiagnosticsTarget & { readonly schemas: SchemaEntry[]; readonly options: Record<string, unknown> } = {
    get diagnosticsOptions() {
      return options as { schemas?: SchemaEntry[] };
    },
    setDiagnosticsOptions(next) {
      options = next;
    },
    get schemas() {
      return (options.schemas ?? []) as SchemaEntry[];
    },
    get options() {
      return options;
    },
  };
  return target;
}

describe('JsonSchemaRegistry', () => {
  it('keeps one schema per model side by side, and other code\'s schemas', () => {
    const other = { uri: 'https://example.com/other.json', fileMatch: ['*.other.json'], schema: { type: 'array' } };
    const target = fakeJsonDefaults([other]);
    const registry = new JsonSchemaRegistry(target);
    const a = registry.register('inmemory://x/a.json', { type: 'object' });
    const b = registry.register('inmemory://x/b.json', { type: 'string' });
    expect(target.schemas).toEqual([
      other,
      { uri: schemaUriFor('inmemory://x/a.json'), fileMatch: ['inmemory://x/a.json'], schema: { type: 'object' } },
      { uri: schemaUriFor('inmemory://x/b.json'), fileMatch: ['inmemory://x/b.json'], schema: { type: 'string' } },
    ]);
    expect(target.options).toMatchObject({ validate: true, allowComments: false, enableSchemaRequest: false });
    a.dispose();
    expect(target.schemas.map((s) => s.uri)).toEqual([other.uri, schemaUriFor('inmemory://x/b.json')]);
    b.dispose();
    expect(target.schemas).toEqual([other]);
  });

  it('replaces a model\'s schema, and a stale registration\'s dispose leaves the newer one', () => {
    const target = fakeJsonDefaults();
    const registry = new JsonSchemaRegistry(target);
    const first = registry.register('m', { title: 'one' });
    registry.register('m', { title: 'two' });
    expect(target.schemas.map((s) => s.schema)).toEqual([{ title: 'two' }]);
    first.dispose();
    expect(registry.get('m')).toEqual({ title: 'two' });
    expect(target.schemas).toHaveLength(1);
  });

  it('also lists a schema under its $id, once, unless someone else owns that uri', () => {
    const target = fakeJsonDefaults([{ uri: 'https://taken/schema.json', schema: {} }]);
    const registry = new JsonSchemaRegistry(target);
    const schema = { $id: 'https://example.com/policy.schema.json', type: 'object' };
    const a = registry.register('m1', schema);
    registry.register('m2', schema);
    registry.register('m3', { $id: 'https://taken/schema.json' });
    const uris = target.schemas.map((s) => s.uri);
    expect(uris.filter((u) => u === 'https://example.com/policy.schema.json')).toHaveLength(1);
    expect(uris.filter((u) => u === 'https://taken/schema.json')).toHaveLength(1);
    a.dispose();
    expect(target.schemas.map((s) => s.uri)).toContain('https://example.com/policy.schema.json'); // m2 still uses it
  });
});

describe('MonacoService', () => {
  function fakeRuntime(themes: ThemeId[]): MonacoRuntimeInternal {
    return {
      monaco: {} as MonacoRuntimeInternal['monaco'],
      createJsonEditor: () => { throw new Error('not in this test'); },
      registerJsonSchema: () => ({ dispose: () => undefined }),
      setTheme: (theme) => themes.push(theme),
    };
  }

  it('loads once, lazily, and keeps Monaco\'s theme on the workbench\'s', async () => {
    const theme = new ThemeService(undefined);
    const themes: ThemeId[] = [];
    let imports = 0;
    const runtime = fakeRuntime(themes);
    const service = new MonacoService(theme, async () => {
      imports++;
      return { createMonacoRuntime: (initial) => { runtime.setTheme(initial); return runtime; } };
    });
    expect(service.state).toBe('idle');
    expect(imports).toBe(0);
    const [a, b] = await Promise.all([service.load(), service.load()]);
    expect(a).toBe(runtime);
    expect(b).toBe(runtime);
    expect(imports).toBe(1);
    expect(service.state).toBe('ready');
    theme.set('high-contrast');
    theme.set('dark');
    expect(themes).toEqual(['light', 'high-contrast', 'dark']);
    service.dispose();
    theme.set('light');
    expect(themes).toHaveLength(3);
  });

  it('rejects when Monaco cannot load, and tries again on the next call', async () => {
    let attempt = 0;
    const runtime = fakeRuntime([]);
    const service = new MonacoService(new ThemeService(undefined), async () => {
      if (++attempt === 1) throw new Error('chunk failed');
      return { createMonacoRuntime: () => runtime };
    });
    await expect(service.createJsonEditor({} as HTMLElement, { value: '', ariaLabel: 'x' })).rejects.toThrow('chunk failed');
    expect(service.state).toBe('failed');
    await expect(service.load()).resolves.toBe(runtime);
    expect(attempt).toBe(2);
  });
});
