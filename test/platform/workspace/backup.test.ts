import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import workspaceSchema from '../../../schemas/workspace.schema.json';
import type { WorkspaceBackup, WorkspaceService } from '../../../src/platform/workspace/workspace-api.ts';
import { BackupValidationError, validateBackup } from '../../../src/platform/workspace/backup-validation.ts';
import { createWorld, DATASET_FIELDS, rawPut, until, type TestWorld } from './workspace-test-helpers.ts';

let worlds: TestWorld[] = [];
function world(): TestWorld {
  const w = createWorld();
  worlds.push(w);
  return w;
}
beforeEach(() => {
  worlds = [];
});
afterEach(() => Promise.all(worlds.map((w) => w.closeAll())));

let clock = 1_700_000_000_000;
const now = (): number => clock;

/** A workspace with a policy (with history), a scorecard and a dataset of three rows. */
async function populated(ws: WorkspaceService) {
  const policy = await ws.createDocument('policy', 'Overtime', { rules: [{ when: true, points: 1 }] });
  await ws.putDocument(policy.id, { rules: [{ when: true, points: 2 }] }, 1); // auto snapshot of revision 1
  await ws.saveVersion(policy.id, 'approved');
  const scorecard = await ws.createDocument('scorecard', 'Sales', { root: { id: 'root', children: [] } });
  const sink = ws.beginImport(undefined, 'Staff');
  await sink.write([{ name: 'Ann', score: 90 }, { name: 'Bo', score: 70 }, { name: '张三', score: 80 }]);
  const dataset = await sink.commit({ fields: DATASET_FIELDS, source: { fileName: 'staff.csv', importedAt: 5 } });
  return { policy, scorecard, dataset };
}

describe('backup export', () => {
  it('writes one JSON object valid against schemas/workspace.schema.json', async () => {
    const ws = await world().open({ now });
    const { dataset } = await populated(ws);
    const backup = await ws.exportBackup();
    expect(workspaceSchema.$schema).toBe('https://json-schema.org/draft/2020-12/schema');
    expect(validateBackup(backup)).toEqual([]);
    expect(backup).toMatchObject({ format: 'scorecard-workspace-backup', version: 1, exportedAt: new Date(clock).toISOString() });
    expect(backup.documents.map((d) => d.name).sort()).toEqual(['Overtime', 'Sales', 'Staff']);
    expect(backup.records[dataset.id]!.map((r) => r.record.name)).toEqual(['Ann', 'Bo', '张三']);
    expect(backup.versions.map((v) => v.kind).sort()).toEqual(['auto', 'named']);
    expect(backup.quarantine).toBeUndefined();
  });

  it('round-trips: restoring into an empty workspace and exporting again gives the same backup', async () => {
    const source = await world().open({ now });
    await populated(source);
    const backup = JSON.parse(JSON.stringify(await source.exportBackup())) as WorkspaceBackup;
    const target = await world().open({ now });
    const result = await target.restoreBackup(backup, { mode: 'replace-all' });
    expect(result).toEqual({ restored: 3, deleted: 0, safetyVersions: 0 });
    const again = await target.exportBackup();
    const sortVersions = (b: WorkspaceBackup) => ({ ...b, versions: [...b.versions].sort((x, y) => x.id.localeCompare(y.id)) });
    expect(sortVersions(again)).toEqual(sortVersions(backup));
  });

  it('includes damaged values (moved to quarantine) so the backup keeps a copy of everything', async () => {
    const w = world();
    const ws = await w.open({ now });
    await ws.createDocument('policy', 'Fine', {});
    await rawPut(w, 'documents', { id: 'broken', kind: 'policy' });
    const backup = await ws.exportBackup();
    expect(backup.documents.map((d) => d.name)).toEqual(['Fine']);
    expect(backup.quarantine?.map((q) => q.key)).toEqual(['broken']);
    expect(validateBackup(backup)).toEqual([]);
    expect((await ws.listQuarantined()).map((q) => q.key)).toEqual(['broken']);
  });
});

