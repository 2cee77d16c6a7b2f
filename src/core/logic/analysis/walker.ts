// One pass over a raw rule: collects fields, operators and classic-compatibility, and infers a
// type for every node. Bounded by depth and node count so hostile or shared-structure input
// (a DAG built in code, even a cycle) cannot blow the stack or run away.
import { classicReason } from './classic.ts';
import { FieldTable } from './field-table.ts';
import { type Message, text } from './messages.ts';
import { inferOperation } from './operators.ts';
import { type FrameScope, type ReadPath, type Resolved, type Scope, itemPath, resolveRead, staticStrings } from './paths.ts';
import { type Operation, argPointer, isPlainObject, lookup, ownKeys, readOperation } from './rule-shape.ts';
import { type FieldKind, type Kind, type TypeInfo, UNKNOWN, literalType, typeOf } from './types.ts';

export interface CustomOperatorSignature {
  readonly returns?: FieldKind;
  readonly args?: ReadonlyArray<FieldKind | 'any'>;
}

export interface Issue {
  pointer: string;
  severity: 'error' | 'warning';
  code: string;
  message: { en: string; 'zh-CN': string };
}

/** What a frame knows: the item type and, for `reduce`, the accumulator's. */
export interface FrameInfo {
  readonly item: TypeInfo;
  readonly acc?: TypeInfo;
}

export type WalkScope = Scope<FrameInfo>;

const MAX_DEPTH = 200;
const MAX_NODES = 100_000;

export class Walker {
  readonly fields: string[] = [];
  readonly itemFields: Array<{ array: string; path: string }> = [];
  readonly operators = new Set<string>();
  readonly nonClassic: Array<{ pointer: string; operator: string; reason: string }> = [];
  readonly issues: Issue[] = [];
  readonly table: FieldTable;
  private readonly seenFields = new Set<string>();
  private readonly seenItems = new Set<string>();
  private budget = MAX_NODES;
  private reportedDeep = false;
  private reportedLarge = false;

  constructor(
    fieldTypes: Readonly<Record<string, FieldKind>> | undefined,
    readonly customOperators: Readonly<Record<string, CustomOperatorSignature>> | undefined,
  ) {
    this.table = new FieldTable(fieldTypes);
  }

  custom(name: string): CustomOperatorSignature | undefined {
    const signature = lookup(this.customOperators, name);
    return isPlainObject(signature) ? signature : undefined;
  }

  issue(pointer: string, severity: Issue['severity'], code: string, message: Message): void {
    this.issues.push({ pointer, severity, code, message: { en: message.en, 'zh-CN': message['zh-CN'] } });
  }

  notClassic(pointer: string, operator: string, reason: string): void {
    this.nonClassic.push({ pointer, operator, reason });
  }

  visit(node: unknown, pointer: string, scope: WalkScope, depth: number): TypeInfo {
    if (depth > MAX_DEPTH) {
      if (!this.reportedDeep) this.issue(pointer, 'error', 'malformed', text.tooDeep());
      this.reportedDeep = true;
      return UNKNOWN;
    }
    if (--this.budget < 0) {
      if (!this.reportedLarge) this.issue(pointer, 'warning', 'malformed', text.tooLarge());
      this.reportedLarge = true;
      return UNKNOWN;
    }
    if (Array.isArray(node)) {
      const items = node.map((item, i) => this.visit(item, `${pointer}/${i}`, scope, depth + 1));
      return items.length ? { kinds: new Set<Kind>(['array']), item: unionItems(items) } : typeOf('array');
    }
    if (isPlainObject(node)) {
      const op = readOperation(node);
      if (op) return this.operation(op, pointer, scope, depth);
      const count = ownKeys(node).length;
      if (count > 1) this.issue(pointer, 'warning', 'malformed', text.multiKey(count));
      return typeOf('object');
    }
    if (node === undefined || typeof node === 'function' || typeof node === 'symbol' || typeof node === 'bigint') {
      this.issue(pointer, 'error', 'malformed', { en: 'Not a JSON value.', 'zh-CN': '不是 JSON 值。' });
      return UNKNOWN;
    }
    return literalType(node);
  }

