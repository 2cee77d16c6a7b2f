// The operators plugins declare (contribution point `operators`, a JSON-logic body per operator;
// see src/core/logic/declared-operators.ts) made into one engine for the policy editor: the builder
// draws them, validation compiles with them, and the test runner's worker receives the same
// declarations, so a rule means the same thing everywhere.
import { Emitter, type Event } from '../../src/base/event.ts';
import { DisposableStore, type IDisposable } from '../../src/base/lifecycle.ts';
import { createEngineWithDeclarations, type DeclaredOperator } from '../../src/core/logic/declared-operators.ts';
import { DEFAULT_ENGINE } from '../../src/core/logic/engine.ts';
import type { LogicEngine, LogicValueType, OperatorArgs } from '../../src/core/logic/types.ts';
import type { LocalizedText } from '../../src/core/localized-text.ts';
import type { WorkbenchApi } from '../../src/workbench/api.ts';
import { setBuilderEngine } from './builder/builder-catalog.ts';

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

export class PolicyOperators implements IDisposable {
  private readonly _onDidChange = new Emitter<void>();
  readonly onDidChange: Event<void> = this._onDidChange.event;
  private readonly store = new DisposableStore();
  /** What the runner's worker gets: plain JSON. */
  declarations: DeclaredOperator[] = [];
  engine: LogicEngine = DEFAULT_ENGINE;

  constructor(private readonly api: WorkbenchApi) {
    this.store.add(api.domainContributions.onDidChange((point) => { if (point === 'operators') this.refresh(); }));
    this.refresh();
  }

  private refresh(): void {
    const contributions = this.api.domainContributions.list('operators') as unknown as OperatorContribution[];
    const declarations: DeclaredOperator[] = [];
    for (const c of contributions) {
      if (c.logic === undefined) this.report(c.id, c.source, this.api.t('policy.operators.noLogic'));
      else declarations.push(toDeclaration(c));
    }
    const { engine, problems } = createEngineWithDeclarations(declarations);
    for (const p of problems) this.report(p.name, contributions.find((c) => c.id === p.name)?.source ?? '?', p.message);
    const failed = new Set(problems.map((p) => p.name));
    this.declarations = declarations.filter((d) => !failed.has(d.name));
    this.engine = declarations.length === 0 ? DEFAULT_ENGINE : engine;
    setBuilderEngine(this.engine, new Map(this.declarations.filter((d) => d.widget).map((d) => [d.name, d.widget!])));
    this._onDidChange.fire();
  }

  private report(name: string, source: string, message: string): void {
    this.api.output.append(this.api.t('policy.plugin.name'), this.api.t('policy.operators.problem', { name, source, message }), 'error');
  }

  dispose(): void {
    setBuilderEngine(DEFAULT_ENGINE);
    this.store.dispose();
    this._onDidChange.dispose();
  }
}
