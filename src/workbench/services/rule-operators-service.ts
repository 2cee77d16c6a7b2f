// The operators plugins declare (contribution point `operators`, a JSON-logic body per operator;
// see src/core/logic/declared-operators.ts) made into one engine for every rule the workbench edits:
// the rule builder draws them, plugins validate and summarise with the same engine, and a plugin's
// worker receives the same `declarations`, so a rule means the same thing everywhere.
import { Emitter, type Event } from '../../base/event.ts';
import { DisposableStore, type IDisposable } from '../../base/lifecycle.ts';
import type { DeclaredEngine, DeclaredOperator } from '../../core/logic/declared-operators.ts';
import type { LogicEngine, LogicValueType, OperatorArgs } from '../../core/logic/types.ts';
import type { LocalizedText } from '../../core/localized-text.ts';
import type { I18nService } from '../../platform/i18n/i18n-service.ts';
import type { OutputService } from '../../platform/output/output-service.ts';
import type { DomainContributionRegistry } from '../../platform/plugins/domain-contributions.ts';
import { PLUGIN_OUTPUT_CHANNEL } from '../../platform/plugins/plugin-host.ts';

/**
 * How engines are made, given to the service by the rule builder's module: the service is created
 * at start-up with the other workbench services, but the engine (the whole JSON-logic compiler) is
 * only needed by the plugins that edit rules, and should load with them rather than at start-up.
 */
export interface RuleEngineFactory {
  readonly defaultEngine: LogicEngine;
  create(declarations: readonly DeclaredOperator[]): DeclaredEngine;
}

let engineFactory: RuleEngineFactory | undefined;

/** Called once by src/workbench/rule-builder/index.ts when it loads. */
export function provideRuleEngineFactory(factory: RuleEngineFactory): void {
  engineFactory = factory;
}

/** What the rule builder needs of the operators: the engine, and the custom element drawing each plugin operator that has one. */
export interface RuleOperatorSet {
  readonly engine: LogicEngine;
  /** Operator name → tag of the element its plugin provides to edit the arguments. */
  readonly widgets: ReadonlyMap<string, string>;
}

/** A contribution as the manifest declares it: `id` is the operator's name. */
interface OperatorContribution {
  id: string;
  source: string;
  label?: LocalizedText;
  description?: LocalizedText;
  args?: OperatorArgs;
  returns?: LogicValueType;
  logic?: unknown;
  widget?: string;
}

interface Built extends RuleOperatorSet {
  readonly declarations: readonly DeclaredOperator[];
}

function toDeclaration(c: OperatorContribution): DeclaredOperator {
  return {
    name: c.id,
    logic: c.logic,
    ...(c.label !== undefined ? { label: c.label } : {}),
    ...(c.description !== undefined ? { description: c.description } : {}),
    ...(c.args !== undefined ? { args: c.args } : {}),
    ...(c.returns !== undefined ? { returns: c.returns } : {}),
    ...(c.widget !== undefined ? { widget: c.widget } : {}),
  };
}

/**
 * The workbench's operators: the default engine (built-ins, date.*, time.*) plus every operator the
 * enabled plugins declare. An operator that cannot be compiled is left out and reported in the
 * Output panel's plugins channel, next to the host's other reports about plugins.
 */
export class RuleOperatorsService implements RuleOperatorSet, IDisposable {
  private readonly _onDidChange = new Emitter<void>();
  /** Fires when plugins add or remove operators: read `engine` and `declarations` again. */
  readonly onDidChange: Event<void> = this._onDidChange.event;
  private readonly store = new DisposableStore();
  /**
   * Built on first use after a change: at startup every manifest registers its operators one by
   * one, and building (and reporting) after each would repeat the same problems many times.
   */
  private built: Built | undefined;
  /** The problems of the last build, so a rebuild reports only new ones. */
  private reported = new Set<string>();

  constructor(
    private readonly contributions: DomainContributionRegistry,
    private readonly output: OutputService,
    private readonly i18n: I18nService,
  ) {
    this.store.add(contributions.onDidChange((point) => {
      if (point !== 'operators') return;
      this.built = undefined;
      this._onDidChange.fire();
    }));
  }

  /** The engine with the declared operators (the default engine while there are none). */
  get engine(): LogicEngine {
    return this.build().engine;
  }

  /** The declarations that compiled, as plain JSON (what a plugin's Web Worker gets). */
  get declarations(): readonly DeclaredOperator[] {
    return this.build().declarations;
  }

  get widgets(): ReadonlyMap<string, string> {
    return this.build().widgets;
  }

  private build(): Built {
    if (this.built) return this.built;
    if (!engineFactory) throw new Error('ruleOperators: import src/workbench/rule-builder-api.ts before reading the engine');
    const contributions = this.contributions.list('operators') as unknown as OperatorContribution[];
    const problems: Array<{ name: string; source: string; message: string }> = [];
    const declarations: DeclaredOperator[] = [];
    for (const c of contributions) {
      if (c.logic === undefined) problems.push({ name: c.id, source: c.source, message: this.i18n.t('workbench.ruleOperators.noLogic') });
      else declarations.push(toDeclaration(c));
    }
    const { engine, problems: compileProblems } = engineFactory.create(declarations);
    for (const p of compileProblems) problems.push({ name: p.name, source: contributions.find((c) => c.id === p.name)?.source ?? '?', message: p.message });
    this.report(problems);
    const failed = new Set(compileProblems.map((p) => p.name));
    const usable = declarations.filter((d) => !failed.has(d.name));
    this.built = {
      engine: declarations.length === 0 ? engineFactory.defaultEngine : engine,
      declarations: usable,
      widgets: new Map(usable.flatMap((d) => (d.widget !== undefined ? [[d.name, d.widget] as const] : []))),
    };
    return this.built;
  }

  private report(problems: ReadonlyArray<{ name: string; source: string; message: string }>): void {
    const now = new Set<string>();
    for (const { name, source, message } of problems) {
      const key = `${source}\u0000${name}\u0000${message}`;
      now.add(key);
      if (!this.reported.has(key)) this.output.append(PLUGIN_OUTPUT_CHANNEL, this.i18n.t('workbench.ruleOperators.problem', { name, source, message }), 'error');
    }
    this.reported = now;
  }

  dispose(): void {
    this.store.dispose();
    this._onDidChange.dispose();
  }
}
