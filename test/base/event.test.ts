import { describe, expect, it, vi } from 'vitest';
import { Emitter, Event } from '../../src/base/event.ts';
import { DisposableStore, toDisposable } from '../../src/base/lifecycle.ts';

describe('Emitter', () => {
  it('delivers to listeners until they unsubscribe', () => {
    const emitter = new Emitter<number>();
    const seen: number[] = [];
    const sub = emitter.event((v) => seen.push(v));
    emitter.fire(1);
    sub.dispose();
    emitter.fire(2);
    expect(seen).toEqual([1]);
  });

  it('keeps delivering when one listener throws', () => {
    const errors: unknown[] = [];
    const emitter = new Emitter<string>({ onListenerError: (e) => errors.push(e) });
    const seen: string[] = [];
    emitter.event(() => {
      throw new Error('bad listener');
    });
    emitter.event((v) => seen.push(v));
    emitter.fire('x');
    expect(seen).toEqual(['x']);
    expect(errors).toHaveLength(1);
  });

  it('reports first and last listener', () => {
    const first = vi.fn();
    const last = vi.fn();
    const emitter = new Emitter<void>({ onFirstListenerAdd: first, onLastListenerRemove: last });
    const a = emitter.event(() => undefined);
    const b = emitter.event(() => undefined);
    expect(first).toHaveBeenCalledTimes(1);
    a.dispose();
    expect(last).not.toHaveBeenCalled();
    b.dispose();
    expect(last).toHaveBeenCalledTimes(1);
  });

  it('stops delivering after dispose', () => {
    const emitter = new Emitter<number>();
    const fn = vi.fn();
    emitter.event(fn);
    emitter.dispose();
    emitter.fire(1);
    expect(fn).not.toHaveBeenCalled();
    expect(emitter.hasListeners).toBe(false);
  });

  it('toPromise, map and filter', async () => {
    const emitter = new Emitter<number>();
    const doubledEvens: number[] = [];
    Event.map(Event.filter(emitter.event, (n) => n % 2 === 0), (n) => n * 2)((n) => doubledEvens.push(n));
    const next = Event.toPromise(emitter.event);
    emitter.fire(1);
    emitter.fire(2);
    expect(await next).toBe(1);
    expect(doubledEvens).toEqual([4]);
  });
});

describe('DisposableStore', () => {
  it('disposes everything once, even when one throws', () => {
    const store = new DisposableStore();
    const order: string[] = [];
    store.add(toDisposable(() => order.push('a')));
    store.add(toDisposable(() => {
      throw new Error('boom');
    }));
    store.add(toDisposable(() => order.push('c')));
    expect(() => store.dispose()).toThrow('boom');
    expect(order).toEqual(['a', 'c']);
    store.dispose();
    expect(order).toEqual(['a', 'c']);
  });

  it('disposes items added after it was disposed', () => {
    const store = new DisposableStore();
    store.dispose();
    const fn = vi.fn();
    store.add(toDisposable(fn));
    expect(fn).toHaveBeenCalledTimes(1);
  });

  it('toDisposable runs its function only once', () => {
    const fn = vi.fn();
    const d = toDisposable(fn);
    d.dispose();
    d.dispose();
    expect(fn).toHaveBeenCalledTimes(1);
  });
});
