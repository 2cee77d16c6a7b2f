// Picks the phrasing for an operation: built-ins by name, iterators, then `label(args)` for
// custom, date/time and unknown operators.
import { ITERATORS, type Operation } from '../analysis/rule-shape.ts';
import { renderIterator } from './iterators.ts';
import { call, lookupRenderer } from './operations.ts';
import type { Rendered } from './precedence.ts';
import type { RenderScope, Renderer } from './renderer.ts';

export function renderOperation(r: Renderer, op: Operation, scope: RenderScope, depth: number): Rendered {
  const known = lookupRenderer(op.name);
  if (known) return known(r, op, scope, depth);
  if (ITERATORS.has(op.name)) return renderIterator(r, op, scope, depth);
  return call(r, op, scope, depth);
}
