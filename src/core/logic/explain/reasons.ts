// Which conditions decided a result, walked over the trace.
//
//  - flip(node, want): the fewest leaves whose outcomes would all have to change for the node
//    to become `want` ("why false" is flip(root, true)). `and` needs each failing child, `or`
//    its cheapest branch, `!` wants the opposite of its child.
//  - support(node): the leaves that made the node what it is ("why true"): for `or` the branch
//    that decided, for `and` all children, for a failed `and` the child that stopped it.
//
// Leaves are comparisons, missing/exists checks, custom operators and any other value tested for
// truthiness. Literals are never leaves: no record can change them.
import { readOperation } from '../analysis/rule-shape.ts';
import type { TraceNode } from '../trace.ts';
import { isTruthy } from '../values.ts';
import type { Ctx, TraceView } from './trace-view.ts';

export interface Reason {
  readonly node: TraceNode;
  readonly ctx: Ctx;
  /**
   * `quantifier`: a whole all/some/none stands for itself ("no item satisfied …", an empty list);
   * `error`: a try's attempt that failed, so a constant fallback decided.
   */
  readonly kind: 'leaf' | 'quantifier' | 'error';
}

/** null: nothing in a record can change the outcome (a literal, `{"and": []}`). */
type Found = Reason[] | null;

type Shape = 'and' | 'or' | 'not' | 'same' | 'if' | 'all' | 'some' | 'none' | 'literal' | 'leaf';

const SHAPES: ReadonlyMap<string, Shape> = new Map<string, Shape>([
  ['and', 'and'], ['or', 'or'], ['!', 'not'], ['!!', 'same'], ['log', 'same'], ['try', 'same'],
  ['if', 'if'], ['?:', 'if'], ['all', 'all'], ['some', 'some'], ['none', 'none'],
]);

function shapeOf(node: TraceNode): Shape {
  if (node.kind === 'literal') return 'literal';
  if (node.kind === 'array') return node.children.every((child) => shapeOf(child) === 'literal') ? 'literal' : 'leaf';
  return (node.op !== null && SHAPES.get(node.op)) || 'leaf';
}

/** The shortest alternative; the earliest on a tie (the order the author wrote). */
function cheapest(candidates: readonly Found[]): Found {
  let best: Found = null;
  for (const candidate of candidates) if (candidate && (!best || candidate.length < best.length)) best = candidate;
  return best;
}

/** Every part must change: null as soon as one cannot. */
function all(parts: readonly Found[]): Found {
  const out: Reason[] = [];
  for (const part of parts) {
    if (!part) return null;
    out.push(...part);
  }
  return out;
}

interface IfParts {
  conditions: Array<{ node: TraceNode; index: number }>;
  taken?: { node: TraceNode; index: number };
  /** The arguments as written, to see which branches are literals. */
  written: readonly unknown[];
}

export class Reasons {
  constructor(private readonly view: TraceView) {}

  flip(node: TraceNode, ctx: Ctx, want: boolean): Found {
    if (node.error) return null;
    if (node.truthy === want) return [];
    const view = this.view;
    switch (shapeOf(node)) {
      case 'literal':
        return null;
      case 'leaf':
        return [{ node, ctx, kind: 'leaf' }];
      case 'not':
      case 'same': {
        const child = this.decidingChild(node);
        const found = child ? this.flip(child, view.childCtx(ctx, child), shapeOf(node) === 'not' ? !want : want) : null;
        return found ?? this.failedAttempt(node, ctx) ?? null;
      }
      case 'and':
      case 'or': {
        const args = view.args(node, ctx);
        if (args.length === 0) return null;
        // and→true and or→false need every child on the wanted side (one that could not be
        // evaluated adds nothing); the other two need one child, a known one.
        const every = (node.op === 'and') === want;
        const flips = args.map((arg) => (arg ? this.flip(arg, view.childCtx(ctx, arg), want) : every ? [] : null));
        return every ? all(flips) : cheapest(flips);
      }
      case 'if':
        return this.flipIf(node, ctx, want);
      case 'all':
        if (view.list(node).length === 0) return [{ node, ctx, kind: 'quantifier' }];
        return want ? this.everyItem(node, ctx, true) : cheapest(view.items(node, ctx, false).map((it) => (it.node ? this.flip(it.node, it.ctx, false) : null)));
      case 'some':
        return want ? [{ node, ctx, kind: 'quantifier' }] : this.everyItem(node, ctx, false);
      case 'none':
        return want ? this.everyItem(node, ctx, false) : [{ node, ctx, kind: 'quantifier' }];
    }
  }

