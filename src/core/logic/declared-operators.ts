// Operators declared as data. A plugin (or a policy document) can add an operator without code:
// its meaning is a JSON-logic rule over its arguments, read as {"var": "args.0"}, {"var": "args.1"}
// (or {"var": "args"} for all of them). Because the definition is plain JSON it runs wherever the
// engine runs — the page, the test runner's worker, Node, other teams' tools — and it can do
// nothing a rule cannot: it is compiled by the same hardened engine with the same limits.
import type { LocalizedText } from '../localized-text.ts';
import { DATE_TIME_OPERATORS } from './datetime/index.ts';
import { createLogicEngine } from './engine.ts';
import type { CompiledLogic, EagerOperatorSpec, LogicEngine, LogicValueType, OperatorArgs, OperatorSpec } from './types.ts';

export interface DeclaredOperator {
  /** Namespaced, like `svc.percent`. */
  name: string;
  label?: LocalizedText;
  description?: LocalizedText;
  args?: OperatorArgs;
  returns?: LogicValueType;
  /** The body: a JSON-logic rule evaluated with `{ "args": [...] }` as its data. */
  logic: unknown;
  /** A custom element (defined by the declaring plugin) that edits a call's arguments in the visual builder. */
  widget?: string;
}

/** The operators a body may use: the built-ins and the date/time operators (not other declared ones, so no cycles). */
const BODY_ENGINE: LogicEngine = createLogicEngine({ operators: DATE_TIME_OPERATORS });

/** The declaration as an operator spec; throws (TypeError, or the body's LogicError) when the body does not compile. */
export function operatorFromDeclaration(declaration: DeclaredOperator): EagerOperatorSpec {
  let body: CompiledLogic;
  try {
    body = BODY_ENGINE.compile(declaration.logic);
  } catch (error) {
    throw new TypeError(`Cannot declare operator ${JSON.stringify(declaration.name)}: its logic does not compile (${error instanceof Error ? error.message : String(error)})`, { cause: error });
  }
  return {
    name: declaration.name,
    ...(declaration.label !== undefined ? { label: declaration.label } : {}),
    ...(declaration.description !== undefined ? { description: declaration.description } : {}),
    ...(declaration.args !== undefined ? { args: declaration.args } : {}),
    ...(declaration.returns !== undefined ? { returns: declaration.returns } : {}),
    // The body sees only the arguments, and no operator it may use reads a clock: same arguments, same result.
    pure: true,
    evaluate: (args) => body({ args }),
  };
}

export interface DeclaredEngine {
  engine: LogicEngine;
  /** Declarations that could not be added, with why (a bad name, a taken name, a body that does not compile). */
  problems: Array<{ name: string; message: string }>;
}

/** An engine with the built-ins, the date/time operators and the given declarations. */
export function createEngineWithDeclarations(declarations: readonly DeclaredOperator[], extra: readonly OperatorSpec[] = []): DeclaredEngine {
  const engine = createLogicEngine({ operators: [...DATE_TIME_OPERATORS, ...extra] });
  const problems: DeclaredEngine['problems'] = [];
  for (const declaration of declarations) {
    try {
      engine.addOperator(operatorFromDeclaration(declaration));
    } catch (error) {
      problems.push({ name: String(declaration.name), message: error instanceof Error ? error.message : String(error) });
    }
  }
  return { engine, problems };
}
