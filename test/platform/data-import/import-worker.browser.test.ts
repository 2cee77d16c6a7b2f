// The import in a real Web Worker in Chromium: a 100,000-row GBK CSV (built from known byte pairs,
// since browsers cannot encode GBK) goes through the worker host to a sink that reports to the
// page on a BroadcastChannel; progress events arrive, and cancel aborts the sink.
import { openWorkspace } from '../../../src/platform/workspace/open-workspace.ts';
import { expect } from 'chai';
import { startImport } from '../../../src/platform/data-import/index.ts';
import type { ImportProgress } from '../../../src/platform/data-import/index.ts';
import type { FieldDef, FieldType } from '../../../src/core/scorecard/types.ts';
// Modules, not the data index, which brings papaparse (CommonJS) that this test server does not convert.
import { generateRecords } from '../../../src/core/data/generate-records.ts';
import { toCsv } from '../../../src/core/data/to-csv.ts';
import type { SinkEvent } from './counting-import-worker.ts';

const GBK: Record<string, number[]> = {
  张: [0xd5, 0xc5], 三: [0xc8, 0xfd], 李: [0xc0, 0xee], 四: [0xcb, 0xc4], 王: [0xcd, 0xf5], 五: [0xce, 0xe5],
  姓: [0xd0, 0xd5], 名: [0xc3, 0xfb], 分: [0xb7, 0xd6], 数: [0xca, 0xfd], 是: [0xca, 0xc7], 否: [0xb7, 0xf1],
};

function gbk(text: string): number[] {
  const out: number[] = [];
  for (const ch of text) out.push(...(GBK[ch] ?? [ch.charCodeAt(0)]));
  return out;
}

const ROWS = 100_000;
const NAMES = ['张三', '李四', '王五'].map(gbk);
const FIELDS: FieldDef[] = [{ key: '姓名', type: 'string' }, { key: '分数', type: 'number' }, { key: '是否', type: 'boolean' }, { key: 'id', type: 'integer' }];

function gbkCsv(): Blob {
  const bytes: number[] = gbk('姓名,分数,是否,id\r\n');
  const yes = gbk('是');
  const no = gbk('否');
  for (let i = 0; i < ROWS; i++) {
    bytes.push(...(NAMES[i % 3] as number[]), 0x2c);
    for (const c of String((i * 7) % 101)) bytes.push(c.charCodeAt(0));
    bytes.push(0x2c, ...(i % 2 ? yes : no), 0x2c);
    for (const c of String(i)) bytes.push(c.charCodeAt(0));
    bytes.push(0x0d, 0x0a);
  }
  return new Blob([new Uint8Array(bytes)], { type: 'text/csv' });
}

function countingWorker(): Worker {
  return new Worker(new URL('./counting-import-worker.ts', import.meta.url), { type: 'module' });
}

function listen(name: string): { events: SinkEvent[]; close(): void } {
  const channel = new BroadcastChannel(name);
  const events: SinkEvent[] = [];
  channel.onmessage = (e: MessageEvent<SinkEvent>) => events.push(e.data);
  return { events, close: () => channel.close() };
}

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('import worker', function () {
  this.timeout(60_000);
  const file = gbkCsv();

  it('imports a 100,000-row GBK CSV in a worker, with progress, to the sink', async () => {
    const name = `sink-${Math.random()}`;
    const sink = listen(name);
    const progress: ImportProgress[] = [];
    const started = performance.now();
    const task = startImport(new File([file], 'people.csv'), { fields: FIELDS, target: { name }, createWorker: countingWorker });
    task.onProgress((p) => progress.push(p));
    const result = await task.done;
    const seconds = (performance.now() - started) / 1000;
    console.log(`import worker: ${ROWS} GBK rows (${(file.size / 1e6).toFixed(1)} MB) in ${seconds.toFixed(2)} s in Chromium, ${progress.length} progress events`);
    await settle(50);
    sink.close();

    expect(result.rows).to.equal(ROWS);
    expect(result.encoding).to.equal('gb18030');
    expect(result.problemCount).to.equal(0);
    expect(result.document.content.rowCount).to.equal(ROWS);
    expect(result.document.content.source?.fileName).to.equal('people.csv');
    expect(progress.length).to.be.greaterThan(10);
    for (let i = 1; i < progress.length; i++) expect(progress[i]!.rows).to.be.at.least(progress[i - 1]!.rows);
    expect(progress.at(-1)).to.deep.equal({ bytes: file.size, totalBytes: file.size, rows: ROWS });
    const writes = sink.events.filter((e) => e.event === 'write');
    expect(writes[0]).to.deep.equal({ event: 'write', rows: 2000, sample: { 姓名: '张三', 分数: 0, 是否: false, id: 0 } });
    expect(sink.events.at(-1)).to.deep.equal({ event: 'commit', rows: ROWS });
  });

  it('cancels: the worker aborts the sink, nothing is committed, done rejects with an AbortError', async () => {
    const name = `sink-${Math.random()}`;
    const sink = listen(name);
    const task = startImport(file, { fields: FIELDS, target: { name }, createWorker: countingWorker, chunkSize: 16 * 1024, batchSize: 500 });
    task.onProgress((p) => {
      if (p.rows > 0) task.cancel();
    });
    const error = await task.done.then(() => undefined, (e: unknown) => e);
    await settle(50);
    sink.close();
    expect((error as Error).name).to.equal('AbortError');
    expect(sink.events.some((e) => e.event === 'abort')).to.equal(true);
    expect(sink.events.some((e) => e.event === 'commit')).to.equal(false);
    const aborted = sink.events.find((e) => e.event === 'abort');
    expect(aborted!.rows).to.be.lessThan(ROWS);
  });

  it('imports 100,000 generated rows × 20 fields (UTF-8) in a worker', async () => {
    const types: FieldType[] = ['number', 'integer', 'boolean', 'date', 'time', 'category', 'string'];
    const fields: FieldDef[] = Array.from({ length: 20 }, (_, i) => ({ key: `f${i}`, type: types[i % types.length] as FieldType }));
    const big = new Blob([toCsv(generateRecords(fields, ROWS, { seed: 7 }), fields.map((f) => f.key))]);
    const name = `sink-${Math.random()}`;
    const sink = listen(name);
    const started = performance.now();
    const result = await startImport(big, { fields, target: { name }, createWorker: countingWorker }).done;
    const seconds = (performance.now() - started) / 1000;
    console.log(`import worker: ${ROWS} × 20 generated CSV (${(big.size / 1e6).toFixed(1)} MB) in ${seconds.toFixed(2)} s in Chromium`);
    sink.close();
    expect(result.rows).to.equal(ROWS);
    expect(result.problemCount).to.equal(0);
  });

  it('the real worker entry imports into the workspace database the page names', async () => {
    const databaseName = `import-worker-entry-${Date.now()}`;
    const task = startImport(new Blob(['a\n1\n2\n']), { fields: [{ key: 'a', type: 'integer' }], target: { name: 'entry test', databaseName } });
    const result = await task.done;
    expect(result.rows).to.equal(2);
    expect(result.document.name).to.equal('entry test');
    const workspace = await openWorkspace({ name: databaseName, channel: null });
    try {
      expect((await workspace.loadAll(result.document.id)).map((r) => r.record.a)).to.deep.equal([1, 2]);
    } finally {
      await workspace.close();
      indexedDB.deleteDatabase(databaseName);
    }
  });
});
