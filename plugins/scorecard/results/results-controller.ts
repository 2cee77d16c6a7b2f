// The live results' state machine: follows the scorecard the user edits, keeps the chosen dataset
// loaded in a worker (once per dataset revision), evaluates on every edit after a short pause in
// typing, and keeps only the newest run's result. Invalid configurations are not sent: the state
// says what is wrong instead.
import { Emitter, type Event } from '../../../src/base/event.ts';
import { DisposableStore, type IDisposable } from '../../../src/base/lifecycle.ts';
import type { EvaluationComparison } from '../../../src/core/scorecard/compare-evaluations.ts';
import type { ConfigProblem } from '../../../src/core/scorecard/config-problems.ts';
import type { ScorecardEvaluation } from '../../../src/core/scorecard/result-types.ts';
import { type PackedEvaluation, packedTransferables, unpackEvaluation } from '../../../src/core/scorecard/packed-evaluation.ts';
import type { PopulationCharts } from '../../../src/core/scorecard/charts/population.ts';
import type { ScorecardConfig } from '../../../src/core/scorecard/types.ts';
import { validateConfig } from '../../../src/core/scorecard/validate.ts';
import { datasetSourceFor, type WorkbenchApi } from '../../../src/workbench/api.ts';
import type { ResultsRequest, ResultsResponse } from './results-protocol.ts';

/** How long to wait after an edit before evaluating (typing several characters runs once). */
export const RESULTS_DEBOUNCE_MS = 40;

/** What the editor sends on every change. */
export interface ResultsUpdate {
  docId: string;
  config: ScorecardConfig;
  datasetId: string | undefined;
}

export interface ResultsRun {
  runId: number;
  evaluation: ScorecardEvaluation;
  /** Edit to result, on the page's clock (debounce excluded). */
  ms: number;
  /** The configuration evaluated (the migrated one validateConfig returned): explanations use the same. */
  config: ScorecardConfig;
  /** The population charts' data, prepared by the worker for this evaluation. */
  charts?: PopulationCharts;
}

export type ResultsStatus = 'idle' | 'no-dataset' | 'invalid' | 'loading' | 'running' | 'done' | 'failed';

export interface ResultsState {
  docId?: string;
  config?: ScorecardConfig;
  datasetId?: string;
  datasetName?: string;
  /** Records in the loaded dataset. */
  records?: number;
  status: ResultsStatus;
  /** The newest result; kept while a newer run is going or the configuration is invalid. */
  result?: ResultsRun;
  /** `problems`: the validation errors when the status is `invalid`. */
  error?: { message: string; problems?: ConfigProblem[] };
}

/** A worker or anything that speaks the results protocol. */
export interface ResultsPort {
  postMessage(message: ResultsRequest, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (e: MessageEvent<ResultsResponse>) => void): void;
  terminate(): void;
}

/** The real worker (a literal `new Worker(new URL(...))`, so Vite bundles it). */
export function createResultsWorker(): ResultsPort {
  return new Worker(new URL('./results-worker.ts', import.meta.url), { type: 'module', name: 'scorecard-results' }) as unknown as ResultsPort;
}

export class ScorecardResultsController implements IDisposable {
  private readonly _onDidChange = new Emitter<void>();
  readonly onDidChange: Event<void> = this._onDidChange.event;
  state: ResultsState = { status: 'idle' };

  private port: ResultsPort | undefined;
  private readonly store = new DisposableStore();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private runId = 0;
  private requestId = 0;
  private loaded: { datasetId: string; revision: number } | undefined;
  private loading: { datasetId: string; promise: Promise<void> } | undefined;
  private readonly pending = new Map<number, (response: ResultsResponse) => void>();
  private readonly runConfigs = new Map<number, { config: ScorecardConfig; started: number }>();
  /**
   * The columns of the result shown and of the one before it. When a third arrives, the oldest go
   * back to the worker, which reuses them for later runs (writing fresh memory costs more than the
   * arithmetic); by then nothing on the page reads them, a whole run after it was replaced.
   */
  private shownColumns: PackedEvaluation[] = [];
  /** The records' ids and names as the worker last sent them (it leaves them out while they stay the same). */
  private labels: Pick<PackedEvaluation, 'ids' | 'names'> | undefined;

  constructor(private readonly api: WorkbenchApi, private readonly createPort: () => ResultsPort = createResultsWorker) {
    this.store.add(api.workspace.onDidChangeDocument((e) => {
      // The dataset's records changed (an edit in the grid, another tab): reload and re-run.
      if (e.docId === this.state.datasetId) {
        this.loaded = undefined;
        this.schedule();
      }
      if (e.deleted && e.docId === this.state.docId) this.reset();
    }));
  }

  private ensurePort(): ResultsPort {
    if (!this.port) {
      const port = this.createPort();
      port.addEventListener('message', (e) => this.onMessage(e.data));
      this.port = port;
    }
    return this.port;
  }

