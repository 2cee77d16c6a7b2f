// Turns an example input (a value per column) into a record the compiled policies can be run on,
// which is possible when every column reads a plain field.
import type { TableInput } from '../types.ts';
import type { Scalar } from './column-domain.ts';
import { varPath } from './describe-cells.ts';

/** A record giving each input its example value; undefined when some input is not a plain field or two inputs disagree. */
export function exampleRecord(inputs: readonly TableInput[], example: Record<string, Scalar>): Record<string, unknown> | undefined {
  const record: Record<string, unknown> = {};
  for (const input of inputs) {
    const path = varPath(input.expression);
    if (path === undefined || !(input.id in example)) return undefined;
    if (!setPath(record, path.split('.'), example[input.id]!)) return undefined;
  }
  return record;
}

function setPath(target: Record<string, unknown>, keys: string[], value: Scalar): boolean {
  let node = target;
  for (let i = 0; i < keys.length - 1; i++) {
    const key = keys[i]!;
    if (isUnsafeKey(key)) return false;
    const next = Object.hasOwn(node, key) ? node[key] : undefined;
    if (next === undefined) node = node[key] = {};
    else if (typeof next === 'object' && next !== null) node = next as Record<string, unknown>;
    else return false;
  }
  const last = keys[keys.length - 1]!;
  if (isUnsafeKey(last)) return false;
  if (Object.hasOwn(node, last)) return node[last] === value;
  node[last] = value;
  return true;
}

// The engine refuses to read these, so no record can be built for them (and they must not be written).
function isUnsafeKey(key: string): boolean {
  return key === '__proto__' || key === 'prototype' || key === 'constructor';
}
