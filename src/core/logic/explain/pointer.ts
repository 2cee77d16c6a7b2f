// Finding a node of the raw rule from a trace pointer, with the operations passed on the way
// (the renderer needs them to know which iterator's item a field belongs to).
import { type Operation, argPointer, isPlainObject, pointerToken, readOperation } from '../analysis/rule-shape.ts';

/** One operation on the way to a node, and which of its arguments the way continues into. */
export interface Step {
  readonly op: Operation;
  readonly pointer: string;
  readonly argIndex: number;
}

export interface Located {
  readonly node: unknown;
  /** Operations from the root down to (not including) the node. */
  readonly steps: readonly Step[];
}

function tokens(pointer: string): string[] {
  if (pointer === '') return [];
  return pointer.slice(1).split('/').map((t) => t.replace(/~1/g, '/').replace(/~0/g, '~'));
}

/**
 * Walks an RFC 6901 pointer as the engine writes them: an operation's name, then the argument
 * index unless the argument was written bare (`/!` for {"!": x}). Undefined when the pointer
 * does not lead anywhere in this rule.
 */
export function locate(rule: unknown, pointer: string): Located | undefined {
  const path = tokens(pointer);
  const steps: Step[] = [];
  let node = rule;
  let at = '';
  for (let i = 0; i < path.length; ) {
    const token = path[i]!;
    if (Array.isArray(node)) {
      const index = Number(token);
      if (!Number.isInteger(index) || index < 0 || index >= node.length) return undefined;
      node = node[index];
      at = `${at}/${token}`;
      i += 1;
      continue;
    }
    const op = readOperation(node);
    if (op && op.name === token) {
      let argIndex = 0;
      if (op.listed) {
        argIndex = Number(path[i + 1]);
        if (!Number.isInteger(argIndex) || argIndex < 0 || argIndex >= op.args.length) return undefined;
      }
      steps.push({ op, pointer: at, argIndex });
      at = argPointer(at, op, argIndex);
      node = op.args[argIndex];
      i += op.listed ? 2 : 1;
      continue;
    }
    // Data objects (several keys) hold no operations the engine evaluates, but stay walkable.
    if (!isPlainObject(node) || !Object.prototype.hasOwnProperty.call(node, token)) return undefined;
    node = node[token];
    at = `${at}/${pointerToken(token)}`;
    i += 1;
  }
  return { node, steps };
}