  /** The editor changed the configuration or the dataset: evaluate again after a short pause. */
  update(update: ResultsUpdate): void {
    const datasetChanged = update.datasetId !== this.state.datasetId;
    this.state = { ...this.state, docId: update.docId, config: update.config, datasetId: update.datasetId };
    if (datasetChanged) {
      this.state = { ...this.state, result: undefined, records: undefined, datasetName: undefined };
      this.shownColumns = []; // sized for the other dataset: the worker has no use for them
    }
    this.fire();
    this.schedule();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.run(), RESULTS_DEBOUNCE_MS);
  }

  private async run(): Promise<void> {
    const { config, datasetId } = this.state;
    if (!config) return;
    const validation = validateConfig(config);
    if (!validation.valid || !validation.config) {
      const problems = validation.problems.filter((p) => p.severity === 'error');
      const first = problems[0];
      const message = first ? first.message[this.api.i18n.locale] : '';
      this.set({ status: 'invalid', error: { message: this.api.t('scorecard.results.invalid', { count: problems.length, message }), problems } });
      return;
    }
    if (datasetId === undefined) {
      this.set({ status: 'no-dataset', error: undefined });
      return;
    }
    try {
      await this.ensureLoaded(datasetId);
    } catch (error) {
      this.set({ status: 'failed', error: { message: error instanceof Error ? error.message : String(error) } });
      return;
    }
    if (this.state.datasetId !== datasetId || this.state.config !== config) return; // a newer update will run
    const runId = ++this.runId;
    this.runConfigs.set(runId, { config: validation.config, started: performance.now() });
    this.set({ status: 'running', error: undefined });
    this.ensurePort().postMessage({ type: 'run', runId, config: validation.config });
  }

  private async ensureLoaded(datasetId: string): Promise<void> {
    const doc = await this.api.workspace.getDocument(datasetId);
    if (!doc) throw new Error(this.api.t('scorecard.results.datasetGone'));
    if (this.loaded?.datasetId === datasetId && this.loaded.revision === doc.revision) return;
    if (this.loading?.datasetId === datasetId) return this.loading.promise;
    this.set({ status: 'loading', datasetName: doc.name });
    const promise = new Promise<void>((resolve, reject) => {
      const port = this.ensurePort();
      const done = (e: MessageEvent<ResultsResponse>): void => {
        const m = e.data;
        if (m.type === 'loaded' && m.datasetId === datasetId) {
          this.loaded = { datasetId, revision: m.revision };
          this.set({ records: m.count });
          resolve();
        } else if (m.type === 'load-failed' && m.datasetId === datasetId) reject(new Error(m.message));
      };
      port.addEventListener('message', done);
      void this.sendLoad(port, datasetId, doc.revision).catch(reject);
    }).finally(() => { this.loading = undefined; });
    this.loading = { datasetId, promise };
    return promise;
  }

  private async sendLoad(port: ResultsPort, datasetId: string, revision: number): Promise<void> {
    port.postMessage({ type: 'load', revision, ...(await datasetSourceFor(this.api.workspace, datasetId)) });
  }

  private onMessage(m: ResultsResponse): void {
    switch (m.type) {
      case 'result': {
        const run = this.runConfigs.get(m.runId);
        this.runConfigs.delete(m.runId);
        // Even a result no longer wanted may bring the labels the next ones leave out.
        if (m.sameLabels && this.labels) Object.assign(m.evaluation, this.labels);
        else this.labels = { ids: m.evaluation.ids, names: m.evaluation.names };
        if (m.runId !== this.runId || !run) break;
        this.shownColumns.push(m.evaluation);
        const retired = this.shownColumns.length > 2 ? this.shownColumns.shift() : undefined;
        if (retired) {
          const buffers = packedTransferables(retired);
          this.port?.postMessage({ type: 'recycle', buffers }, buffers);
        }
        this.set({ status: 'done', error: undefined, result: { runId: m.runId, evaluation: unpackEvaluation(m.evaluation), charts: m.charts, ms: performance.now() - run.started, config: run.config } });
        break;
      }
      case 'run-failed':
        this.runConfigs.delete(m.runId);
        if (m.runId === this.runId) this.set({ status: 'failed', error: { message: m.message } });
        break;
      case 'superseded':
        this.runConfigs.delete(m.runId);
        break;
      case 'record': case 'compared': case 'request-failed': {
        const resolve = this.pending.get(m.requestId);
        this.pending.delete(m.requestId);
        resolve?.(m);
        break;
      }
      default:
        break;
    }
  }

  private request(message: Extract<ResultsRequest, { requestId: number }>): Promise<ResultsResponse> {
    return new Promise((resolve) => {
      this.pending.set(message.requestId, resolve);
      this.ensurePort().postMessage(message);
    });
  }

  /** The record at a position of the loaded dataset, with its row id. */
  async record(index: number): Promise<{ rowId: number; record: Record<string, unknown> } | undefined> {
    const m = await this.request({ type: 'record', requestId: ++this.requestId, index });
    return m.type === 'record' && m.record ? { rowId: m.rowId, record: m.record } : undefined;
  }

  /** What-if: how `variant` would change grades and ranks against the current configuration, on the same records. */
  async compareWith(variant: ScorecardConfig): Promise<EvaluationComparison> {
    const config = this.state.result?.config ?? this.state.config;
    if (!config) throw new Error(this.api.t('scorecard.results.nothingToCompare'));
    const checked = validateConfig(variant);
    if (!checked.valid || !checked.config) throw new Error(this.api.t('scorecard.results.variantInvalid'));
    const m = await this.request({ type: 'compare', requestId: ++this.requestId, config, variant: checked.config });
    if (m.type === 'compared') return m.comparison;
    throw new Error(m.type === 'request-failed' ? m.message : 'unexpected response');
  }

  private reset(): void {
    clearTimeout(this.timer);
    this.state = { status: 'idle' };
    this.fire();
  }

  private set(patch: Partial<ResultsState>): void {
    this.state = { ...this.state, ...patch };
    this.fire();
  }

  private fire(): void {
    this._onDidChange.fire();
  }

  dispose(): void {
    clearTimeout(this.timer);
    this.port?.terminate();
    this.store.dispose();
    this._onDidChange.dispose();
  }
}
