import { Emitter, type Event } from '../../base/event.ts';
import { type ContextReader, type ContextValue, type WhenExpression, parseWhen } from './when-expression.ts';

/** A typed handle on one context key, as returned by `createKey`. */
export interface ContextKey<T extends ContextValue> {
  get(): T;
  set(v: T): void;
  /** Back to the default given to `createKey`. */
  reset(): void;
}

/**
 * TypeScript infers `createKey('focus', false)` as T = false, which would make `set(true)` a type
 * error; widening literals gives the boolean/string/number key that callers mean.
 */
export type WidenContextValue<T extends ContextValue> =
  T extends boolean ? boolean : T extends string ? string : T extends number ? number : T;

// When-clauses come from a finite set of manifests, so the cache stays small; the bound only
// protects against callers that build clauses dynamically.
const MAX_CACHED_EXPRESSIONS = 1000;

/**
 * The flat bag of context keys (`editorFocus`, `activeEditor.kind`, ...) that when-clauses read.
 * Setting a key to `undefined` is the same as deleting it.
 */
export class ContextKeyService implements ContextReader {
  private readonly values = new Map<string, Exclude<ContextValue, undefined>>();
  private readonly expressions = new Map<string, WhenExpression>();
  private readonly _onDidChange = new Emitter<ReadonlySet<string>>();
  /** Keys that changed; fires only for real changes, once per `set`/`delete` or buffered batch. */
  readonly onDidChange: Event<ReadonlySet<string>> = this._onDidChange.event;

  private bufferDepth = 0;
  private pending = new Set<string>();

  get(key: string): ContextValue {
    return this.values.get(key);
  }

  set(key: string, value: ContextValue): void {
    if (value === undefined) {
      this.delete(key);
      return;
    }
    // has() so that setting null on an unset key still counts as a change; Object.is so NaN
    // does not fire on every write.
    if (this.values.has(key) && Object.is(this.values.get(key), value)) return;
    this.values.set(key, value);
    this.changed(key);
  }

  delete(key: string): void {
    if (!this.values.delete(key)) return;
    this.changed(key);
  }

  createKey<T extends ContextValue>(key: string, defaultValue: T): ContextKey<WidenContextValue<T>> {
    // Like VS Code, an undefined default leaves whatever someone else already set.
    if (defaultValue !== undefined) this.set(key, defaultValue);
    return {
      // The service cannot know that nobody else wrote another type under this key; the handle
      // trusts its owner, as VS Code's IContextKey does.
      get: () => this.get(key) as WidenContextValue<T>,
      set: (v) => this.set(key, v),
      reset: () => this.set(key, defaultValue),
    };
  }

  /**
   * Runs `fn` and fires one `onDidChange` with every key it changed, so listeners that re-evaluate
   * menus do it once per user action rather than once per key.
   */
  bufferChangeEvents(fn: () => void): void {
    this.bufferDepth++;
    try {
      fn();
    } finally {
      this.bufferDepth--;
      if (this.bufferDepth === 0) this.flush();
    }
  }

  /** Evaluates a when-clause source (cached parse); undefined/empty → true. Throws WhenSyntaxError for bad syntax. */
  matches(when: string | undefined): boolean {
    if (when === undefined || when.trim() === '') return true;
    let expression = this.expressions.get(when);
    if (!expression) {
      expression = parseWhen(when);
      if (this.expressions.size >= MAX_CACHED_EXPRESSIONS) this.expressions.clear();
      this.expressions.set(when, expression);
    }
    return expression.evaluate(this);
  }

  dispose(): void {
    this._onDidChange.dispose();
    this.expressions.clear();
    this.values.clear();
    this.pending.clear();
  }

  private changed(key: string): void {
    this.pending.add(key);
    if (this.bufferDepth === 0) this.flush();
  }

  private flush(): void {
    if (this.pending.size === 0) return;
    const keys = this.pending;
    this.pending = new Set();
    this._onDidChange.fire(keys);
  }
}
