import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WorkspaceError } from '../../../src/platform/workspace/workspace-api.ts';
import { createWorld, rawGetAll, rawPut, type TestWorld } from './workspace-test-helpers.ts';

let world: TestWorld;
beforeEach(() => {
  world = createWorld();
});
afterEach(() => world.closeAll());

describe('workspace documents', () => {
  it('creates, reads, lists by kind, renames and deletes documents', async () => {
    const ws = await world.open();
    const policy = await ws.createDocument('policy', 'Late arrival', { rules: [] });
    const card = await ws.createDocument('scorecard', 'Sales 2025', { root: { id: 'r' } });
    expect(policy.revision).toBe(1);
    expect(policy.createdAt).toBe(policy.updatedAt);
    expect(await ws.getDocument(policy.id)).toEqual(policy);
    expect((await ws.listDocuments()).map((d) => d.name)).toEqual(['Late arrival', 'Sales 2025']);
    expect((await ws.listDocuments('scorecard')).map((d) => d.id)).toEqual([card.id]);
    const renamed = await ws.renameDocument(card.id, 'Sales 2026', 1);
    expect(renamed).toMatchObject({ name: 'Sales 2026', revision: 2 });
    await ws.deleteDocument(policy.id);
    expect(await ws.getDocument(policy.id)).toBeUndefined();
    expect(await ws.listDocuments()).toHaveLength(1);
  });

  it('accepts a write based on the stored revision and refuses an older one with "conflict"', async () => {
    const ws = await world.open();
    const doc = await ws.createDocument('policy', 'P', { a: 1 });
    const saved = await ws.putDocument(doc.id, { a: 2 }, 1);
    expect(saved.revision).toBe(2);
    const error = await ws.putDocument(doc.id, { a: 3 }, 1).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(WorkspaceError);
    expect((error as WorkspaceError).code).toBe('conflict');
    expect((error as WorkspaceError).userMessage['zh-CN']).toContain('另一个标签页');
    expect((await ws.getDocument<{ a: number }>(doc.id))!.content).toEqual({ a: 2 });
    // The same content again is no new revision.
    expect((await ws.putDocument(doc.id, { a: 2 }, 2)).revision).toBe(2);
  });

  it('reports a missing document as "not-found" and refuses a duplicate id', async () => {
    const ws = await world.open();
    await expect(ws.putDocument('nope', {}, 1)).rejects.toMatchObject({ code: 'not-found' });
    await expect(ws.open('nope')).rejects.toMatchObject({ code: 'not-found' });
    await ws.createDocument('policy', 'A', {}, { id: 'fixed' });
    await expect(ws.createDocument('policy', 'B', {}, { id: 'fixed' })).rejects.toMatchObject({ code: 'conflict' });
    await expect(ws.deleteDocument('fixed', 7)).rejects.toMatchObject({ code: 'conflict' });
  });

  it('refuses to store a dataset document without fields and rowCount (it would read back as corrupt)', async () => {
    const ws = await world.open();
    await expect(ws.createDocument('dataset', 'D', { rows: [] })).rejects.toThrow(TypeError);
  });

  it('quarantines a damaged document on read, reports it, and keeps the rest working', async () => {
    const ws = await world.open();
    const good = await ws.createDocument('policy', 'Good', { ok: true });
    await rawPut(world, 'documents', { id: 'bad', kind: 'policy', name: 'Bad' }); // no content, no revision
    await rawPut(world, 'documents', { id: 'bad2', kind: 'unknown-kind', name: 'Bad 2', content: {}, revision: 1, createdAt: 0, updatedAt: 0 });
    await rawPut(world, 'documents', { id: 42, kind: 'policy', name: 'Numeric id', content: {}, revision: 1, createdAt: 0, updatedAt: 0 });
    const listed = await ws.listDocuments();
    expect(listed.map((d) => d.id)).toEqual([good.id]);
    expect(world.problems.map((p) => p.error.code)).toContain('corrupt');
    const quarantined = await ws.listQuarantined();
    expect(quarantined.map((q) => String(q.key)).sort()).toEqual(['42', 'bad', 'bad2']);
    expect(quarantined.find((q) => q.key === 42)).toBeDefined(); // moved under its real key
    expect(quarantined.find((q) => q.key === 'bad')!.value).toEqual({ id: 'bad', kind: 'policy', name: 'Bad' });
    expect(quarantined[0]!.reason).toBeTruthy();
    // Gone from documents (moved, not deleted): a second list reports nothing new.
    world.problems.length = 0;
    expect(await ws.listDocuments()).toHaveLength(1);
    expect(world.problems).toEqual([]);
    expect(await rawGetAll(world, 'documents')).toHaveLength(1);
  });

  it('reports a damaged document read by id as "corrupt" and moves it aside', async () => {
    const ws = await world.open();
    await rawPut(world, 'documents', { id: 'bad', kind: 'policy', name: 3, content: {}, revision: 1, createdAt: 0, updatedAt: 0 });
    const error = await ws.getDocument('bad').catch((e: unknown) => e);
    expect(error).toMatchObject({ code: 'corrupt' });
    expect((error as WorkspaceError).userMessage.en).toContain('moved aside (not deleted)');
    expect(await ws.getDocument('bad')).toBeUndefined();
    expect(await ws.listQuarantined()).toHaveLength(1);
  });
});
