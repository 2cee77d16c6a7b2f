// Wraps a node's closure so that, in a traced run, it appends a TraceNode to its parent's
// children. Only the traced variant of a rule is ever wrapped: the fast variant pays nothing.
import { isLogicError } from './errors.ts';
import type { LogicNode } from './parse.ts';
import type { Evaluator } from './runtime.ts';
import type { TraceError, TraceNode } from './trace.ts';
import { isTruthy } from './values.ts';

export function describeError(error: unknown): TraceError {
  if (isLogicError(error)) return error.pointer === undefined ? { type: error.type, message: error.message } : { type: error.type, message: error.message, pointer: error.pointer };
  return { type: error instanceof Error ? error.name : 'Error', message: error instanceof Error ? error.message : String(error) };
}

function childValues(node: TraceNode): unknown[] {
  return node.children.map((child) => child.value);
}

export function recordNode(inner: Evaluator, node: LogicNode): Evaluator {
  const pointer = node.pointer;
  const kind = node.kind;
  const op = node.kind === 'operator' ? node.op : null;
  const withArgs = node.kind === 'operator' && node.def.traceArgs;
  return (data, run) => {
    const cursor = run.cursor;
    // No cursor: evaluated outside a traced run (nothing to record into).
    if (cursor === null) return inner(data, run);
    const parent = cursor.node;
    const parentData = cursor.data;
    const entry: TraceNode = { pointer, op, kind, value: undefined, truthy: false, children: [] };
    if (data !== parentData) entry.scope = data;
    parent.children.push(entry);
    cursor.node = entry;
    cursor.data = data;
    try {
      const value = inner(data, run);
      entry.value = value;
      entry.truthy = isTruthy(value);
      if (withArgs && entry.args === undefined) entry.args = childValues(entry);
      return value;
    } catch (error) {
      entry.error = describeError(error);
      if (withArgs && entry.args === undefined) entry.args = childValues(entry);
      throw error;
    } finally {
      cursor.node = parent;
      cursor.data = parentData;
    }
  };
}
