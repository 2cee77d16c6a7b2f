import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { AUTO_SNAPSHOT_EVERY, AUTO_SNAPSHOT_IDLE_MS } from '../../../src/platform/workspace/document-store.ts';
import { CURRENT_VERSION, type DocumentChangeEvent } from '../../../src/platform/workspace/workspace-api.ts';
import { createWorld, rawPut, sleep, until, type TestWorld } from './workspace-test-helpers.ts';

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

describe('document models', () => {
  it('applies an edit at once and autosaves it shortly after', async () => {
    const ws = await world.open({ saveDelayMs: 30, maxSaveDelayMs: 200 });
    const doc = await ws.createDocument('scorecard', 'Sales', card);
    const model = await ws.open<Card>(doc.id);
    const events: DocumentChangeEvent[] = [];
    model.onDidChange((e) => events.push(e));
    model.update({ ...card, name: 'Sales 2' }, 'rename');
    expect(model.content.name).toBe('Sales 2');
    expect(model.dirty).toBe(true);
    expect(events).toEqual([{ docId: doc.id, revision: 1, origin: 'local' }]);
    await until(() => !model.dirty);
    expect(model.revision).toBe(2);
    expect((await ws.getDocument<Card>(doc.id))!.content.name).toBe('Sales 2');
    expect(events.at(-1)).toEqual({ docId: doc.id, revision: 2, origin: 'local' });
  });

  it('saves within the maximum delay even while edits keep coming', async () => {
    const ws = await world.open({ saveDelayMs: 50, maxSaveDelayMs: 120 });
    const doc = await ws.createDocument('scorecard', 'Sales', card);
    const model = await ws.open<Card>(doc.id);
    const started = Date.now();
    for (let i = 0; Date.now() - started < 400; i++) {
      model.update({ ...card, weights: { a: i, b: 100 - i } });
      await sleep(20);
      if ((await ws.getDocument(doc.id))!.revision > 1) break;
    }
    expect(Date.now() - started).toBeLessThan(400);
  });

  it('freezes content so an edit by mutation fails loudly instead of being lost', async () => {
    const ws = await world.open();
    const doc = await ws.createDocument('scorecard', 'Sales', card);
    const model = await ws.open<Card>(doc.id);
    expect(() => {
      (model.content.weights as Record<string, number>).a = 1;
    }).toThrow(TypeError);
  });

  it('undoes and redoes, and an edit clears the redo stack', async () => {
    const ws = await world.open();
    const doc = await ws.createDocument('scorecard', 'Sales', card);
    const model = await ws.open<Card>(doc.id);
    expect(model.canUndo).toBe(false);
    model.update({ ...card, name: 'one' });
    model.update({ ...card, name: 'two' });
    expect(model.undo()).toBe(true);
    expect(model.content.name).toBe('one');
    expect(model.undo()).toBe(true);
    expect(model.content).toEqual(card);
    expect(model.undo()).toBe(false);
    expect(model.redo()).toBe(true);
    expect(model.content.name).toBe('one');
    model.update({ ...card, name: 'three' });
    expect(model.canRedo).toBe(false);
    await model.flush();
    expect((await ws.getDocument<Card>(doc.id))!.content.name).toBe('three');
  });

  it('keeps at most the configured number of undo steps', async () => {
    const ws = await world.open({ maxUndoSteps: 3 });
    const doc = await ws.createDocument('scorecard', 'Sales', card);
    const model = await ws.open<Card>(doc.id);
    for (let i = 0; i < 6; i++) model.update({ ...card, name: `n${i}` });
    let undone = 0;
    while (model.undo()) undone++;
    expect(undone).toBe(3);
    expect(model.content.name).toBe('n2');
  });

  it('undo and redo survive a reload (a new service on the same database)', async () => {
    const first = await world.open();
    const doc = await first.createDocument('scorecard', 'Sales', card);
    const model = await first.open<Card>(doc.id);
    model.update({ ...card, name: 'one' }, 'rename 1');
    model.update({ ...card, name: 'two' }, 'rename 2');
    model.undo();
    await model.flush();
    await first.close();

    const second = await world.open();
    const reopened = await second.open<Card>(doc.id);
    expect(reopened.content.name).toBe('one');
    expect(reopened.canUndo).toBe(true);
    expect(reopened.canRedo).toBe(true);
    expect(reopened.redo()).toBe(true);
    expect(reopened.content.name).toBe('two');
    expect(reopened.undo()).toBe(true);
    expect(reopened.undo()).toBe(true);
    expect(reopened.content).toEqual(card);
    await reopened.flush();
    expect((await second.getDocument<Card>(doc.id))!.content).toEqual(card);
  });

  it('saves pending edits when disposed', async () => {
    const ws = await world.open({ saveDelayMs: 10_000, maxSaveDelayMs: 10_000 });
    const doc = await ws.createDocument('scorecard', 'Sales', card);
    const model = await ws.open<Card>(doc.id);
    model.update({ ...card, name: 'closing' });
    model.dispose();
    await until(async () => (await ws.getDocument<Card>(doc.id))!.content.name === 'closing');
    expect(() => model.update(card)).toThrow(/disposed/);
  });

  it('ignores a damaged persisted undo history (quarantined) and opens the document', async () => {
    const ws = await world.open();
    const doc = await ws.createDocument('scorecard', 'Sales', card);
    await rawPut(world, 'undo', { docId: doc.id, revision: 1, undo: 'garbage', redo: [] });
    const model = await ws.open<Card>(doc.id);
    expect(model.canUndo).toBe(false);
    expect(world.problems.map((p) => p.error.code)).toEqual(['corrupt']);
    expect((await ws.listQuarantined())[0]!.store).toBe('undo');
  });
});