  support(node: TraceNode, ctx: Ctx): Reason[] {
    if (node.error) return [];
    const view = this.view;
    switch (shapeOf(node)) {
      case 'literal':
        return [];
      case 'leaf':
        return [{ node, ctx, kind: 'leaf' }];
      case 'not':
      case 'same': {
        const child = this.decidingChild(node);
        const found = child ? this.support(child, view.childCtx(ctx, child)) : [];
        return found.length > 0 ? found : this.failedAttempt(node, ctx) ?? [];
      }
      case 'and':
      case 'or': {
        // A result equal to the junction's "stop" value was decided by the child that stopped it.
        const stopped = (node.op === 'and') !== node.truthy;
        const children = node.children;
        if (stopped) {
          const decider = children[children.length - 1];
          return decider ? this.support(decider, view.childCtx(ctx, decider)) : [];
        }
        return children.flatMap((child) => this.support(child, view.childCtx(ctx, child)));
      }
      case 'if': {
        const parts = this.ifParts(node);
        if (parts.taken && shapeOf(parts.taken.node) !== 'literal') return this.support(parts.taken.node, view.childCtx(ctx, parts.taken.node));
        const selector = this.selector(parts);
        const conditions = selector ? [selector] : parts.conditions.map((c) => c.node);
        return conditions.flatMap((c) => this.support(c, view.childCtx(ctx, c)));
      }
      case 'all':
      case 'some':
      case 'none': {
        const items = view.items(node, ctx, false);
        // all→true lists every item; some→true and all/none→false the item that decided.
        if (node.op === 'all' && node.truthy) return items.flatMap((it) => (it.node ? this.support(it.node, it.ctx) : []));
        const decisive = (node.op === 'some') === node.truthy;
        const decider = decisive ? items[items.length - 1] : undefined;
        return decider?.node ? this.support(decider.node, decider.ctx) : [{ node, ctx, kind: 'quantifier' }];
      }
    }
  }

  /** The child whose value `!`, `!!`, `log` or `try` passed on: try's last attempt, the others' only one. */
  private decidingChild(node: TraceNode): TraceNode | undefined {
    return node.children[node.children.length - 1];
  }

  /** When a try fell back to a constant, its failed first attempt is what decided. */
  private failedAttempt(node: TraceNode, ctx: Ctx): Reason[] | undefined {
    const attempt = node.children[0];
    return node.op === 'try' && node.children.length > 1 && attempt?.error ? [{ node: attempt, ctx: this.view.childCtx(ctx, attempt), kind: 'error' }] : undefined;
  }

  /** Each item on the wrong side of an all/some/none must change (evaluating skipped items). */
  private everyItem(node: TraceNode, ctx: Ctx, want: boolean): Found {
    return all(this.view.items(node, ctx, true).map((it) => (it.node ? this.flip(it.node, it.ctx, want) : [])));
  }

  private ifParts(node: TraceNode): IfParts {
    const args = this.view.parts.args(node.pointer);
    const written = args.map((arg) => arg.rule);
    const parts: IfParts = { conditions: [], written };
    for (const child of node.children) {
      const i = args.findIndex((arg) => arg.pointer === child.pointer);
      if (i < 0) continue;
      if (i % 2 === 0 && i + 1 < written.length) parts.conditions.push({ node: child, index: i });
      else parts.taken = { node: child, index: i };
    }
    return parts;
  }

  /** The condition that selected the taken branch (undefined for the else branch). */
  private selector(parts: IfParts): TraceNode | undefined {
    const last = parts.conditions[parts.conditions.length - 1];
    return parts.taken && last && last.index === parts.taken.index - 1 ? last.node : undefined;
  }

  /**
   * An `if` is explained by the branch it took when that branch was computed; a constant branch
   * by the condition that selected it, and the else branch by the cheapest earlier condition
   * whose branch could give the wanted outcome.
   */
  private flipIf(node: TraceNode, ctx: Ctx, want: boolean): Found {
    const view = this.view;
    const parts = this.ifParts(node);
    if (parts.taken && shapeOf(parts.taken.node) !== 'literal') {
      const viaBranch = this.flip(parts.taken.node, view.childCtx(ctx, parts.taken.node), want);
      if (viaBranch) return viaBranch;
    }
    const selector = this.selector(parts);
    if (selector) return this.flip(selector, view.childCtx(ctx, selector), false);
    return cheapest(parts.conditions.map(({ node: condition, index }) => {
      const branch = parts.written[index + 1];
      const constant = readOperation(branch) === undefined && !Array.isArray(branch);
      if (constant && isTruthy(branch) !== want) return null;
      return this.flip(condition, view.childCtx(ctx, condition), true);
    }));
  }
}
