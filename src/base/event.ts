import { type IDisposable, toDisposable } from './lifecycle.ts';

/** Subscribe with a listener; the returned disposable unsubscribes. */
export type Event<T> = (listener: (value: T) => void, thisArg?: unknown, disposables?: IDisposable[]) => IDisposable;

export namespace Event {
  export const None: Event<never> = () => toDisposable(() => undefined);

  /** Resolves on the next value. */
  export function toPromise<T>(event: Event<T>): Promise<T> {
    return new Promise((resolve) => {
      const sub = event((value) => {
        sub.dispose();
        resolve(value);
      });
    });
  }

  export function map<T, U>(event: Event<T>, fn: (value: T) => U): Event<U> {
    return (listener, thisArg, disposables) => event((value) => listener.call(thisArg, fn(value)), undefined, disposables);
  }

  export function filter<T>(event: Event<T>, predicate: (value: T) => boolean): Event<T> {
    return (listener, thisArg, disposables) =>
      event((value) => {
        if (predicate(value)) listener.call(thisArg, value);
      }, undefined, disposables);
  }
}

export interface EmitterOptions {
  /** Called when the first listener subscribes. */
  onFirstListenerAdd?: () => void;
  /** Called when the last listener unsubscribes. */
  onLastListenerRemove?: () => void;
  /** Where listener errors go; by default they are reported asynchronously so one bad listener cannot stop the rest. */
  onListenerError?: (error: unknown) => void;
}

/**
 * Owns an event. Keep the emitter private and expose `emitter.event` publicly (VS Code style:
 * `private readonly _onDidChange = new Emitter<X>(); readonly onDidChange = this._onDidChange.event;`).
 */
export class Emitter<T> implements IDisposable {
  private listeners: Array<{ fn: (value: T) => void; thisArg: unknown }> = [];
  private disposed = false;
  private cachedEvent: Event<T> | undefined;

  constructor(private readonly options: EmitterOptions = {}) {}

  get event(): Event<T> {
    this.cachedEvent ??= (fn, thisArg, disposables) => {
      if (this.disposed) return toDisposable(() => undefined);
      const entry = { fn, thisArg };
      if (this.listeners.length === 0) this.options.onFirstListenerAdd?.();
      this.listeners = [...this.listeners, entry];
      const sub = toDisposable(() => {
        const before = this.listeners.length;
        this.listeners = this.listeners.filter((l) => l !== entry);
        if (before > 0 && this.listeners.length === 0) this.options.onLastListenerRemove?.();
      });
      disposables?.push(sub);
      return sub;
    };
    return this.cachedEvent;
  }

  get hasListeners(): boolean {
    return this.listeners.length > 0;
  }

  fire(value: T): void {
    // Iterate over a snapshot: listeners added or removed during delivery take effect next time.
    for (const { fn, thisArg } of this.listeners) {
      try {
        fn.call(thisArg, value);
      } catch (error) {
        if (this.options.onListenerError) this.options.onListenerError(error);
        else queueMicrotask(() => {
          throw error;
        });
      }
    }
  }

  dispose(): void {
    if (this.disposed) return;
    this.disposed = true;
    const had = this.listeners.length > 0;
    this.listeners = [];
    if (had) this.options.onLastListenerRemove?.();
  }
}
