import { describe, expect, it } from 'vitest';
import { ContextKeyService } from '../../../src/platform/contextkey/context-key-service.ts';
import { WhenSyntaxError } from '../../../src/platform/contextkey/when-expression.ts';

function recordChanges(service: ContextKeyService): string[][] {
  const events: string[][] = [];
  service.onDidChange((keys) => events.push([...keys].sort()));
  return events;
}

describe('ContextKeyService', () => {
  it('stores and reads values; unknown keys are undefined', () => {
    const service = new ContextKeyService();
    expect(service.get('a')).toBeUndefined();
    service.set('a', 'x');
    service.set('b', 0);
    service.set('c', false);
    service.set('d', null);
    expect([service.get('a'), service.get('b'), service.get('c'), service.get('d')]).toEqual(['x', 0, false, null]);
  });

  it('fires only when a value actually changes', () => {
    const service = new ContextKeyService();
    const events = recordChanges(service);
    service.set('a', 1);
    service.set('a', 1);
    service.set('a', '1');
    service.set('a', 2);
    expect(events).toEqual([['a'], ['a'], ['a']]);
  });

  it('counts null on an unset key as a change but not a second null', () => {
    const service = new ContextKeyService();
    const events = recordChanges(service);
    service.set('a', null);
    service.set('a', null);
    expect(events).toEqual([['a']]);
  });

  it('does not fire again for repeated NaN', () => {
    const service = new ContextKeyService();
    const events = recordChanges(service);
    service.set('n', Number.NaN);
    service.set('n', Number.NaN);
    expect(events).toHaveLength(1);
  });

  it('deletes, firing only when the key existed; set(undefined) deletes', () => {
    const service = new ContextKeyService();
    const events = recordChanges(service);
    service.delete('missing');
    service.set('missing', undefined);
    expect(events).toEqual([]);
    service.set('a', true);
    service.delete('a');
    expect(service.get('a')).toBeUndefined();
    service.set('b', true);
    service.set('b', undefined);
    expect(service.get('b')).toBeUndefined();
    expect(events).toEqual([['a'], ['a'], ['b'], ['b']]);
  });

  it('creates typed keys that set their default and reset to it', () => {
    const service = new ContextKeyService();
    const events = recordChanges(service);
    const focus = service.createKey('editorFocus', false);
    expect(service.get('editorFocus')).toBe(false);
    expect(focus.get()).toBe(false);
    focus.set(true);
    expect(service.get('editorFocus')).toBe(true);
    expect(focus.get()).toBe(true);
    focus.reset();
    expect(focus.get()).toBe(false);
    expect(events).toEqual([['editorFocus'], ['editorFocus'], ['editorFocus']]);
  });

  it('widens literal defaults so handles accept other values of the same type', () => {
    const service = new ContextKeyService();
    const kind = service.createKey('activeEditor.kind', 'scorecard');
    kind.set('policy');
    const count = service.createKey('selection.count', 0);
    count.set(3);
    expect([kind.get(), count.get()]).toEqual(['policy', 3]);
    expect(service.matches("activeEditor.kind == policy && selection.count > 2")).toBe(true);
  });

  it('keeps an existing value when createKey has an undefined default; reset then deletes', () => {
    const service = new ContextKeyService();
    service.set('kind', 'policy');
    const kind = service.createKey<string | undefined>('kind', undefined);
    expect(kind.get()).toBe('policy');
    kind.reset();
    expect(service.get('kind')).toBeUndefined();
  });

  it('buffers change events into one, including nested buffers', () => {
    const service = new ContextKeyService();
    const events = recordChanges(service);
    service.bufferChangeEvents(() => {
      service.set('a', 1);
      service.bufferChangeEvents(() => service.set('b', 2));
      service.set('a', 3);
      service.set('c', 0);
      service.delete('c');
    });
    expect(events).toEqual([['a', 'b', 'c']]);
  });

  it('flushes buffered changes even when the callback throws', () => {
    const service = new ContextKeyService();
    const events = recordChanges(service);
    expect(() =>
      service.bufferChangeEvents(() => {
        service.set('a', 1);
        throw new Error('boom');
      }),
    ).toThrow('boom');
    expect(events).toEqual([['a']]);
  });

  it('buffers nothing when nothing changed', () => {
    const service = new ContextKeyService();
    service.set('a', 1);
    const events = recordChanges(service);
    service.bufferChangeEvents(() => service.set('a', 1));
    expect(events).toEqual([]);
  });

  describe('matches', () => {
    it('treats undefined and blank clauses as true', () => {
      const service = new ContextKeyService();
      expect(service.matches(undefined)).toBe(true);
      expect(service.matches('')).toBe(true);
      expect(service.matches('  ')).toBe(true);
    });

    it('evaluates against current values', () => {
      const service = new ContextKeyService();
      const when = "editorFocus && activeEditor.kind == 'scorecard'";
      expect(service.matches(when)).toBe(false);
      service.set('editorFocus', true);
      service.set('activeEditor.kind', 'scorecard');
      expect(service.matches(when)).toBe(true);
      service.set('activeEditor.kind', 'policy');
      expect(service.matches(when)).toBe(false);
    });

    it('throws WhenSyntaxError for bad syntax, every time', () => {
      const service = new ContextKeyService();
      expect(() => service.matches('a &&')).toThrow(WhenSyntaxError);
      expect(() => service.matches('a &&')).toThrow(WhenSyntaxError);
    });

    it('handles many distinct clauses (cache bound)', () => {
      const service = new ContextKeyService();
      service.set('n', 5);
      for (let i = 0; i < 2500; i++) expect(service.matches(`n > ${i}`)).toBe(i < 5);
    });
  });

  it('stops firing after dispose', () => {
    const service = new ContextKeyService();
    const events = recordChanges(service);
    service.dispose();
    service.set('a', 1);
    expect(events).toEqual([]);
  });
});