  /** Visits every argument in the current scope. */
  visitArgs(op: Operation, pointer: string, scope: WalkScope, depth: number): TypeInfo[] {
    return op.args.map((arg, i) => this.visit(arg, argPointer(pointer, op, i), scope, depth + 1));
  }

  private operation(op: Operation, pointer: string, scope: WalkScope, depth: number): TypeInfo {
    this.operators.add(op.name);
    const reason = classicReason(op, this.custom(op.name) !== undefined);
    if (reason !== undefined) this.notClassic(pointer, op.name, reason);
    return inferOperation(this, op, pointer, scope, depth);
  }

  /** Records and types a read of data through `var`, `val`, `exists` or a `missing` name. */
  read(resolved: Resolved<FrameInfo>, pointer: string, jumped: boolean): TypeInfo {
    const { target } = resolved;
    switch (target.kind) {
      case 'data':
        return target.whole ? typeOf('object') : this.readField(target.path, pointer);
      case 'item':
        return target.whole ? target.frame.info.item : this.readItem(target.frame, target.path, pointer);
      case 'accumulator':
        return target.path === '' ? (target.frame.info.acc ?? UNKNOWN) : UNKNOWN;
      case 'meta':
        return target.path === 'index' ? typeOf('integer') : UNKNOWN;
      case 'context':
        if (target.frame.kind === 'reduce' && !jumped && target.path !== '') {
          this.issue(pointer, 'warning', 'reduce-scope', text.reduceContext(target.path));
        }
        return target.path === '' ? typeOf('object') : UNKNOWN;
    }
  }

  /** Reads named by literal strings (`missing` lists, computed `var` paths), dotted like `var`. */
  readNames(node: unknown, pointer: string, scope: WalkScope): void {
    for (const name of staticStrings(node)) {
      if (name === '') continue;
      const path: ReadPath = { jump: 0, segments: name.split('.'), dynamic: false, malformed: false };
      this.read(resolveRead(scope, path), pointer, false);
    }
  }

  private readField(path: string, pointer: string): TypeInfo {
    if (!this.seenFields.has(path)) {
      this.seenFields.add(path);
      this.fields.push(path);
    }
    const kind = this.table.field(path);
    if (kind === 'undeclared') this.issue(pointer, 'warning', 'unknown-field', text.unknownField(path, this.table.suggest(path)));
    return fieldType(kind === 'undeclared' ? 'unknown' : kind, path, [path], this.table.itemOf(path));
  }

  private readItem(frame: FrameScope<FrameInfo>, path: string, pointer: string): TypeInfo {
    const kinds: Kind[] = [];
    for (const array of frame.origins) {
      const key = `${array}\u0000${path}`;
      if (!this.seenItems.has(key)) {
        this.seenItems.add(key);
        this.itemFields.push({ array, path });
      }
      const kind = this.table.item(array, path);
      if (kind === 'undeclared') {
        const full = itemPath(array, path);
        this.issue(pointer, 'warning', 'unknown-field', text.unknownField(full, this.table.suggest(full)));
      }
      kinds.push(kind === 'undeclared' ? 'unknown' : kind);
    }
    const origins = frame.origins.map((array) => itemPath(array, path));
    const first = frame.origins[0];
    const name = first === undefined ? path : itemPath(first, path);
    const kind = kinds.length === 1 ? (kinds[0] as FieldKind) : 'unknown';
    return fieldType(kind, name, origins, first === undefined ? 'unknown' : this.table.itemOf(itemPath(first, path)));
  }
}

function fieldType(kind: Kind, field: string, origins: string[], item: FieldKind): TypeInfo {
  return { kinds: new Set<Kind>([kind]), field, origins, item: typeOf(item) };
}

function unionItems(items: TypeInfo[]): TypeInfo {
  const kinds = new Set<Kind>();
  for (const item of items) for (const k of item.kinds) kinds.add(k);
  return { kinds };
}
