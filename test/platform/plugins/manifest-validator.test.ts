import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { BUILTIN_CONTAINERS, type ManifestProblem, validateManifest } from '../../../src/platform/plugins/manifest-validator.ts';
import { activationEventsOf, type PluginManifest } from '../../../src/platform/plugins/plugin-manifest.ts';

const PLUGINS_DIR = fileURLToPath(new URL('../../../plugins', import.meta.url));

function realManifests(): Array<[string, unknown]> {
  return readdirSync(PLUGINS_DIR, { withFileTypes: true })
    .filter((d) => d.isDirectory() && existsSync(join(PLUGINS_DIR, d.name, 'plugin.json')))
    .map((d) => [d.name, JSON.parse(readFileSync(join(PLUGINS_DIR, d.name, 'plugin.json'), 'utf8')) as unknown]);
}

const BASE = { id: 'acme.tools', name: 'Acme Tools', version: '1.0.0' };

function problemsOf(value: unknown): ManifestProblem[] {
  const result = validateManifest(value);
  expect(result.ok).toBe(false);
  return result.problems;
}

function expectProblem(value: unknown, pointer: string, message: RegExp): void {
  const problems = problemsOf(value);
  expect(problems, JSON.stringify(problems)).toContainEqual({ pointer, message: expect.stringMatching(message) });
}

describe('the repository plugin manifests', () => {
  const manifests = realManifests();

  it('there are at least three', () => {
    expect(manifests.length).toBeGreaterThanOrEqual(3);
  });

  it.each(manifests)('plugins/%s/plugin.json validates', (folder, manifest) => {
    const result = validateManifest(manifest);
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.manifest).toBe(manifest);
      // The folder is named after the plugin id.
      expect(result.manifest.id).toBe(folder);
    }
  });

  it.each(manifests)('plugins/%s lists catalogs that exist', (folder, manifest) => {
    for (const entry of (manifest as PluginManifest).contributes?.localization ?? []) {
      expect(existsSync(join(PLUGINS_DIR, folder, entry.path)), `${folder}/${entry.path}`).toBe(true);
    }
  });
});

