// Iterators read as quantifiers ("any item of complaints has …"), list phrases ("qty for each
// item of desserts") or, for the common reduce shapes, "sum of …"; their bodies are rendered in
// the item's scope so item fields get their own labels.
import { type ReadPath, valPath, varPath } from '../analysis/paths.ts';
import { type Operation, readOperation } from '../analysis/rule-shape.ts';
import { type RenderFn, call, sub } from './operations.ts';
import { Prec, type Rendered, phrase, wrap } from './precedence.ts';
import type { RenderScope, Renderer } from './renderer.ts';

function readPathOf(node: unknown): ReadPath | undefined {
  const op = readOperation(node);
  if (!op || (op.name !== 'var' && op.name !== 'val')) return undefined;
  const path = op.name === 'var' ? varPath(op) : valPath(op);
  return path.dynamic || path.malformed ? undefined : path;
}

/** Does the body use the item itself (`{"var": ""}`, `{"val": []}`) rather than its fields? */
function usesWholeItem(node: unknown, budget = { left: 500 }): boolean {
  if (--budget.left < 0) return false;
  if (Array.isArray(node)) return node.some((item) => usesWholeItem(item, budget));
  const op = readOperation(node);
  if (!op) return false;
  const path = readPathOf(node);
  if (path) return path.jump === 0 && path.segments.length === 0;
  // A nested iterator's body has its own item; only its source is read in this scope.
  const args = ['map', 'filter', 'reduce', 'all', 'some', 'none'].includes(op.name) && op.listed ? op.args.slice(0, 1) : op.args;
  return args.some((arg) => usesWholeItem(arg, budget));
}

/** `{"+": [current(.x), accumulator]}` in either order: a sum (or product) over the items. */
function foldShape(body: unknown): { kind: '+' | '*'; part: string[] } | undefined {
  const op = readOperation(body);
  if (!op || (op.name !== '+' && op.name !== '*') || !op.listed || op.args.length !== 2) return undefined;
  const paths = op.args.map(readPathOf);
  const acc = paths.findIndex((p) => p?.jump === 0 && p.segments.length === 1 && p.segments[0] === 'accumulator');
  const current = paths[1 - acc];
  if (acc < 0 || current === undefined || current.jump !== 0 || current.segments[0] !== 'current') return undefined;
  return { kind: op.name, part: current.segments.slice(1) };
}

/**
 * `{"+": [accumulator, {"if": [condition, 1, 0]}]}` from 0: counting the items that satisfy the
 * condition (what the builder writes for "count of items where …"); the condition, read in the
 * item's scope.
 */
function countShape(body: unknown): unknown {
  const op = readOperation(body);
  if (!op || op.name !== '+' || !op.listed || op.args.length !== 2) return undefined;
  const acc = readPathOf(op.args[0]);
  if (acc?.jump !== 0 || acc.segments.length !== 1 || acc.segments[0] !== 'accumulator') return undefined;
  const test = readOperation(op.args[1]);
  if (!test || test.name !== 'if' || !test.listed || test.args.length !== 3 || test.args[1] !== 1 || test.args[2] !== 0) return undefined;
  return test.args[0];
}

function reduce(r: Renderer, op: Operation, scope: RenderScope, depth: number, frame: RenderScope, source: string): Rendered {
  const [, body, initial] = op.args;
  const shape = foldShape(body);
  if (shape && ((shape.kind === '+' && initial === 0) || (shape.kind === '*' && initial === 1))) {
    const part = shape.part.length ? r.itemLabel(frame.kind === 'root' ? [] : frame.origins, shape.part.join('.')) : undefined;
    return phrase(shape.kind === '+' ? r.p.sum(source, part) : r.p.product(source, part), Prec.Phrase);
  }
  const counted = initial === 0 ? countShape(body) : undefined;
  if (counted !== undefined) return phrase(r.p.count(source, wrap(sub(r, counted, frame, depth), Prec.Cmp)), Prec.Phrase);
  const start = op.args.length > 2 ? wrap(sub(r, initial, scope, depth), Prec.Add) : r.p.null;
  return phrase(r.p.reduce(source, start, wrap(sub(r, body, frame, depth), Prec.Add)), Prec.Phrase);
}

export const renderIterator: RenderFn = (r, op, scope, depth) => {
  const reducing = op.name === 'reduce';
  if (!op.listed || op.args.length < 2 || op.args.length > (reducing ? 3 : 2)) return call(r, op, scope, depth);
  const [src, body] = op.args;
  const frame: RenderScope = { kind: reducing ? 'reduce' : 'item', origins: r.origins(src, scope), parent: scope, info: null };
  const source = wrap(sub(r, src, scope, depth), Prec.Unary);
  if (reducing) return reduce(r, op, scope, depth, frame, source);
  const rendered = sub(r, body, frame, depth);
  switch (op.name) {
    case 'map':
      return phrase(r.p.map(source, wrap(rendered, Prec.Add)), Prec.Phrase);
    case 'filter':
      return phrase(r.p.filter(source, wrap(rendered, Prec.Cmp)), Prec.Phrase);
    case 'all':
    case 'some':
    case 'none':
      return phrase(r.p[op.name](source, wrap(rendered, Prec.Cmp), usesWholeItem(body)), Prec.Phrase);
    default:
      return call(r, op, scope, depth);
  }
};