describe('restore preview', () => {
  it('lists validation problems with JSON pointers and changes nothing', async () => {
    const ws = await world().open({ now });
    await ws.createDocument('policy', 'Keep me', {});
    const bad = {
      format: 'scorecard-workspace-backup',
      version: 1,
      exportedAt: 'yesterday',
      documents: [{ id: 'a', kind: 'spreadsheet', name: 'A', content: {}, revision: 1, createdAt: 0, updatedAt: 0 }],
      records: {},
      versions: [],
    };
    const preview = await ws.previewRestore(bad);
    expect(preview.ok).toBe(false);
    const problems = preview.ok ? [] : preview.problems;
    expect(problems.map((p) => p.pointer)).toEqual(expect.arrayContaining(['/exportedAt', '/documents/0/kind']));
    expect(problems.find((p) => p.pointer === '/documents/0/kind')!.message).toEqual({
      en: 'must be one of "policy", "scorecard", "dataset", "test-suite", "plugin-state"',
      'zh-CN': '必须是以下之一："policy", "scorecard", "dataset", "test-suite", "plugin-state"',
    });
    expect(await ws.previewRestore({ hello: 'world' })).toMatchObject({
      ok: false,
      problems: expect.arrayContaining([{ pointer: '', message: { en: 'missing property "format"', 'zh-CN': '缺少属性“format”' } }]),
    });
    expect(await ws.listDocuments()).toHaveLength(1);
  });

  it('finds what the schema cannot: duplicate ids, rows of unknown datasets, versions of unknown documents', () => {
    const doc = { id: 'd', kind: 'dataset', name: 'D', content: { fields: [], rowCount: 1 }, revision: 1, createdAt: 0, updatedAt: 0 };
    const problems = validateBackup({
      format: 'scorecard-workspace-backup',
      version: 1,
      exportedAt: '2025-01-01T00:00:00.000Z',
      documents: [doc, doc],
      records: { d: [{ rowId: 1, record: {} }, { rowId: 1, record: {} }], 'x/y': [] },
      versions: [{ id: 'v', docId: 'gone', revision: 1, at: 0, kind: 'auto', name: 'n', content: {} }],
    });
    expect(problems.map((p) => [p.pointer, p.message.en])).toEqual([
      ['/documents/1/id', 'the id "d" appears twice'],
      ['/records/d/1/rowId', 'the row id 1 appears twice'],
      ['/records/x~1y', 'no dataset document has the id "x/y"'],
      ['/versions/0/docId', 'no document of the backup has the id "gone"'],
    ]);
    expect(problems.every((p) => p.message['zh-CN'].length > 0)).toBe(true);
  });

  it('summarises per document: new, replaces newer, replaces older, same revision, with record counts', async () => {
    const ws = await world().open({ now });
    const { policy, scorecard, dataset } = await populated(ws);
    const backup = await ws.exportBackup();
    clock += 60_000;
    await ws.putDocument(policy.id, { rules: [] }, policy.revision + 1); // stored is now newer than the backup
    await ws.addRecords(dataset.id, [{ name: 'Cy', score: 1 }]);
    const extra = await ws.createDocument('test-suite', 'Only stored', { cases: [] });
    const fromOther = await world().open({ now });
    const foreign = await fromOther.createDocument('policy', 'Only in backup', {});
    const mixed: WorkspaceBackup = { ...backup, documents: [...backup.documents, foreign] };
    const older = { ...backup.documents.find((d) => d.id === scorecard.id)!, updatedAt: clock + 1, revision: 9 };
    mixed.documents = mixed.documents.map((d) => (d.id === scorecard.id ? older : d));
    const preview = await ws.previewRestore(mixed);
    if (!preview.ok) throw new Error('expected a valid backup');
    const byName = Object.fromEntries(preview.documents.map((d) => [d.name, d]));
    expect(byName.Overtime).toMatchObject({ action: 'replaces-newer', backupRevision: 2, storedRevision: 3 });
    expect(byName.Sales).toMatchObject({ action: 'replaces-older', backupRevision: 9, storedRevision: 1 });
    expect(byName.Staff).toMatchObject({ action: 'replaces-newer', records: { backup: 3, stored: 4 } });
    expect(byName['Only in backup']).toMatchObject({ action: 'new' });
    expect(preview.notInBackup).toEqual([{ id: extra.id, kind: 'test-suite', name: 'Only stored' }]);
    expect(preview.records).toBe(3);
    const same = await ws.previewRestore(await ws.exportBackup());
    expect(same.ok && same.documents.every((d) => d.action === 'same-revision')).toBe(true);
  });
});