describe('version history', () => {
  it('saves named versions, lists them newest first, diffs and restores (undoably)', async () => {
    let now = 1_000_000;
    const ws = await world.open({ now: () => now });
    const doc = await ws.createDocument('scorecard', 'Sales', card);
    const model = await ws.open<Card>(doc.id);
    const v1 = await ws.saveVersion(doc.id, 'initial');
    now += 1000;
    model.update({ name: 'Sales', weights: { a: 70, b: 30, c: 0 } });
    model.update({ name: 'Sales', weights: { a: 70, c: 30 } });
    const v2 = await ws.saveVersion(doc.id, 'rebalanced');
    expect(v2.revision).toBe(2); // both edits went out in one save
    const versions = await ws.listVersions(doc.id);
    expect(versions.filter((v) => v.kind === 'named').map((v) => v.label)).toEqual(['rebalanced', 'initial']);
    expect(await ws.getVersionContent(v1.id)).toEqual(card);

    expect(await ws.diffVersions(v1.id, v2.id)).toEqual([
      { pointer: '/weights/a', kind: 'changed', before: 50, after: 70 },
      { pointer: '/weights/b', kind: 'removed', before: 50 },
      { pointer: '/weights/c', kind: 'added', after: 30 },
    ]);
    expect(await ws.diffVersions(v2.id, CURRENT_VERSION)).toEqual([]);

    const restored = await ws.restoreVersion(v1.id);
    expect(restored.content).toEqual(card);
    expect(restored.revision).toBe(3);
    // The open model follows, and the restore is one undo step away.
    await until(() => model.revision === 3);
    expect(model.content).toEqual(card);
    expect(model.undo()).toBe(true);
    expect(model.content.weights).toEqual({ a: 70, c: 30 });
  });

  it('takes an automatic snapshot on the first edit, after an idle period, and every N revisions', async () => {
    let now = 5_000_000;
    const ws = await world.open({ now: () => now });
    const doc = await ws.createDocument('scorecard', 'Sales', card);
    const auto = async () => (await ws.listVersions(doc.id)).filter((v) => v.kind === 'auto');
    // First edit: the original (revision 1) is kept.
    await ws.putDocument(doc.id, { ...card, name: 'r2' }, 1);
    expect((await auto()).map((v) => v.revision)).toEqual([1]);
    // Edits in quick succession: no new snapshot.
    now += 1000;
    await ws.putDocument(doc.id, { ...card, name: 'r3' }, 2);
    expect(await auto()).toHaveLength(1);
    // First edit after five idle minutes keeps the state before it.
    now += AUTO_SNAPSHOT_IDLE_MS;
    await ws.putDocument(doc.id, { ...card, name: 'r4' }, 3);
    expect((await auto()).map((v) => v.revision).sort()).toEqual([1, 3]);
    expect(await ws.getVersionContent((await auto()).find((v) => v.revision === 3)!.id)).toEqual({ ...card, name: 'r3' });
    // Every AUTO_SNAPSHOT_EVERY revisions.
    let revision = 4;
    for (let i = 0; i < AUTO_SNAPSHOT_EVERY; i++) {
      now += 10;
      revision = (await ws.putDocument(doc.id, { ...card, name: `x${i}` }, revision)).revision;
    }
    expect((await auto()).map((v) => v.revision).sort((a, b) => a - b)).toEqual([1, 3, 3 + AUTO_SNAPSHOT_EVERY]);
  });

  it('reports an unknown version as "not-found"', async () => {
    const ws = await world.open();
    await expect(ws.getVersionContent('nope')).rejects.toMatchObject({ code: 'not-found' });
    await expect(ws.diffVersions('nope', CURRENT_VERSION)).rejects.toMatchObject({ code: 'not-found' });
  });
});
