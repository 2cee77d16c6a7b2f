// Decision matrices for the objective weightings: rows are alternatives (records), columns criteria.

export type CriterionDirection = 'benefit' | 'cost';

/** Checks shape, directions and values; throws a RangeError naming the first bad row/column. */
export function assertDecisionMatrix(
  matrix: readonly (readonly number[])[],
  directions: readonly CriterionDirection[],
  minimumRows: number,
): void {
  if (!Array.isArray(matrix) || matrix.length < minimumRows) {
    const rows = Array.isArray(matrix) ? matrix.length : 0;
    throw new RangeError(`Objective weights need at least ${minimumRows} records (rows); got ${rows}.`);
  }
  const columns = directions.length;
  if (columns === 0) throw new RangeError('There are no criteria (directions is empty).');
  directions.forEach((direction, j) => {
    if (direction !== 'benefit' && direction !== 'cost') {
      throw new RangeError(`Criterion (column) ${j} has direction "${String(direction)}"; use "benefit" or "cost".`);
    }
  });
  matrix.forEach((row, i) => {
    if (!Array.isArray(row) || row.length !== columns) {
      throw new RangeError(`Row ${i} has ${Array.isArray(row) ? row.length : 0} values; there are ${columns} criteria.`);
    }
    row.forEach((value, j) => {
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        throw new RangeError(`Row ${i}, column ${j} is ${String(value)}; values must be finite numbers (drop or fill missing values first).`);
      }
    });
  });
}

/**
 * Min–max standardisation per criterion: benefit (x − min)/(max − min), cost (max − x)/(max − min),
 * so 1 is always the best record. A constant column has no range and becomes all zeros.
 */
export function minMaxStandardise(matrix: readonly (readonly number[])[], directions: readonly CriterionDirection[]): number[][] {
  const ranges = directions.map((_, j) => {
    let min = Infinity;
    let max = -Infinity;
    for (const row of matrix) {
      min = Math.min(min, row[j] as number);
      max = Math.max(max, row[j] as number);
    }
    return { min, max };
  });
  return matrix.map((row) =>
    row.map((value, j) => {
      const { min, max } = ranges[j] as { min: number; max: number };
      if (max === min) return 0;
      return directions[j] === 'cost' ? (max - value) / (max - min) : (value - min) / (max - min);
    }),
  );
}

export function column(matrix: readonly (readonly number[])[], j: number): number[] {
  return matrix.map((row) => row[j] as number);
}

export interface RecordColumns {
  /** One row per complete record, one column per key, in the order of `keys`. */
  readonly matrix: number[][];
  /** Index (in `records`) of the record behind each matrix row. */
  readonly rows: number[];
  /** How many records were left out for a missing value in at least one key. */
  readonly skipped: number;
}

/**
 * Builds a decision matrix from records. A value counts as missing unless it is a finite number
 * (undefined, null, '', NaN, text …); a record missing any key is skipped and counted, so the
 * designer can say "12 of 240 records were left out".
 */
export function columnsFromRecords(records: readonly Readonly<Record<string, unknown>>[], keys: readonly string[]): RecordColumns {
  if (keys.length === 0) throw new RangeError('Name at least one key (criterion) to read from the records.');
  const matrix: number[][] = [];
  const rows: number[] = [];
  let skipped = 0;
  records.forEach((record, index) => {
    const values: number[] = [];
    for (const key of keys) {
      const value = record !== null && typeof record === 'object' && Object.hasOwn(record, key) ? record[key] : undefined;
      if (typeof value !== 'number' || !Number.isFinite(value)) {
        skipped++;
        return;
      }
      values.push(value);
    }
    matrix.push(values);
    rows.push(index);
  });
  return { matrix, rows, skipped };
}