describe('restore', () => {
  it('merge: replaces documents of the backup, keeps the others, and first keeps replaced content as a version', async () => {
    const ws = await world().open({ now });
    const { policy, dataset } = await populated(ws);
    const backup = await ws.exportBackup();
    const model = await ws.open<{ rules: unknown[] }>(policy.id);
    model.update({ rules: [] });
    await model.flush();
    await ws.addRecords(dataset.id, [{ name: 'New', score: 0 }]);
    const extra = await ws.createDocument('policy', 'Made after the backup', {});
    const result = await ws.restoreBackup(backup, { mode: 'merge' });
    expect(result).toEqual({ restored: 3, deleted: 0, safetyVersions: 2 });
    const restored = await ws.getDocument(policy.id);
    expect(restored!.content).toEqual({ rules: [{ when: true, points: 2 }] });
    expect(restored!.revision).toBe(4);
    expect(await ws.countRecords(dataset.id)).toBe(3);
    expect((await ws.getDocument(dataset.id))!.content).toMatchObject({ rowCount: 3 });
    expect(await ws.getDocument(extra.id)).toBeDefined();
    // Newer work is not lost: it is a named version.
    const safety = (await ws.listVersions(policy.id)).find((v) => v.label?.startsWith('Before restoring a backup'));
    expect(await ws.getVersionContent(safety!.id)).toEqual({ rules: [] });
    // The open editor follows.
    await until(() => model.revision === 4);
    expect(model.content).toEqual({ rules: [{ when: true, points: 2 }] });
  });

  it('replace-all: the workspace becomes the backup; damaged values go to quarantine, not away', async () => {
    const w = world();
    const ws = await w.open({ now });
    await populated(ws);
    const backup = await ws.exportBackup();
    const extra = await ws.createDocument('policy', 'Made after the backup', {});
    await rawPut(w, 'documents', { id: 'damaged', kind: 'policy' });
    const result = await ws.restoreBackup(backup, { mode: 'replace-all' });
    expect(result).toMatchObject({ restored: 3, deleted: 1 });
    expect(await ws.getDocument(extra.id)).toBeUndefined();
    expect((await ws.listDocuments()).map((d) => d.name).sort()).toEqual(['Overtime', 'Sales', 'Staff']);
    expect((await ws.listQuarantined()).map((q) => q.key)).toEqual(['damaged']);
  });

  it('refuses an invalid backup with its problems and changes nothing', async () => {
    const ws = await world().open({ now });
    await ws.createDocument('policy', 'Keep', {});
    const error = await ws.restoreBackup({ format: 'nope' }, { mode: 'replace-all' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BackupValidationError);
    expect((error as BackupValidationError).problems.length).toBeGreaterThan(0);
    expect((error as BackupValidationError).userMessage.en).toMatch(/^This file is not a valid workspace backup \(\d+ problems; the first: .*\)\. Nothing was changed\.$/);
    expect((error as BackupValidationError).userMessage['zh-CN']).toContain('没有任何内容被修改');
    expect((await ws.listDocuments()).map((d) => d.name)).toEqual(['Keep']);
  });
});
