// The trace of one record, seen argument by argument, with what the engine skipped filled in.
//
// The engine short-circuits: `and` stops at its first failing condition, `all` at its first
// failing item, `or`/`some`/`none` at their first match. An explanation needs the rest too
// ("satisfaction ≥ 90 failed and complaints = 0 failed", every failing item), so a skipped
// argument or item is evaluated on its own, once, against the data the trace recorded for its
// parent — and only when an explanation actually asks for it. Everything else comes from the
// trace as recorded; nothing the engine evaluated is evaluated again.
import { type Operation, argPointer, isPlainObject, readOperation } from '../analysis/rule-shape.ts';
import { compileTraced } from '../trace.ts';
import type { TraceNode, TraceResult, TracedLogic } from '../trace.ts';
import type { LogicEngine } from '../types.ts';
import type { ExplainedItem } from './types.ts';

/** Where in the record a trace node was evaluated. */
export interface Ctx {
  readonly data: unknown;
  /** Scope frames entered on the way (iterator items, try's error, lazy custom operators' scopes). */
  readonly frames: number;
  /** The iterator items on the way, outermost first. */
  readonly items: readonly ExplainedItem[];
}

export interface ItemNode {
  /** Undefined when the item was skipped and could not be evaluated for the explanation. */
  readonly node: TraceNode | undefined;
  readonly ctx: Ctx;
}

/** Skipped parts evaluated per explanation, at most: a guard for huge lists, not a tuning knob. */
const MAX_COMPLETIONS = 10_000;

/** Does the rule climb out of its scope (`{"val": [[2], "x"]}`)? Evaluated alone, it would read the wrong data. */
function climbsScopes(rule: unknown, depth = 0): boolean {
  if (depth > 64) return true;
  if (Array.isArray(rule)) return rule.some((item) => climbsScopes(item, depth + 1));
  if (!isPlainObject(rule)) return false;
  const op = readOperation(rule);
  if (!op) return false;
  if (op.name === 'val' && op.listed && Array.isArray(op.args[0])) return true;
  return op.args.some((arg) => climbsScopes(arg, depth + 1));
}

/** A copy of a sub-rule's trace with pointers into the whole rule (built field by field: this is a hot path). */
function rebase(node: TraceNode, prefix: string): TraceNode {
  const children = new Array<TraceNode>(node.children.length);
  for (let i = 0; i < children.length; i++) children[i] = rebase(node.children[i]!, prefix);
  const copy: TraceNode = { pointer: prefix + node.pointer, op: node.op, kind: node.kind, value: node.value, truthy: node.truthy, children };
  if (node.args !== undefined) copy.args = node.args;
  if ('scope' in node) copy.scope = node.scope;
  if (node.error !== undefined) copy.error = node.error;
  return copy;
}

/** The node an error was raised at: errors pass through their ancestors, so follow the errors down. */
export function errorOrigin(root: TraceNode, pointer: string | undefined): TraceNode | undefined {
  if (pointer === undefined) return undefined;
  let node: TraceNode | undefined = root;
  while (node && node.pointer !== pointer) {
    const children: TraceNode[] = node.children;
    node = children.findLast((child) => child.error?.pointer === pointer);
  }
  return node;
}

/** An argument of an operation in the rule, compiled on its own when a record first needs it. */
export interface Part {
  readonly pointer: string;
  readonly rule: unknown;
  /** Reads out of its scope: cannot be evaluated alone inside an iterator. */
  readonly climbs: boolean;
  traced?: TracedLogic | null;
}

/** The rule's operations and their arguments, looked up once per rule and shared by every record. */
export class RuleParts {
  private readonly operations = new Map<string, Operation | null>();
  private readonly argsByPointer = new Map<string, readonly Part[]>();

  constructor(private readonly nodeAt: (pointer: string) => unknown, private readonly engine: LogicEngine | undefined) {}

