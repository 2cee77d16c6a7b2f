// 100,000 generated records of 20 fields as CSV, imported in Node: all rows arrive, typed, with
// no problems. The time is printed for the record (not asserted: machines differ).
import { describe, expect, it } from 'vitest';
import { generateRecords, toCsv } from '../../../src/core/data/index.ts';
import type { FieldDef, FieldType } from '../../../src/core/scorecard/types.ts';
import { runImport } from '../../../src/platform/data-import/index.ts';
import type { DatasetContent, RecordSink, WorkspaceDocument, WrittenRows } from '../../../src/platform/workspace/workspace-api.ts';

const TYPES: FieldType[] = ['number', 'integer', 'boolean', 'date', 'time', 'category', 'string'];
const FIELDS: FieldDef[] = Array.from({ length: 20 }, (_, i) => {
  const type = TYPES[i % TYPES.length] as FieldType;
  return type === 'category' ? { key: `f${i}`, type, values: ['A', 'B', 'C'] } : { key: `f${i}`, type };
});

/** Counts rows and keeps a few, so the measurement is of the import, not of a store. */
class CountingSink implements RecordSink {
  count = 0;
  sample: Record<string, unknown>[] = [];
  async write(rows: readonly Record<string, unknown>[]): Promise<WrittenRows> {
    if (this.sample.length === 0) this.sample = rows.slice(0, 3);
    const firstRowId = this.count + 1;
    this.count += rows.length;
    return { firstRowId };
  }
  async commit(content: Omit<DatasetContent, 'rowCount'>): Promise<WorkspaceDocument<DatasetContent>> {
    return { id: 'd', kind: 'dataset', name: 'd', revision: 1, createdAt: 0, updatedAt: 0, content: { ...content, rowCount: this.count } };
  }
  async abort(): Promise<void> {}
}

describe('runImport at scale', () => {
  it('imports 100,000 rows × 20 fields of CSV', async () => {
    const records = generateRecords(FIELDS, 100_000, { seed: 7 });
    const csv = toCsv(records, FIELDS.map((f) => f.key));
    const file = new Blob([csv]);
    const sink = new CountingSink();
    let progressEvents = 0;
    const started = performance.now();
    const result = await runImport(file, { fields: FIELDS, fileName: 'big.csv' }, sink, {
      signal: new AbortController().signal,
      onProgress: () => progressEvents++,
    });
    const seconds = (performance.now() - started) / 1000;
    console.log(`runImport: 100,000 × 20 CSV (${(file.size / 1e6).toFixed(1)} MB) in ${seconds.toFixed(2)} s in Node, ${progressEvents} progress events`);
    expect(result.rows).toBe(100_000);
    expect(result.problemCount).toBe(0);
    expect(sink.count).toBe(100_000);
    expect(sink.sample).toEqual(records.slice(0, 3));
  }, 120_000);
});
