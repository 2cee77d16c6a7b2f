// Compile step 1: checks that a rule is JSON and well formed, and turns it into a tree of nodes.
// Every problem is reported here, with the JSON pointer of the offending node, so that a rule that
// compiled never fails at run time for a reason visible in the rule.
import { ErrorType, LogicError, invalidArguments, limitError } from './errors.ts';
import { childPointer } from './json-pointer.ts';
import type { OperatorDef } from './operator-def.ts';
import type { LogicLimits, LogicValueType } from './types.ts';
import { frozenCopy } from './values.ts';

export interface LiteralNode {
  readonly kind: 'literal';
  readonly pointer: string;
  /** The value, deeply frozen. */
  readonly value: unknown;
}

export interface ArrayNode {
  readonly kind: 'array';
  readonly pointer: string;
  readonly items: readonly LogicNode[];
}

export interface OperatorNode {
  readonly kind: 'operator';
  readonly pointer: string;
  readonly op: string;
  readonly def: OperatorDef;
  readonly args: readonly LogicNode[];
  /** The single argument computes the argument list at run time (`{"+": {"var": "list"}}`). */
  readonly dynamic: boolean;
  /** Pointer of the arguments value (`pointer + "/" + op`). */
  readonly argsPointer: string;
  /** The arguments were written as an array (`{"op": [...]}`), not as one value. */
  readonly listed: boolean;
}

export type LogicNode = LiteralNode | ArrayNode | OperatorNode;

export interface ParseOptions {
  readonly limits: Readonly<LogicLimits>;
  lookup(name: string): OperatorDef | undefined;
}

const objectProto = Object.prototype;

function invalidRule(pointer: string, message: string, expected: string): LogicError {
  return new LogicError(ErrorType.InvalidRule, message, { pointer, expected });
}

function describe(value: unknown): string {
  if (value === undefined) return 'undefined';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'function') return 'a function';
  if (typeof value === 'object' && value !== null) {
    const proto = Object.getPrototypeOf(value) as { constructor?: { name?: unknown } } | null;
    const name = proto?.constructor?.name;
    return typeof name === 'string' && name !== '' ? `an instance of ${name}` : 'an exotic object';
  }
  return `a ${typeof value}`;
}

/** The own enumerable string keys of a plain object, refusing what JSON cannot hold. */
function plainKeys(value: object, pointer: string): string[] {
  const proto: unknown = Object.getPrototypeOf(value);
  if (proto !== objectProto && proto !== null) throw invalidRule(pointer, `Not JSON: ${describe(value)}`, 'a JSON value');
  if (Object.getOwnPropertySymbols(value).length > 0) throw invalidRule(pointer, 'Not JSON: an object with symbol keys', 'a JSON value');
  const keys = Object.keys(value);
  for (const key of keys) {
    const descriptor = Object.getOwnPropertyDescriptor(value, key);
    // A getter would run code while we read the rule.
    if (descriptor === undefined || !('value' in descriptor)) throw invalidRule(childPointer(pointer, key), 'Not JSON: an accessor property', 'a JSON value');
  }
  return keys;
}

class Parser {
  constructor(private readonly options: ParseOptions) {}

  node(value: unknown, pointer: string, depth: number): LogicNode {
    switch (typeof value) {
      case 'string':
        if (value.length > this.options.limits.maxStringLength) throw limitError('maxStringLength', this.options.limits.maxStringLength, pointer, `A string of ${value.length} characters`);
        return { kind: 'literal', pointer, value };
      case 'boolean':
        return { kind: 'literal', pointer, value };
      case 'number':
        if (!Number.isFinite(value)) throw invalidRule(pointer, `Not JSON: ${String(value)}`, 'a finite number');
        return { kind: 'literal', pointer, value };
      case 'object':
        if (value === null) return { kind: 'literal', pointer, value };
        this.enter(pointer, depth);
        return Array.isArray(value) ? this.array(value, pointer, depth) : this.object(value, pointer, depth);
      default:
        throw invalidRule(pointer, `Not JSON: ${describe(value)}`, 'a JSON value');
    }
  }

  /** Checks that data (not a rule: no operators) is JSON within the limits. */
  private data(value: unknown, pointer: string, depth: number): void {
    if (typeof value !== 'object' || value === null) {
      this.node(value, pointer, depth);
      return;
    }
    this.enter(pointer, depth);
    if (Array.isArray(value)) {
      const max = this.options.limits.maxArrayLength;
      if (value.length > max) throw limitError('maxArrayLength', max, pointer, `An array of ${value.length} items`);
      for (let i = 0; i < value.length; i++) {
        if (!(i in value)) throw invalidRule(childPointer(pointer, i), 'Not JSON: a hole in an array', 'a JSON value');
        this.data(value[i], childPointer(pointer, i), depth + 1);
      }
      return;
    }
    for (const key of plainKeys(value, pointer)) this.data((value as Record<string, unknown>)[key], childPointer(pointer, key), depth + 1);
  }

  /** Checks the depth of a container at `depth` (the containers around it). */
  private enter(pointer: string, depth: number): void {
    const max = this.options.limits.maxDepth;
    if (depth + 1 > max) throw limitError('maxDepth', max, pointer, `Nesting ${depth + 1} levels deep`);
  }

  private array(value: readonly unknown[], pointer: string, depth: number): LogicNode {
    const items = this.items(value, pointer, depth);
    if (items.every((item) => item.kind === 'literal')) return { kind: 'literal', pointer, value: Object.freeze(items.map((item) => (item as LiteralNode).value)) };
    return { kind: 'array', pointer, items };
  }

