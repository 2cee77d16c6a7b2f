import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { DatasetContent, DocumentChangeEvent, WorkspaceConflict } from '../../../src/platform/workspace/workspace-api.ts';
import { createWorld, DATASET_FIELDS, until, type TestWorld } from './workspace-test-helpers.ts';

let world: TestWorld;
beforeEach(() => {
  world = createWorld();
});
afterEach(() => world.closeAll());

interface Card {
  name: string;
  weights: Record<string, number>;
}
const card: Card = { name: 'Sales', weights: { a: 50, b: 50 } };
/** A tab whose edits wait for an explicit flush. */
const slow = { saveDelayMs: 60_000, maxSaveDelayMs: 60_000 };

describe('several tabs', () => {
  it('announces committed changes; a clean model in the other tab reloads ("remote")', async () => {
    const tabA = await world.open();
    const tabB = await world.open();
    const doc = await tabA.createDocument('scorecard', 'Sales', card);
    const model = await tabB.open<Card>(doc.id);
    const events: DocumentChangeEvent[] = [];
    model.onDidChange((e) => events.push(e));
    const serviceEvents: DocumentChangeEvent[] = [];
    tabB.onDidChangeDocument((e) => serviceEvents.push(e));
    await tabA.putDocument(doc.id, { ...card, name: 'From A' }, 1);
    await until(() => model.revision === 2);
    expect(model.content.name).toBe('From A');
    expect(model.dirty).toBe(false);
    expect(events).toEqual([{ docId: doc.id, revision: 2, origin: 'remote' }]);
    expect(serviceEvents.filter((e) => e.revision === 2)).toEqual([{ docId: doc.id, revision: 2, origin: 'remote' }]);
  });

  it('merges edits of disjoint parts made in two tabs (announced while the other had unsaved edits)', async () => {
    const tabA = await world.open(slow);
    const tabB = await world.open(slow);
    const doc = await tabA.createDocument('scorecard', 'Sales', card);
    const mine = await tabA.open<Card>(doc.id);
    const theirs = await tabB.open<Card>(doc.id);
    const conflicts: WorkspaceConflict[] = [];
    tabA.onDidConflict((c) => conflicts.push(c));
    const modelConflicts: string[] = [];
    mine.onDidConflict((c) => modelConflicts.push(c.resolution));
    mine.update({ ...card, name: 'Renamed in A' });
    theirs.update({ ...card, weights: { a: 60, b: 40 } });
    await theirs.flush();
    await until(() => conflicts.length > 0);
    expect(conflicts).toEqual([{ docId: doc.id, resolution: 'merged', pointers: [] }]);
    expect(modelConflicts).toEqual(['merged']);
    const expected = { name: 'Renamed in A', weights: { a: 60, b: 40 } };
    expect(mine.content).toEqual(expected);
    expect((await tabA.getDocument(doc.id))!.content).toEqual(expected);
    await until(() => theirs.revision === mine.revision);
    expect(theirs.content).toEqual(expected);
    expect(await tabA.listDocuments()).toHaveLength(1);
  });

  it('merges at write time when the change was not announced (revision mismatch in the transaction)', async () => {
    const tabA = await world.open({ ...slow, channel: null }); // hears nothing
    const tabB = await world.open(slow);
    const doc = await tabA.createDocument('scorecard', 'Sales', card);
    const mine = await tabA.open<Card>(doc.id);
    await tabB.putDocument(doc.id, { ...card, weights: { a: 10, b: 90 } }, 1);
    mine.update({ ...card, name: 'Mine' });
    const resolutions: string[] = [];
    mine.onDidConflict((c) => resolutions.push(c.resolution));
    await mine.flush();
    expect(resolutions).toEqual(['merged']);
    expect((await tabA.getDocument(doc.id))!).toMatchObject({ revision: 3, content: { name: 'Mine', weights: { a: 10, b: 90 } } });
  });

  it('keeps both when the edits overlap: theirs stays the document, mine becomes a conflicted copy', async () => {
    const tabA = await world.open(slow);
    const tabB = await world.open(slow);
    const doc = await tabA.createDocument('scorecard', 'Sales', card);
    const mine = await tabA.open<Card>(doc.id);
    const theirs = await tabB.open<Card>(doc.id);
    const conflicts: WorkspaceConflict[] = [];
    tabA.onDidConflict((c) => conflicts.push(c));
    const modelEvents: Array<{ mine: Card; theirs: Card; resolution: string }> = [];
    mine.onDidConflict((c) => modelEvents.push({ mine: c.mine, theirs: c.theirs.content, resolution: c.resolution }));
    mine.update({ ...card, weights: { a: 70, b: 30 } }, 'mine');
    theirs.update({ ...card, weights: { a: 20, b: 80 } }, 'theirs');
    await theirs.flush();
    await until(() => conflicts.length > 0);
    const [conflict] = conflicts;
    expect(conflict).toMatchObject({ docId: doc.id, resolution: 'kept-both', pointers: ['/weights/a', '/weights/b'] });
    expect(modelEvents).toEqual([{ mine: { ...card, weights: { a: 70, b: 30 } }, theirs: { ...card, weights: { a: 20, b: 80 } }, resolution: 'kept-both' }]);
    // Theirs is the document, in storage and in my model, which has nothing unsaved any more.
    expect((await tabA.getDocument<Card>(doc.id))!.content.weights).toEqual({ a: 20, b: 80 });
    expect(mine.content.weights).toEqual({ a: 20, b: 80 });
    expect(mine.dirty).toBe(false);
    // Mine is a new document next to it, with the undo history that made it.
    const copy = await tabA.getDocument<Card>(conflict!.copyId!);
    expect(copy).toMatchObject({ kind: 'scorecard', name: 'Sales (conflicted copy)', content: { weights: { a: 70, b: 30 } } });
    const copyModel = await tabA.open<Card>(copy!.id);
    expect(copyModel.undo()).toBe(true);
    expect(copyModel.content).toEqual(card);
    // The other tab heard of the copy too.
    expect((await tabB.listDocuments()).map((d) => d.name).sort()).toEqual(['Sales', 'Sales (conflicted copy)']);
  });

  it('keeps both when the overlapping change is only found at write time', async () => {
    const tabA = await world.open({ ...slow, channel: null });
    const tabB = await world.open(slow);
    const doc = await tabA.createDocument('scorecard', 'Sales', card);
    const mine = await tabA.open<Card>(doc.id);
    await tabB.putDocument(doc.id, { ...card, name: 'Theirs' }, 1);
    mine.update({ ...card, name: 'Mine' });
    const conflicts: WorkspaceConflict[] = [];
    tabA.onDidConflict((c) => conflicts.push(c));
    await mine.flush();
    expect(conflicts[0]).toMatchObject({ resolution: 'kept-both', pointers: ['/name'] });
    const names = (await tabA.listDocuments()).map((d) => [d.name, (d.content as Card).name]);
    expect(names).toEqual([['Sales', 'Theirs'], ['Sales (conflicted copy)', 'Mine']]);
  });

  it('keeps my unsaved edits as a copy when another tab deleted the document', async () => {
    const tabA = await world.open(slow);
    const tabB = await world.open(slow);
    const doc = await tabA.createDocument('scorecard', 'Sales', card);
    const mine = await tabA.open<Card>(doc.id);
    const deleted: DocumentChangeEvent[] = [];
    mine.onDidChange((e) => e.deleted && deleted.push(e));
    const conflicts: WorkspaceConflict[] = [];
    tabA.onDidConflict((c) => conflicts.push(c));
    mine.update({ ...card, name: 'Unsaved' });
    await tabB.deleteDocument(doc.id);
    await until(() => deleted.length > 0);
    expect(conflicts[0]).toMatchObject({ resolution: 'kept-both', deletedElsewhere: true });
    expect((await tabA.getDocument<Card>(conflicts[0]!.copyId!))!.content.name).toBe('Unsaved');
    expect(() => mine.update(card)).toThrow();
  });

  it('a clean model just reports the deletion', async () => {
    const tabA = await world.open();
    const tabB = await world.open();
    const doc = await tabA.createDocument('scorecard', 'Sales', card);
    const model = await tabA.open<Card>(doc.id);
    const events: DocumentChangeEvent[] = [];
    model.onDidChange((e) => events.push(e));
    await tabB.deleteDocument(doc.id);
    await until(() => events.length > 0);
    expect(events).toEqual([{ docId: doc.id, revision: 1, origin: 'remote', deleted: true }]);
    expect(await tabA.listDocuments()).toEqual([]);
  });

  it('merges a field edit of a dataset with records added in another tab (rowCount belongs to the records)', async () => {
    const tabA = await world.open(slow);
    const tabB = await world.open(slow);
    const sink = tabA.beginImport(undefined, 'Staff');
    await sink.write([{ name: 'a', score: 1 }]);
    const doc = await sink.commit({ fields: DATASET_FIELDS });
    const model = await tabA.open<DatasetContent>(doc.id);
    const fields = [...DATASET_FIELDS, { key: 'team', type: 'string' as const }];
    model.update({ ...model.content, fields });
    await tabB.addRecords(doc.id, [{ name: 'b', score: 2 }, { name: 'c', score: 3 }]);
    await until(() => !model.dirty && model.revision === 3);
    expect(model.content).toEqual({ fields, rowCount: 3 });
    expect((await tabA.getDocument(doc.id))!.content).toEqual({ fields, rowCount: 3 });
  });

  it('two models of one document in the same tab stay in step', async () => {
    const ws = await world.open();
    const doc = await ws.createDocument('scorecard', 'Sales', card);
    const left = await ws.open<Card>(doc.id);
    const right = await ws.open<Card>(doc.id);
    left.update({ ...card, name: 'Left' });
    await left.flush();
    await until(() => right.content.name === 'Left');
    expect(right.revision).toBe(2);
  });
});
