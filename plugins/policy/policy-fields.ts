// What the editors know about the fields a policy reads: the policy's declared fields, completed
// with the chosen dataset's fields and a sample of its values (for type-aware inputs, completion
// and hovers).
import type { FieldInfo } from '../../src/core/policy/builder/types.ts';
import { fieldInfoOf } from '../../src/core/policy/builder/field-info.ts';
import type { PolicyDocument } from '../../src/core/policy/types.ts';
import type { DatasetContent, WorkspaceService } from '../../src/workbench/api.ts';

const SAMPLE_ROWS = 200;
const MAX_VALUES = 40;
const MAX_SAMPLES = 5;

export async function fieldsFor(doc: PolicyDocument, workspace: WorkspaceService, datasetId: string | undefined): Promise<FieldInfo[]> {
  const byKey = new Map<string, FieldInfo>();
  for (const f of doc.fields ?? []) {
    const info = fieldInfoOf(f);
    byKey.set(info.key, info);
  }
  if (datasetId === undefined) return [...byKey.values()];
  const dataset = await workspace.getDocument<DatasetContent>(datasetId);
  if (!dataset) return [...byKey.values()];
  const rows = await workspace.readRecords(datasetId, { limit: SAMPLE_ROWS });
  for (const f of dataset.content.fields) {
    // A list's samples, values and range are those of its items.
    const cells = rows.map((r) => r.record[f.key]);
    const seen = (f.type === 'list' ? cells.flatMap((v) => (Array.isArray(v) ? v : [])) : cells).filter((v) => v !== undefined && v !== null && v !== '');
    const info: FieldInfo = { ...(byKey.get(f.key) ?? { key: f.key, type: f.type, ...(f.items ? { items: f.items } : {}) }) };
    const itemType = f.type === 'list' ? f.items : f.type;
    if (f.label && !info.label) info.label = f.label;
    if (f.unit && !info.unit) info.unit = f.unit;
    const distinct = [...new Set(seen.map((v) => String(v)))];
    if (!info.values && (f.values || ((itemType === 'category' || itemType === 'string') && distinct.length <= MAX_VALUES))) info.values = f.values ?? distinct.sort();
    info.samples = distinct.slice(0, MAX_SAMPLES);
    const numbers = seen.filter((v): v is number => typeof v === 'number');
    if (numbers.length > 0) {
      info.min = Math.min(...numbers);
      info.max = Math.max(...numbers);
    }
    byKey.set(f.key, info);
  }
  return [...byKey.values()];
}
