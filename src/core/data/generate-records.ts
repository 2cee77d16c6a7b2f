// Seeded sample records for trying a scorecard before real data exists: a preview, a demo, a
// performance test. Each field draws from its own stream (seeded from the seed and the field's
// key), so adding or reordering fields leaves the other columns unchanged (edge cases aside:
// which records and fields get one depends on the field list).
import type { FieldDef } from '../scorecard/types.ts';
import { compileProfile } from './field-profile.ts';
import type { FieldProfile, FieldSampler, SampleValue } from './field-profile.ts';
import { SeededRandom, deriveSeed } from './random.ts';

export interface GenerateRecordsOptions {
  /** Same seed, same records (default 1; taken modulo 2^32). */
  seed?: number;
  /** Distributions by field key; fields without one get defaultProfile's. */
  profiles?: Record<string, FieldProfile>;
  /**
   * Make 1 record in 50 miss one field's value (null) and another 1 in 50 carry one field's
   * boundary value (the profile's min or max; for a list field an empty list or the longest one),
   * to exercise missing-value rules and band edges. Default true.
   */
  edgeCases?: boolean;
  /**
   * A field holding a unique id per record ('R0001', … or 1, 2, … in number fields); never missing.
   * Added as the first field when `fields` does not declare it.
   */
  idField?: string;
}

/** One record in EDGE_CASE_EVERY gets a missing value, another one a boundary value. */
export const EDGE_CASE_EVERY = 50;

/** The id of the record at index i: 1, 2, … in number fields, otherwise 'R0001', 'R0002', …. */
function idMaker(field: FieldDef | undefined, key: string, count: number): (i: number) => string | number {
  if (field && (field.type === 'number' || field.type === 'integer')) return (i) => i + 1;
  if (field && field.type !== 'string' && !(field.type === 'category' && !field.values?.length)) {
    throw new TypeError(`The id field "${key}" must be a string, number or integer field (it is ${field.type})`);
  }
  const width = Math.max(4, String(count).length);
  return (i) => `R${String(i + 1).padStart(width, '0')}`;
}

/** `k` distinct indices below `count` in random order (a partial Fisher–Yates shuffle). */
function pickIndices(random: SeededRandom, count: number, k: number): number[] {
  const pool = new Uint32Array(count);
  for (let i = 0; i < count; i++) pool[i] = i;
  const picked: number[] = [];
  for (let i = 0; i < k; i++) {
    const j = random.int(i, count - 1);
    const chosen = pool[j] as number;
    pool[j] = pool[i] as number;
    pool[i] = chosen;
    picked.push(chosen);
  }
  return picked;
}

/** A replaced value: `field` indexes the drawn (non-id) fields. */
interface EdgeEdit {
  field: number;
  value: SampleValue | null;
}

/**
 * Which records get an edge case: count / EDGE_CASE_EVERY (rounded down) records miss one field,
 * as many others get one field's boundary value. Drawn from their own stream.
 */
function planEdgeCases(seed: number, count: number, samplers: readonly FieldSampler[]): Map<number, EdgeEdit> {
  const edits = new Map<number, EdgeEdit>();
  if (samplers.length === 0) return edits;
  const random = new SeededRandom(deriveSeed(seed, 'edge-cases'));
  const share = Math.floor(count / EDGE_CASE_EVERY);
  const picked = pickIndices(random, count, 2 * share);
  const bounded = samplers.flatMap((s, f) => (s.edges.length > 0 ? [f] : []));
  for (let n = 0; n < picked.length; n++) {
    const record = picked[n] as number;
    if (n < share) {
      edits.set(record, { field: random.int(0, samplers.length - 1), value: null });
    } else if (bounded.length > 0) {
      const field = bounded[random.int(0, bounded.length - 1)] as number;
      const edges = (samplers[field] as FieldSampler).edges;
      edits.set(record, { field, value: edges[random.int(0, edges.length - 1)] as SampleValue });
    }
  }
  return edits;
}

function checkArguments(fields: readonly FieldDef[], count: number, options: GenerateRecordsOptions): void {
  if (!Number.isSafeInteger(count) || count < 0) throw new RangeError(`generateRecords: count must be a whole number >= 0 (${count})`);
  const keys = new Set<string>();
  for (const field of fields) {
    if (keys.has(field.key)) throw new TypeError(`generateRecords: field "${field.key}" is declared twice`);
    keys.add(field.key);
  }
  for (const key of Object.keys(options.profiles ?? {})) {
    if (!keys.has(key)) throw new TypeError(`generateRecords: there is a profile for "${key}" but no such field`);
    if (key === options.idField) throw new TypeError(`generateRecords: the id field "${key}" cannot have a profile`);
  }
}

/** `count` records over `fields`, the same for the same seed; see GenerateRecordsOptions. */
export function generateRecords(fields: readonly FieldDef[], count: number, options: GenerateRecordsOptions = {}): Record<string, unknown>[] {
  checkArguments(fields, count, options);
  const seed = Math.trunc(options.seed ?? 1) >>> 0;
  const idKey = options.idField;
  const idField = idKey === undefined ? undefined : fields.find((f) => f.key === idKey);
  const idOf = idKey === undefined ? undefined : idMaker(idField, idKey, count);
  const drawn = fields.filter((f) => f.key !== idKey);
  const samplers: FieldSampler[] = drawn.map((f) => compileProfile(f, options.profiles?.[f.key], seed));

  const edits = options.edgeCases === false ? new Map<number, EdgeEdit>() : planEdgeCases(seed, count, samplers);

  // Records are copies of one template holding every key, then filled in: copying keeps one
  // object shape for all records, several times faster than adding keys one by one. Object.fromEntries
  // gives a compact template (one built key by key is slower to copy in V8), and it makes a
  // "__proto__" key an own property, so plain assignment below is safe.
  const templateKeys = idKey !== undefined && idField === undefined ? [idKey, ...fields.map((f) => f.key)] : fields.map((f) => f.key);
  const template: Record<string, unknown> = Object.fromEntries(templateKeys.map((key) => [key, null]));
  const keys = drawn.map((f) => f.key);
  const randoms = drawn.map((f) => new SeededRandom(deriveSeed(seed, `field:${f.key}`)));
  const records: Record<string, unknown>[] = new Array<Record<string, unknown>>(count);
  for (let i = 0; i < count; i++) {
    const record = { ...template };
    if (idOf !== undefined) record[idKey as string] = idOf(i);
    for (let f = 0; f < keys.length; f++) {
      // Drawn even when an edge case replaces it, so each field's stream stays the same with and without edge cases.
      record[keys[f] as string] = (samplers[f] as FieldSampler).sample(randoms[f] as SeededRandom);
    }
    const edit = edits.get(i);
    // A list edge case is one array shared by the edits: each record gets its own copy.
    if (edit) record[keys[edit.field] as string] = Array.isArray(edit.value) ? [...edit.value] : edit.value;
    records[i] = record;
  }
  return records;
}