describe('validateManifest accepts', () => {
  it('a minimal manifest', () => {
    const result = validateManifest(BASE);
    expect(result).toEqual({ ok: true, manifest: BASE, problems: [] });
  });

  it('a manifest using every contribution point', () => {
    const manifest = {
      ...BASE,
      $schema: '../../schemas/plugin-manifest.schema.json',
      description: { en: 'Tools', 'zh-CN': '工具' },
      publisher: 'acme',
      main: 'index.ts',
      activationEvents: ['onStartup', '*', 'onCommand:acme.x', 'onView:acme.v', 'onEditor:policy'],
      contributes: {
        commands: [{ command: 'acme.run', title: 'acme.run.title', category: 'Acme', icon: 'play', enablement: 'editorFocus' }],
        menus: { commandPalette: [{ command: 'acme.run', when: 'false' }], 'view/title': [{ command: 'acme.run', group: 'navigation' }] },
        keybindings: [{ key: 'ctrl+k r', mac: 'cmd+k r', command: 'acme.run', when: 'editorFocus', args: [1] }],
        viewsContainers: { activitybar: [{ id: 'acme', title: 'Acme', icon: 'tools', order: 5 }], panel: [{ id: 'acme-panel', title: 'Acme', icon: 'tools' }] },
        views: { acme: [{ id: 'acme.list', name: 'List' }], 'acme-panel': [{ id: 'acme.log', name: 'Log', collapsed: true }], explorer: [{ id: 'acme.tree', name: 'Tree', when: 'true', order: 2 }] },
        editors: [{ kind: 'policy', title: { en: 'Policy' }, icon: 'law' }],
        configuration: {
          title: 'Acme',
          properties: {
            'acme.level': { type: 'string', default: 'low', enum: ['low', 'high'], enumLabels: ['Low', { en: 'High' }], description: 'How much' },
            'acme.count': { type: 'integer', default: 1, minimum: 0, maximum: 10, order: 1 },
          },
        },
        localization: [{ locale: 'en', path: 'l10n/en.json' }, { locale: 'zh-CN', path: 'l10n/zh-CN.json' }],
        operators: [{ id: 'acme.weightedAvg', label: 'Weighted average', args: { type: 'array' } }],
        scorers: [{ id: 'acme.linear' }],
        weightings: [{ id: 'acme.equal' }],
        importers: [{ id: 'acme.csv' }],
        exporters: [{ id: 'acme.sql' }],
        templates: [{ id: 'acme.starter.v1' }],
      },
    };
    const result = validateManifest(manifest);
    expect(result.problems).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('views in the built-in containers', () => {
    expect([...BUILTIN_CONTAINERS].sort()).toEqual(['explorer', 'panel']);
    for (const container of BUILTIN_CONTAINERS) {
      expect(validateManifest({ ...BASE, contributes: { views: { [container]: [{ id: 'acme.v', name: 'V' }] } } }).ok).toBe(true);
    }
  });
});

describe('validateManifest rejects, with JSON pointers', () => {
  it('anything but an object', () => {
    for (const value of [null, 'x', 1, [], undefined]) expect(validateManifest(value).ok).toBe(false);
  });

  it('a missing id', () => {
    expectProblem({ name: 'x', version: '1.0.0' }, '/', /required property 'id'/);
  });

  it('a missing name and version', () => {
    const problems = problemsOf({ id: 'acme' });
    expect(problems.map((p) => p.message).join('\n')).toMatch(/'name'/);
    expect(problems.map((p) => p.message).join('\n')).toMatch(/'version'/);
  });

  it('an id not matching the pattern', () => {
    for (const id of ['Acme', 'acme_tools', '1acme', 'acme..x', '', 'acme.']) {
      expectProblem({ ...BASE, id }, '/id', /pattern/);
    }
  });

  it('a bad version', () => {
    expectProblem({ ...BASE, version: '1.0' }, '/version', /pattern/);
  });

  it('an unknown top-level property', () => {
    expectProblem({ ...BASE, foo: 1 }, '/', /unknown property "foo"/);
  });

  it('an unknown contribution point', () => {
    expectProblem({ ...BASE, contributes: { widgets: [] } }, '/contributes', /unknown property "widgets"/);
  });

  it('an unknown property inside a command', () => {
    expectProblem({ ...BASE, contributes: { commands: [{ command: 'a.b', title: 'x', when: 'y' }] } }, '/contributes/commands/0', /unknown property "when"/);
  });

  it('a bad activation event, pointing at its index', () => {
    expectProblem({ ...BASE, activationEvents: ['onStartup', 'onBoot'] }, '/activationEvents/1', /pattern/);
    expectProblem({ ...BASE, activationEvents: ['onCommand:'] }, '/activationEvents/0', /pattern/);
  });

  it('duplicate activation events', () => {
    expectProblem({ ...BASE, activationEvents: ['onStartup', 'onStartup'] }, '/activationEvents', /duplicate/);
  });

  it('a command id without a dot', () => {
    expectProblem({ ...BASE, contributes: { commands: [{ command: 'run', title: 'Run' }] } }, '/contributes/commands/0/command', /pattern/);
  });

  it('a command without a title', () => {
    expectProblem({ ...BASE, contributes: { commands: [{ command: 'a.run' }] } }, '/contributes/commands/0', /required property 'title'/);
  });

  it('a view in an unknown container', () => {
    expectProblem({ ...BASE, contributes: { views: { nowhere: [{ id: 'acme.v', name: 'V' }] } } }, '/contributes/views/nowhere', /unknown view container "nowhere"/);
  });

  it('a view container declared by the plugin is known (activitybar or panel)', () => {
    const ok = validateManifest({
      ...BASE,
      contributes: {
        viewsContainers: { panel: [{ id: 'mine', title: 'Mine', icon: 'tools' }] },
        views: { mine: [{ id: 'acme.v', name: 'V' }] },
      },
    });
    expect(ok.ok).toBe(true);
  });

  it('a duplicate command, pointing at the second one', () => {
    const problems = problemsOf({ ...BASE, contributes: { commands: [{ command: 'a.b', title: 'x' }, { command: 'a.c', title: 'z' }, { command: 'a.b', title: 'y' }] } });
    expect(problems).toEqual([{ pointer: '/contributes/commands/2/command', message: 'duplicate command "a.b"' }]);
  });

  it('reports a duplicate command and an unknown container together', () => {
    const problems = problemsOf({
      ...BASE,
      contributes: { commands: [{ command: 'a.b', title: 'x' }, { command: 'a.b', title: 'y' }], views: { nope: [{ id: 'v', name: 'V' }] } },
    });
    expect(problems.map((p) => p.pointer).sort()).toEqual(['/contributes/commands/1/command', '/contributes/views/nope']);
  });

  it('an unsupported localization locale', () => {
    expectProblem({ ...BASE, contributes: { localization: [{ locale: 'fr', path: 'l10n/fr.json' }] } }, '/contributes/localization/0/locale', /must be one of "en", "zh-CN"/);
  });

  it('a localization path that is not a .json file', () => {
    expectProblem({ ...BASE, contributes: { localization: [{ locale: 'en', path: 'l10n/en.txt' }] } }, '/contributes/localization/0/path', /pattern/);
  });

  it.each(['operators', 'scorers', 'weightings', 'importers', 'exporters', 'templates'])('a %s id that is not namespaced', (point) => {
    expectProblem({ ...BASE, contributes: { [point]: [{ id: 'acme.ok' }, { id: 'weightedAvg' }] } }, `/contributes/${point}/1/id`, /pattern/);
  });

  it('a domain contribution without an id', () => {
    expectProblem({ ...BASE, contributes: { scorers: [{ label: 'x' }] } }, '/contributes/scorers/0', /required property 'id'/);
  });

  it('localized text without English or with an unknown language', () => {
    expectProblem({ ...BASE, name: { 'zh-CN': '工具' } }, '/name', /required property 'en'/);
    expectProblem({ ...BASE, name: { en: 'x', fr: 'y' } }, '/name', /unknown property "fr"|must be string/);
    expectProblem({ ...BASE, name: '' }, '/name', /fewer than 1/);
  });

  it('a setting key without a dot and a setting with an unknown type', () => {
    expect(validateManifest({ ...BASE, contributes: { configuration: { properties: { nodot: { type: 'string', default: '' } } } } }).ok).toBe(false);
    expectProblem({ ...BASE, contributes: { configuration: { properties: { 'a.b': { type: 'date', default: '' } } } } }, '/contributes/configuration/properties/a.b/type', /must be one of/);
    expectProblem({ ...BASE, contributes: { configuration: { properties: { 'a.b': { type: 'string' } } } } }, '/contributes/configuration/properties/a.b', /required property 'default'/);
  });

  it('an icon that is not a codicon name', () => {
    expectProblem({ ...BASE, contributes: { commands: [{ command: 'a.b', title: 'x', icon: 'Some Icon' }] } }, '/contributes/commands/0/icon', /pattern/);
  });

  it('an unknown menu location', () => {
    expect(validateManifest({ ...BASE, contributes: { menus: { sidebar: [{ command: 'a.b' }] } } }).ok).toBe(false);
  });

  it('reports each problem once (oneOf branches are de-duplicated)', () => {
    const problems = problemsOf({ ...BASE, name: 5, description: 6 });
    const keys = problems.map((p) => `${p.pointer}|${p.message}`);
    expect(new Set(keys).size).toBe(keys.length);
    expect(problems.some((p) => p.pointer === '/name')).toBe(true);
    expect(problems.some((p) => p.pointer === '/description')).toBe(true);
  });
});

describe('activationEventsOf', () => {
  it('adds the events implied by commands, views and editors to the listed ones', () => {
    const manifest: PluginManifest = {
      ...BASE,
      activationEvents: ['onStartup'],
      contributes: {
        commands: [{ command: 'acme.run', title: 'x' }],
        views: { explorer: [{ id: 'acme.tree', name: 'T' }] },
        editors: [{ kind: 'policy', title: 'P' }],
      },
    };
    expect([...activationEventsOf(manifest)].sort()).toEqual(['onCommand:acme.run', 'onEditor:policy', 'onStartup', 'onView:acme.tree']);
    expect([...activationEventsOf(BASE)]).toEqual([]);
  });
});
