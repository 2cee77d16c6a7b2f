import { describe, expect, it } from 'vitest';
import { DEFAULT_ENGINE } from '../../src/core/logic/engine.ts';
import type { Locale } from '../../src/core/localized-text.ts';
import { PLUGIN_OUTPUT_CHANNEL } from '../../src/platform/plugins/plugin-host.ts';
import { MemoryStorageService } from '../../src/platform/storage/storage-service.ts';
import { WORKBENCH_CATALOGS } from '../../src/workbench/nls/index.ts';
import { createWorkbenchServices, type WorkbenchServices } from '../../src/workbench/services/workbench-services.ts';
import { provideRuleEngineFactory } from '../../src/workbench/services/rule-operators-service.ts';
import { createEngineWithDeclarations } from '../../src/core/logic/declared-operators.ts';

// What src/workbench/rule-builder/index.ts does when a plugin loads the builder (its elements need a DOM).
provideRuleEngineFactory({ defaultEngine: DEFAULT_ENGINE, create: createEngineWithDeclarations });

function services(): WorkbenchServices {
  const s = createWorkbenchServices(new MemoryStorageService(), { isMac: false });
  for (const [locale, catalog] of Object.entries(WORKBENCH_CATALOGS)) s.i18n.registerCatalog(locale as Locale, catalog);
  return s;
}

const PERCENT = {
  id: 'acme.percent',
  label: { en: 'Percent of', 'zh-CN': '占比' },
  args: { min: 2, max: 2 },
  returns: 'number',
  logic: { '*': [{ '/': [{ var: 'args.0' }, { var: 'args.1' }] }, 100] },
  widget: 'acme-ratio',
};

describe('RuleOperatorsService', () => {
  it('is the default engine while no plugin declares operators', () => {
    const s = services();
    expect(s.ruleOperators.engine).toBe(DEFAULT_ENGINE);
    expect(s.ruleOperators.declarations).toEqual([]);
    expect(s.ruleOperators.widgets.size).toBe(0);
  });

  it('builds one engine from the declared operators, with their widgets, and follows registrations', () => {
    const s = services();
    let changes = 0;
    s.ruleOperators.onDidChange(() => changes++);
    const registration = s.domainContributions.register('operators', PERCENT, 'acme');
    expect(changes).toBe(1);
    expect(s.ruleOperators.declarations.map((d) => d.name)).toEqual(['acme.percent']);
    expect(s.ruleOperators.engine.apply({ 'acme.percent': [1, 4] }, {})).toBe(25);
    expect(s.ruleOperators.widgets.get('acme.percent')).toBe('acme-ratio');
    // Other contribution points do not concern it.
    s.domainContributions.register('scorers', { id: 'acme.scorer' }, 'acme');
    expect(changes).toBe(1);
    registration.dispose();
    expect(changes).toBe(2);
    expect(s.ruleOperators.engine).toBe(DEFAULT_ENGINE);
  });

  it('leaves out an operator that cannot be used and reports it once in the plugins channel', () => {
    const s = services();
    s.domainContributions.register('operators', { id: 'acme.empty', label: 'Empty' }, 'acme');
    s.domainContributions.register('operators', { ...PERCENT, id: 'acme.broken', logic: { 'no.such.op': [] } }, 'acme');
    s.domainContributions.register('operators', PERCENT, 'acme');
    expect(s.ruleOperators.declarations.map((d) => d.name)).toEqual(['acme.percent']);
    const lines = s.output.lines(PLUGIN_OUTPUT_CHANNEL).map((l) => l.text);
    expect(lines).toHaveLength(2);
    expect(lines[0]).toBe('The operator "acme.empty" of plugin acme cannot be used: it declares no "logic" (the JSON-logic body that defines it)');
    expect(lines[1]).toContain('The operator "acme.broken" of plugin acme cannot be used');
    // A rebuild (another plugin's operators arrive) does not repeat them.
    s.domainContributions.register('operators', { ...PERCENT, id: 'other.percent' }, 'other');
    expect(s.ruleOperators.declarations.map((d) => d.name)).toEqual(['acme.percent', 'other.percent']);
    expect(s.output.lines(PLUGIN_OUTPUT_CHANNEL)).toHaveLength(2);
  });
});
