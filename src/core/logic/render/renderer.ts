// Renders a raw rule as one line of plain language. Every node is rendered once (linear in the
// rule), deep nesting collapses to "…", and a node budget guards against shared sub-trees that
// a rule built in code can contain.
import type { Locale } from '../../localized-text.ts';
import { type ReadPath, type Scope, resolveRead, valPath, varPath } from '../analysis/paths.ts';
import { type Operation, isPlainObject, lookup, ownKeys, readOperation } from '../analysis/rule-shape.ts';
import { clip, compactJson, formatNumber } from './format.ts';
import { PHRASES, type Phrases } from './phrases.ts';
import { Prec, type Rendered, atom, wrap } from './precedence.ts';
import { renderOperation } from './dispatch.ts';

export interface RenderOptions {
  fieldLabels?: Record<string, string>;
  operatorLabels?: Record<string, string>;
}

const MAX_DEPTH = 12;
const MAX_NODES = 600;
const MAX_LIST = 20;
const ELLIPSIS = '…';

export type RenderScope = Scope<null>;

export class Renderer {
  readonly p: Phrases;
  private budget = MAX_NODES;

  constructor(readonly locale: Locale, private readonly options: RenderOptions) {
    this.p = PHRASES[locale];
  }

  render(node: unknown, scope: RenderScope, depth: number): Rendered {
    if (--this.budget < 0 || depth > MAX_DEPTH) return atom(ELLIPSIS);
    if (Array.isArray(node)) return atom(`[${this.list(node, scope, depth, Prec.Cond).join(', ')}]`);
    if (isPlainObject(node)) {
      const op = readOperation(node);
      if (op) return renderOperation(this, op, scope, depth);
      return atom(ownKeys(node).length === 0 ? '{}' : compactJson(node));
    }
    return atom(this.literal(node));
  }

  /** Renders items, capping long lists so a 10 000-element literal stays one readable line. */
  list(items: readonly unknown[], scope: RenderScope, depth: number, min: Prec): string[] {
    const shown: string[] = [];
    for (const item of items.slice(0, MAX_LIST)) {
      // Out of budget: one "…" stands for the rest instead of "… and … and …".
      if (this.budget <= 0) break;
      shown.push(wrap(this.render(item, scope, depth + 1), min));
    }
    if (shown.length < items.length) shown.push(ELLIPSIS);
    return shown;
  }

  args(op: Operation, scope: RenderScope, depth: number, min: Prec): string[] {
    return this.list(op.args, scope, depth, min);
  }

  literal(value: unknown): string {
    if (value === null || value === undefined) return this.p.null;
    if (typeof value === 'string') return value === '' ? this.p.emptyText : this.p.quote(clip(value));
    if (typeof value === 'number') return formatNumber(value);
    if (typeof value === 'boolean') return value ? this.p.true : this.p.false;
    if (Array.isArray(value)) {
      const shown = value.slice(0, MAX_LIST).map((v) => (isPlainObject(v) || Array.isArray(v) ? compactJson(v, 30) : this.literal(v)));
      return `[${value.length > MAX_LIST ? [...shown, ELLIPSIS].join(', ') : shown.join(', ')}]`;
    }
    return compactJson(value);
  }

  fieldLabel(path: string): string {
    return this.label(this.options.fieldLabels, path) ?? path;
  }

  operatorLabel(name: string): string {
    return this.label(this.options.operatorLabels, name) ?? name;
  }

  /** Only string labels count: a label map from JSON may hold anything. */
  private label(map: Record<string, string> | undefined, key: string): string | undefined {
    const value: unknown = lookup(map, key);
    return typeof value === 'string' ? value : undefined;
  }

  /** An item field's label: `complaints.severity` first, then the bare `severity`. */
  itemLabel(origins: readonly string[], path: string): string {
    for (const array of origins) {
      const label = this.label(this.options.fieldLabels, `${array}.${path}`) ?? this.label(this.options.fieldLabels, `${array}[].${path}`);
      if (label !== undefined) return label;
    }
    return this.fieldLabel(path);
  }

  /** How a read through `var` / `val` / `exists` / a `missing` name is spoken. */
  read(path: ReadPath, scope: RenderScope): string {
    const { target } = resolveRead(scope, path);
    const jumpedOut = path.jump >= 2 && scope.kind !== 'root';
    switch (target.kind) {
      case 'data': {
        if (target.whole) return this.p.record;
        const label = target.path === '' ? this.p.emptyText : this.fieldLabel(target.path);
        return jumpedOut ? this.p.recordField(label) : label;
      }
      case 'item': {
        if (target.whole) return this.p.item;
        const label = this.itemLabel(target.frame.origins, target.path);
        return jumpedOut ? this.p.outerField(label) : label;
      }
      case 'accumulator':
        return target.path === '' ? this.p.runningTotal : `${this.p.runningTotal}.${target.path}`;
      case 'meta':
        return target.path === 'index' ? this.p.position : target.path;
      case 'context':
        if (target.frame.kind !== 'error') return target.path;
        if (target.path === '') return this.p.error;
        return target.path === 'type' ? this.p.errorType : `${this.p.error}.${target.path}`;
    }
  }

  /** Labels of a `missing` list written out literally; undefined when any name is computed. */
  names(items: readonly unknown[], scope: RenderScope): string[] | undefined {
    if (!items.every((item) => typeof item === 'string' || typeof item === 'number')) return undefined;
    return items.map((name) => this.read({ jump: 0, segments: String(name).split('.'), dynamic: false, malformed: false }, scope));
  }

  /** Data paths whose items an iterator over `node` sees, for item-field labels. */
  origins(node: unknown, scope: RenderScope, depth = 0): string[] {
    const op = readOperation(node);
    if (!op || depth > 16) return [];
    if (op.name === 'var' || op.name === 'val') {
      const path = op.name === 'var' ? varPath(op) : valPath(op);
      if (path.dynamic) return [];
      const { target } = resolveRead(scope, path);
      if (target.kind === 'data') return target.whole ? [] : [target.path];
      if (target.kind === 'item' && !target.whole) return target.frame.origins.map((o) => `${o}.${target.path}`);
      return [];
    }
    if (op.name === 'filter') return this.origins(op.args[0], scope, depth + 1);
    if (['merge', 'if', '?:', '??', 'or', 'and'].includes(op.name)) return op.args.flatMap((a) => this.origins(a, scope, depth + 1));
    return [];
  }
}
