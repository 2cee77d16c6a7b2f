/** Something that holds resources (listeners, registrations, DOM) until disposed. */
export interface IDisposable {
  dispose(): void;
}

export function toDisposable(fn: () => void): IDisposable {
  let done = false;
  return {
    dispose() {
      if (done) return;
      done = true;
      fn();
    },
  };
}

/** Disposes every item; keeps going when one throws and rethrows the first error at the end. */
export function disposeAll(items: Iterable<IDisposable>): void {
  let first: unknown;
  for (const item of items) {
    try {
      item.dispose();
    } catch (error) {
      first ??= error;
    }
  }
  if (first !== undefined) throw first;
}

export function combinedDisposable(...items: IDisposable[]): IDisposable {
  return toDisposable(() => disposeAll(items));
}

/**
 * A bag of disposables disposed together. Adding to a store that is already disposed disposes the
 * item at once, so late registrations cannot leak.
 */
export class DisposableStore implements IDisposable {
  private readonly items = new Set<IDisposable>();
  private disposed = false;

  get isDisposed(): boolean {
    return this.disposed;
  }

  get size(): number {
    return this.items.size;
  }

  add<T extends IDisposable>(item: T): T {
    if (this.disposed) {
      item.dispose();
    } else {
      this.items.add(item);
    }
    return item;
  }

  /** Removes without disposing. */
  delete(item: IDisposable): void {
    this.items.delete(item);
  }

  clear(): void {
    const items = [...this.items];
    this.items.clear();
    disposeAll(items);
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    this.clear();
  }
}

/** Base class for objects that own disposables; subclasses call `this.register(...)`. */
export abstract class Disposable implements IDisposable {
  protected readonly store = new DisposableStore();

  protected register<T extends IDisposable>(item: T): T {
    return this.store.add(item);
  }

  dispose(): void {
    this.store.dispose();
  }
}
