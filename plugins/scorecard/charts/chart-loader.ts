// Loads Chart.js once for every chart element: the first chart shown starts the download, the rest
// wait on the same promise. A failed download is forgotten so a later chart can try again.
import type { Chart } from 'chart.js';

export interface ChartRuntime {
  readonly Chart: typeof Chart;
}

let pending: Promise<ChartRuntime> | undefined;

export function loadChartJs(): Promise<ChartRuntime> {
  pending ??= import('./chart-registry.ts').then(
    (module) => ({ Chart: module.Chart }),
    (error: unknown) => {
      pending = undefined;
      throw error;
    },
  );
  return pending;
}

/** Whether Chart.js has been asked for (tests check that nothing loads it before a chart has data). */
export function chartJsRequested(): boolean {
  return pending !== undefined;
}