  /** The operation written at `pointer`. */
  operation(pointer: string): Operation | undefined {
    let op = this.operations.get(pointer);
    if (op === undefined) {
      op = readOperation(this.nodeAt(pointer)) ?? null;
      this.operations.set(pointer, op);
    }
    return op ?? undefined;
  }

  /** The arguments of the operation at `pointer`, with their pointers. */
  args(pointer: string): readonly Part[] {
    let parts = this.argsByPointer.get(pointer);
    if (!parts) {
      const op = this.operation(pointer);
      parts = op ? op.args.map((rule, i) => ({ pointer: argPointer(pointer, op, i), rule, climbs: climbsScopes(rule) })) : [];
      this.argsByPointer.set(pointer, parts);
    }
    return parts;
  }

  run(part: Part, data: unknown): TraceResult | undefined {
    if (part.traced === undefined) {
      try {
        part.traced = compileTraced(part.rule, this.engine ? { engine: this.engine } : {});
      } catch {
        part.traced = null;
      }
    }
    return part.traced?.(data);
  }
}

/** One record's trace, with what the engine skipped filled in on demand. */
export class TraceView {
  /** Set when a skipped part could not be evaluated: the explanation may miss conditions. */
  incomplete = false;
  private budget = MAX_COMPLETIONS;
  private readonly argsMemo = new Map<TraceNode, ReadonlyArray<TraceNode | undefined>>();
  private readonly itemsMemo = new Map<TraceNode, readonly ItemNode[]>();

  constructor(readonly parts: RuleParts) {}

  /** A child's context: a recorded scope means the child saw other data than its parent. */
  childCtx(ctx: Ctx, child: TraceNode): Ctx {
    return 'scope' in child ? { data: child.scope, frames: ctx.frames + 1, items: ctx.items } : ctx;
  }

  /** One node per argument of and/or, evaluating those the engine skipped. */
  args(node: TraceNode, ctx: Ctx): ReadonlyArray<TraceNode | undefined> {
    let args = this.argsMemo.get(node);
    if (!args) {
      const parts = this.parts.args(node.pointer);
      const list: Array<TraceNode | undefined> = [...node.children];
      for (let i = list.length; i < parts.length; i++) list.push(this.complete(parts[i]!, ctx.data, ctx.frames));
      args = list;
      this.argsMemo.set(node, args);
    }
    return args;
  }

  /** The list an all/some/none iterated (its first child's value). */
  list(node: TraceNode): readonly unknown[] {
    const source = node.children[0]?.value;
    return Array.isArray(source) ? source : [];
  }

  /** The body per item of all/some/none, as recorded; with `all`, items the engine skipped too. */
  items(node: TraceNode, ctx: Ctx, all: boolean): readonly ItemNode[] {
    const memo = all ? this.itemsMemo.get(node) : undefined;
    if (memo) return memo;
    const list = this.list(node);
    const recorded = node.children.slice(1, 1 + list.length);
    const out: ItemNode[] = [];
    const count = all ? list.length : recorded.length;
    const body = this.parts.args(node.pointer)[1];
    for (let i = 0; i < count; i++) {
      const item = list[i];
      const itemCtx: Ctx = { data: item, frames: ctx.frames + 1, items: [...ctx.items, { pointer: node.pointer, index: i }] };
      out.push({ node: recorded[i] ?? (body ? this.complete(body, item, itemCtx.frames) : undefined), ctx: itemCtx });
    }
    if (all) this.itemsMemo.set(node, out);
    return out;
  }

  /** Evaluates a skipped argument against the data its parent saw; undefined when that is not possible. */
  private complete(part: Part, data: unknown, frames: number): TraceNode | undefined {
    if (this.budget <= 0 || (frames > 0 && part.climbs)) {
      this.incomplete = true;
      return undefined;
    }
    this.budget--;
    const result = this.parts.run(part, data);
    if (!result || result.error) {
      this.incomplete = true;
      return undefined;
    }
    return rebase(result.trace, part.pointer);
  }
}
