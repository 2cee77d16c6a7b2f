import { describe, expect, it } from 'vitest';
import { QuickInputService, type QuickPickItem, type QuickPickRequest } from '../../src/workbench/services/quick-input-service.ts';
import { QuickOpenService } from '../../src/workbench/services/quick-open-service.ts';
import type { EditorInput } from '../../src/workbench/services/editor-input.ts';

const a: QuickPickItem = { id: 'a', label: 'Alpha' };
const b: QuickPickItem = { id: 'b', label: 'Beta' };

function changes(service: QuickInputService): Array<QuickPickRequest | undefined> {
  const seen: Array<QuickPickRequest | undefined> = [];
  service.onDidChange((request) => seen.push(request));
  return seen;
}

describe('QuickInputService', () => {
  it('shows a pick and resolves it with the accepted item', async () => {
    const service = new QuickInputService();
    const seen = changes(service);
    const request: QuickPickRequest = { items: [a, b] };
    const result = service.pick(request);
    expect(service.current).toBe(request);
    service.accept(b);
    await expect(result).resolves.toBe(b);
    expect(service.current).toBeUndefined();
    expect(seen).toEqual([request, undefined]);
  });

  it('resolves undefined when cancelled, and cancel without a pick does nothing', async () => {
    const service = new QuickInputService();
    const seen = changes(service);
    service.cancel();
    expect(seen).toEqual([]);
    const result = service.pick({ items: [a] });
    service.cancel();
    await expect(result).resolves.toBeUndefined();
    expect(seen.at(-1)).toBeUndefined();
  });

  it('resolves the previous pick with undefined when a new one is shown', async () => {
    const service = new QuickInputService();
    const first = service.pick({ items: [a] });
    const secondRequest: QuickPickRequest = { items: [b] };
    const second = service.pick(secondRequest);
    await expect(first).resolves.toBeUndefined();
    expect(service.current).toBe(secondRequest);
    service.accept(b);
    await expect(second).resolves.toBe(b);
  });

  it('replace swaps the request but keeps the caller waiting for the choice', async () => {
    const service = new QuickInputService();
    const seen = changes(service);
    let settled = false;
    const result = service.pick({ items: [a] }).then((item) => {
      settled = true;
      return item;
    });
    const next: QuickPickRequest = { items: [b], value: '>' };
    service.replace(next);
    await Promise.resolve();
    expect(settled).toBe(false);
    expect(service.current).toBe(next);
    expect(seen.at(-1)).toBe(next);
    service.accept(b);
    await expect(result).resolves.toBe(b);
  });

  it('ignores replace and accept when nothing is shown', () => {
    const service = new QuickInputService();
    const seen = changes(service);
    service.replace({ items: [a] });
    service.accept(a);
    expect(service.current).toBeUndefined();
    expect(seen).toEqual([]);
  });
});

function input(uri: string): EditorInput {
  return { uri, kind: 'page', title: uri };
}

describe('QuickOpenService', () => {
  it('collects entries of every provider, the first provider of a uri winning', async () => {
    const service = new QuickOpenService();
    service.registerProvider({ provideEntries: () => [{ input: input('welcome:'), label: 'Welcome' }, { input: input('settings:') }] });
    service.registerProvider({ provideEntries: async () => [{ input: input('settings:'), label: 'Duplicate' }, { input: input('doc:1') }] });
    const entries = await service.entries();
    expect(entries.map((e) => e.input.uri)).toEqual(['welcome:', 'settings:', 'doc:1']);
    expect(entries[1]!.label).toBeUndefined();
  });

  it('ignores a provider that throws, rejects or returns nothing', async () => {
    const service = new QuickOpenService();
    service.registerProvider({ provideEntries: () => { throw new Error('sync failure'); } });
    service.registerProvider({ provideEntries: () => Promise.reject(new Error('async failure')) });
    service.registerProvider({ provideEntries: () => undefined as unknown as [] });
    service.registerProvider({ provideEntries: () => [{ input: input('doc:ok') }] });
    expect((await service.entries()).map((e) => e.input.uri)).toEqual(['doc:ok']);
  });

  it('stops asking a provider once its registration is disposed', async () => {
    const service = new QuickOpenService();
    const registration = service.registerProvider({ provideEntries: () => [{ input: input('doc:1') }] });
    expect(await service.entries()).toHaveLength(1);
    registration.dispose();
    expect(await service.entries()).toEqual([]);
  });
});