  private items(value: readonly unknown[], pointer: string, depth: number): LogicNode[] {
    const max = this.options.limits.maxArrayLength;
    if (value.length > max) throw limitError('maxArrayLength', max, pointer, `An array of ${value.length} items`);
    const items: LogicNode[] = [];
    for (let i = 0; i < value.length; i++) {
      if (!(i in value)) throw invalidRule(childPointer(pointer, i), 'Not JSON: a hole in an array', 'a JSON value');
      items.push(this.node(value[i], childPointer(pointer, i), depth + 1));
    }
    return items;
  }

  private object(value: object, pointer: string, depth: number): LogicNode {
    const keys = plainKeys(value, pointer);
    if (keys.length === 0) return { kind: 'literal', pointer, value: frozenCopy(value) };
    if (keys.length > 1) {
      throw invalidRule(pointer, `An object with ${keys.length} keys (${keys.slice(0, 3).map((k) => JSON.stringify(k)).join(', ')}${keys.length > 3 ? ', ...' : ''}) is neither an operator nor a value; write literal objects as {"preserve": {...}}`,
        'an operator object with exactly one key');
    }
    const op = keys[0]!;
    const def = this.options.lookup(op);
    if (def === undefined) {
      throw new LogicError(ErrorType.UnknownOperator, `Unknown operator ${JSON.stringify(op)}`, { pointer, expected: 'a built-in operator or a registered custom operator' });
    }
    return this.operator(op, def, (value as Record<string, unknown>)[op], pointer, depth);
  }

  private operator(op: string, def: OperatorDef, raw: unknown, pointer: string, depth: number): OperatorNode {
    const argsPointer = childPointer(pointer, op);
    let args: LogicNode[];
    let dynamic = false;
    if (def.form === 'raw') {
      // The argument is data: still checked to be JSON within the limits, never evaluated.
      this.data(raw, argsPointer, depth + 1);
      args = [{ kind: 'literal', pointer: argsPointer, value: frozenCopy(raw) }];
    } else if (Array.isArray(raw)) {
      this.enter(argsPointer, depth + 1);
      args = this.items(raw, argsPointer, depth + 1);
    } else if (def.form === 'array') {
      throw invalidArguments(argsPointer, `an array of arguments for "${op}"`);
    } else {
      const arg = this.node(raw, argsPointer, depth + 1);
      args = [arg];
      dynamic = def.form === 'spread' && arg.kind === 'operator';
    }
    const node: OperatorNode = { kind: 'operator', pointer, op, def, args, dynamic, argsPointer, listed: def.form !== 'raw' && Array.isArray(raw) };
    if (!dynamic) checkArity(node);
    def.check?.(node);
    if (def.types !== undefined && def.types.length > 0) checkTypes(node, def.types);
    return node;
  }
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** Words for an arity, as in "expected 2 to 3 arguments". */
export function describeArity(min: number, max: number): string {
  if (min === max) return plural(min, 'argument');
  if (max === Infinity) return `at least ${plural(min, 'argument')}`;
  if (min === 0) return `at most ${plural(max, 'argument')}`;
  return `${min} to ${max} arguments`;
}

function checkArity(node: OperatorNode): void {
  const { min, max } = node.def;
  const n = node.args.length;
  if (n < min || n > max) {
    throw new LogicError(ErrorType.InvalidArguments, `"${node.op}" takes ${describeArity(min, max)}, got ${n}`, { pointer: node.pointer, expected: describeArity(min, max) });
  }
}

/** The type of a literal value, in the terms of argument schemas. */
export function typeOfValue(value: unknown): LogicValueType | 'null' {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  switch (typeof value) {
    case 'number': return 'number';
    case 'string': return 'string';
    case 'boolean': return 'boolean';
    default: return 'object';
  }
}

function staticType(node: LogicNode): LogicValueType | 'null' {
  if (node.kind === 'literal') return typeOfValue(node.value);
  if (node.kind === 'array') return 'array';
  return node.def.returns;
}

function checkTypes(node: OperatorNode, types: readonly LogicValueType[]): void {
  if (node.dynamic) return;
  node.args.forEach((arg, i) => {
    const expected = types[Math.min(i, types.length - 1)]!;
    if (expected === 'any') return;
    const actual = staticType(arg);
    // Null stands for a missing value and is left to the operator; 'any' is unknown until run time.
    if (actual === 'any' || actual === 'null' || actual === expected) return;
    throw new LogicError(ErrorType.InvalidArguments, `Argument ${i + 1} of "${node.op}" must be ${expected === 'array' || expected === 'object' ? 'an' : 'a'} ${expected}, got ${actual === 'array' || actual === 'object' ? 'an' : 'a'} ${actual}`,
      { pointer: arg.pointer, expected });
  });
}

/** The rule a node was parsed from, deeply frozen (rebuilt: nodes keep no reference to the input). */
export function toRule(node: LogicNode): unknown {
  switch (node.kind) {
    case 'literal': return node.value;
    case 'array': return Object.freeze(node.items.map(toRule));
    case 'operator': {
      const args = node.listed ? Object.freeze(node.args.map(toRule)) : toRule(node.args[0]!);
      const rule = {};
      Object.defineProperty(rule, node.op, { value: args, enumerable: true });
      return Object.freeze(rule);
    }
  }
}

/** Compile step 1: the node tree of a rule. Throws LogicError naming the pointer of the first problem. */
export function parseRule(rule: unknown, options: ParseOptions): LogicNode {
  return new Parser(options).node(rule, '', 0);
}
