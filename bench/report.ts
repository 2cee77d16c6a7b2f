/** Timing helpers shared by the benchmarks: median of repeated runs after a warm-up. */
export interface Measurement {
  name: string;
  medianMs: number;
  runs: number[];
}

export function measure(name: string, run: () => void, repeats = 5): Measurement {
  run(); // warm-up: lets the JIT settle and caches fill, as in real use
  const runs: number[] = [];
  for (let i = 0; i < repeats; i++) {
    const start = performance.now();
    run();
    runs.push(performance.now() - start);
  }
  const sorted = [...runs].sort((a, b) => a - b);
  return { name, medianMs: sorted[Math.floor(sorted.length / 2)]!, runs };
}

/** Prints a table of times and their ratio to a baseline. */
export function printTable(title: string, rows: Measurement[], baseline: Measurement): void {
  console.log(`\n${title}`);
  const width = Math.max(...rows.map((r) => r.name.length), 10);
  console.log(`${'contender'.padEnd(width)}  ${'median ms'.padStart(10)}  ${'× hand-written'.padStart(15)}`);
  for (const row of rows) {
    const ratio = row.medianMs / baseline.medianMs;
    console.log(`${row.name.padEnd(width)}  ${row.medianMs.toFixed(1).padStart(10)}  ${ratio.toFixed(2).padStart(15)}`);
  }
}
