import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WorkspaceError } from '../../../src/platform/workspace/workspace-api.ts';
import { isQuotaError, toWorkspaceError } from '../../../src/platform/workspace/workspace-errors.ts';
import { createWorld, DATASET_FIELDS, rawEntries, rawGetAll, rowsOutOfSight, until, type TestWorld } from './workspace-test-helpers.ts';

let world: TestWorld;
const originalPut = IDBObjectStore.prototype.put;
let failPuts: (() => Error) | undefined;

beforeEach(() => {
  world = createWorld();
  // The browser refusing to store more: every put throws while `failPuts` is set.
  IDBObjectStore.prototype.put = function put(this: IDBObjectStore, ...args: [unknown, IDBValidKey?]) {
    if (failPuts) throw failPuts();
    return originalPut.apply(this, args);
  };
});
afterEach(async () => {
  failPuts = undefined;
  IDBObjectStore.prototype.put = originalPut;
  await world.closeAll();
});

const quotaError = (): Error => new DOMException('The quota has been exceeded.', 'QuotaExceededError');
/** As some browsers and wrappers report a failed commit: an AbortError carrying the quota error. */
const wrappedQuotaError = (): Error => Object.assign(new DOMException('Transaction aborted', 'AbortError'), { inner: quotaError() });

describe('quota errors', () => {
  it('recognises QuotaExceededError directly, as inner/cause, and as the transaction error of an AbortError', () => {
    expect(isQuotaError(quotaError())).toBe(true);
    expect(isQuotaError(wrappedQuotaError())).toBe(true);
    expect(isQuotaError(new Error('x', { cause: quotaError() }))).toBe(true);
    expect(isQuotaError(new DOMException('aborted', 'AbortError'), quotaError())).toBe(true);
    expect(isQuotaError(new DOMException('aborted', 'AbortError'))).toBe(false);
    expect(isQuotaError(new TypeError('nope'))).toBe(false);
    const mapped = toWorkspaceError(new DOMException('aborted', 'AbortError'), quotaError());
    expect(mapped).toBeInstanceOf(WorkspaceError);
    expect((mapped as WorkspaceError).code).toBe('quota');
  });

  for (const [label, make] of [['QuotaExceededError', quotaError], ['AbortError wrapping it', wrappedQuotaError]] as const) {
    it(`keeps the edits in memory on ${label}, says nothing was lost, and saves on the next edit`, async () => {
      const ws = await world.open({ saveDelayMs: 10, maxSaveDelayMs: 50 });
      const doc = await ws.createDocument('policy', 'Rules', { n: 0 });
      const model = await ws.open<{ n: number }>(doc.id);
      failPuts = make;
      model.update({ n: 1 });
      const error = await model.flush().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(WorkspaceError);
      expect((error as WorkspaceError).code).toBe('quota');
      const message = (error as WorkspaceError).userMessage;
      expect(message.en).toContain('refused to store more');
      expect(message.en).toContain('Nothing already saved was lost');
      expect(message.en).toContain('export a backup');
      expect(message['zh-CN']).toContain('已保存的内容没有丢失');
      expect(world.problems.map((p) => [p.error.code, p.docId])).toEqual([['quota', doc.id]]);
      expect(model.content).toEqual({ n: 1 });
      expect(model.dirty).toBe(true);
      // Nothing stored was touched: the document, its undo history and versions are as before.
      expect((await rawGetAll(world, 'documents'))[0]).toMatchObject({ revision: 1, content: { n: 0 } });
      expect(await rawGetAll(world, 'versions')).toEqual([]);
      // Space was freed: the next edit saves everything.
      failPuts = undefined;
      model.update({ n: 2 });
      await until(() => !model.dirty);
      expect((await ws.getDocument(doc.id))!.content).toEqual({ n: 2 });
      expect(model.undo()).toBe(true);
      expect(model.content).toEqual({ n: 1 });
    });
  }

  it('an import batch refused for quota can be written again; the dataset is never partial', async () => {
    const ws = await world.open();
    const sink = ws.beginImport(undefined, 'Big');
    await sink.write([{ name: 'a', score: 1 }]);
    failPuts = quotaError;
    await expect(sink.write([{ name: 'b', score: 2 }])).rejects.toMatchObject({ code: 'quota' });
    // The refused batch rolled back whole, including taking the first batch's chunk apart to extend it.
    expect((await rawEntries(world, 'rows')).map((e) => e.value)).toEqual([{ rowIds: [1], records: [{ name: 'a', score: 1 }] }]);
    failPuts = undefined;
    await sink.write([{ name: 'b', score: 2 }]);
    const doc = await sink.commit({ fields: DATASET_FIELDS });
    expect((await ws.loadAll(doc.id)).map((r) => [r.rowId, r.record.name])).toEqual([[1, 'a'], [2, 'b']]);
  });

  it('a commit refused for quota changes nothing and can be retried', async () => {
    const ws = await world.open();
    const sink = ws.beginImport(undefined, 'Big');
    await sink.write([{ name: 'a', score: 1 }]);
    failPuts = quotaError;
    await expect(sink.commit({ fields: DATASET_FIELDS })).rejects.toMatchObject({ code: 'quota' });
    expect(await rawGetAll(world, 'documents')).toEqual([]);
    expect(await rowsOutOfSight(world)).toBe(1);
    failPuts = undefined;
    const doc = await sink.commit({ fields: DATASET_FIELDS });
    expect(doc.content.rowCount).toBe(1);
  });
});

describe('persistence and estimates', () => {
  it('asks navigator.storage.persist() when offered, and reports support honestly', async () => {
    const asked: string[] = [];
    const ws = await world.open({
      storage: {
        persist: async () => (asked.push('persist'), true),
        estimate: async () => ({ usage: 1234, quota: 10_000 }),
      },
    });
    expect(await ws.requestPersistence()).toEqual({ persisted: true, supported: true });
    expect(asked).toEqual(['persist']);
    expect(await ws.estimate()).toEqual({ supported: true, usage: 1234, quota: 10_000 });
    const refused = await world.open({ storage: { persist: async () => false } });
    expect(await refused.requestPersistence()).toEqual({ persisted: false, supported: true });
    expect(await refused.estimate()).toEqual({ supported: false });
  });

  it('says "not supported" where there is no storage manager (e.g. persist() in a worker)', async () => {
    const ws = await world.open({ storage: {} });
    expect(await ws.requestPersistence()).toEqual({ persisted: false, supported: false });
    expect(await ws.estimate()).toEqual({ supported: false });
  });
});
