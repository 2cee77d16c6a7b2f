// The live test runner's state machine: follows the policy the user edits, keeps the chosen
// dataset loaded in a worker, re-runs the policy on every edit (debounced; a newer run cancels the
// older one), runs the saved test cases and publishes them to the Test Results and Problems panels.
import { Emitter, type Event } from '../../src/base/event.ts';
import { DisposableStore, type IDisposable } from '../../src/base/lifecycle.ts';
import type { DeclaredOperator } from '../../src/core/logic/declared-operators.ts';
import type { LogicEngine } from '../../src/core/logic/types.ts';
import type { PolicyDocument } from '../../src/core/policy/types.ts';
import { engineFor } from './runner-engine.ts';
import { datasetSourceFor, type WorkbenchApi } from '../../src/workbench/api.ts';
import type { PolicyEvaluation } from '../../src/core/policy/evaluation-types.ts';
import type { RunComparison } from '../../src/core/policy/compare-runs.ts';
import type { CrossCheckDifference, RunnerRequest, RunnerResponse } from './runner-protocol.ts';
import { DEBOUNCE_MS } from './runner-constants.ts';
import { runSavedTests, type SavedTestResult } from './saved-tests.ts';

/** What the editor sends on every change (policy.update command). */
export interface RunnerUpdate {
  docId: string;
  document: PolicyDocument;
  datasetId: string | undefined;
  /** Operators plugins declare (the same engine is built here and in the worker). */
  operators?: DeclaredOperator[];
  /** The fields the editor knows (FieldInfo from the policy and the dataset). */
  fields?: Array<{ key: string }>;
}

export interface RunResult {
  runId: number;
  ms: number;
  evaluation: PolicyEvaluation;
  /** Dataset row id of each record. */
  rowIds: Float64Array;
  /** The document the result belongs to (the trace explains with the same rules). */
  document: PolicyDocument;
}

export type RunnerStatus = 'idle' | 'no-dataset' | 'loading' | 'running' | 'done' | 'failed';

export interface RunnerState {
  docId?: string;
  document?: PolicyDocument;
  operators?: DeclaredOperator[];
  /** The record fields of the editor's fields list (the starting record of a hand-written test case). */
  fieldKeys?: string[];
  datasetId?: string;
  datasetName?: string;
  records?: number;
  status: RunnerStatus;
  progress?: { done: number; total: number };
  result?: RunResult;
  error?: { message: string; pointer?: string };
  tests: SavedTestResult[];
  comparison?: { label: string; comparison: RunComparison };
  crossCheck?: { differences: CrossCheckDifference[]; total: number; skipped: Array<{ rule: string; reason: string }> };
}

/** A worker or anything that speaks the runner protocol (tests pass an in-page one). */
export interface RunnerPort {
  postMessage(message: RunnerRequest, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (e: MessageEvent<RunnerResponse>) => void): void;
  terminate(): void;
}

const TEST_OWNER = 'policy-tests';

export class RunnerController implements IDisposable {
  private readonly _onDidChange = new Emitter<void>();
  readonly onDidChange: Event<void> = this._onDidChange.event;
  state: RunnerState = { status: 'idle', tests: [] };

  private port: RunnerPort | undefined;
  private readonly store = new DisposableStore();
  private timer: ReturnType<typeof setTimeout> | undefined;
  private runId = 0;
  private requestId = 0;
  private loaded: { datasetId: string; revision: number } | undefined;
  private loading: Promise<void> | undefined;
  private readonly pending = new Map<number, (response: RunnerResponse) => void>();
  private started = 0;

  constructor(private readonly api: WorkbenchApi, private readonly createPort: () => RunnerPort) {
    this.store.add(api.workspace.onDidChangeDocument((e) => {
      // The dataset's records changed (an edit in the grid, another tab): reload and re-run.
      if (e.docId === this.state.datasetId) {
        this.loaded = undefined;
        this.schedule();
      }
      if (e.deleted && e.docId === this.state.docId) this.reset();
    }));
  }

  private ensurePort(): RunnerPort {
    if (!this.port) {
      const port = this.createPort();
      port.addEventListener('message', (e) => this.onMessage(e.data));
      this.port = port;
    }
    return this.port;
  }

  /** The editor changed the document or the dataset: run again after a short pause in typing. */
  update(update: RunnerUpdate): void {
    const datasetChanged = update.datasetId !== this.state.datasetId;
    this.state = { ...this.state, docId: update.docId, document: update.document, operators: update.operators ?? [], fieldKeys: (update.fields ?? []).map((f) => f.key), datasetId: update.datasetId };
    if (datasetChanged) this.state = { ...this.state, result: undefined, comparison: undefined, crossCheck: undefined, records: undefined };
    this.state.tests = runSavedTests(update.document, this.api.i18n.locale, this.engine());
    this.publishTests();
    this.fire();
    this.schedule();
  }

  private schedule(): void {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => void this.run(), DEBOUNCE_MS);
  }

  /** The engine of the current update (explanations and saved tests run on the page with it). */
  engine(): LogicEngine {
    return engineFor(this.state.operators);
  }

  /** Stops the running evaluation (the results of the previous run stay). */
  cancel(): void {
    if (this.state.status !== 'running') return;
    this.port?.postMessage({ type: 'cancel', runId: this.runId });
  }

  private async run(): Promise<void> {
    const { document, datasetId } = this.state;
    if (!document) return;
    if (datasetId === undefined) {
      this.set({ status: 'no-dataset' });
      return;
    }
    try {
      await this.ensureLoaded(datasetId);
    } catch (error) {
      this.set({ status: 'failed', error: { message: error instanceof Error ? error.message : String(error) } });
      return;
    }
    if (this.state.datasetId !== datasetId || this.state.document !== document) return; // a newer update will run
    const runId = ++this.runId;
    this.started = performance.now();
    this.set({ status: 'running', progress: undefined, error: undefined });
    this.ensurePort().postMessage({ type: 'run', runId, document, operators: this.state.operators ?? [] });
  }

  private async ensureLoaded(datasetId: string): Promise<void> {
    const doc = await this.api.workspace.getDocument(datasetId);
    if (!doc) throw new Error(this.api.t('policy-runner.datasetGone'));
    if (this.loaded?.datasetId === datasetId && this.loaded.revision === doc.revision) return;
    if (this.loading) return this.loading;
    this.set({ status: 'loading', datasetName: doc.name });
    this.loading = new Promise<void>((resolve, reject) => {
      const port = this.ensurePort();
      const done = (e: MessageEvent<RunnerResponse>): void => {
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
    return this.loading;
  }

  private async sendLoad(port: RunnerPort, datasetId: string, revision: number): Promise<void> {
    port.postMessage({ type: 'load', revision, ...(await datasetSourceFor(this.api.workspace, datasetId)) });
  }

  private onMessage(m: RunnerResponse): void {
    switch (m.type) {
      case 'progress':
        if (m.runId === this.runId) this.set({ progress: { done: m.done, total: m.total } });
        break;
      case 'result':
        if (m.runId !== this.runId || !this.state.document) break;
        this.set({ status: 'done', progress: undefined, result: { runId: m.runId, ms: performance.now() - this.started, evaluation: m.evaluation, rowIds: m.rowIds, document: this.state.document } });
        break;
      case 'run-failed':
        if (m.runId === this.runId) this.set({ status: 'failed', progress: undefined, error: { message: m.message, ...(m.pointer ? { pointer: m.pointer } : {}) } });
        break;
      case 'cancelled':
        if (m.runId === this.runId) this.set({ status: this.state.result ? 'done' : 'idle', progress: undefined });
        break;
      case 'record': case 'compared': case 'cross-checked': case 'request-failed': {
        const resolve = this.pending.get(m.requestId);
        this.pending.delete(m.requestId);
        resolve?.(m);
        break;
      }
      default:
        break;
    }
  }

  private request(message: RunnerRequest): Promise<RunnerResponse> {
    return new Promise((resolve) => {
      this.pending.set((message as { requestId: number }).requestId, resolve);
      this.ensurePort().postMessage(message);
    });
  }

  /** The record at a position of the loaded dataset, with its row id. */
  async record(index: number): Promise<{ rowId: number; record: Record<string, unknown> } | undefined> {
    const m = await this.request({ type: 'record', requestId: ++this.requestId, index });
    return m.type === 'record' && m.record ? { rowId: m.rowId, record: m.record } : undefined;
  }

  /** Which records change outcome between `previous` and the current document. */
  async compareWith(previous: PolicyDocument, label: string): Promise<void> {
    if (!this.state.document) return;
    const m = await this.request({ type: 'compare', requestId: ++this.requestId, document: this.state.document, previous, operators: this.state.operators ?? [] });
    if (m.type === 'compared') this.set({ comparison: { label, comparison: m.comparison } });
    else if (m.type === 'request-failed') this.api.notifications.error(m.message);
  }

  async crossCheck(): Promise<void> {
    if (!this.state.document) return;
    const m = await this.request({ type: 'cross-check', requestId: ++this.requestId, document: this.state.document, operators: this.state.operators ?? [] });
    if (m.type === 'cross-checked') this.set({ crossCheck: { differences: m.differences, total: m.total, skipped: m.skipped } });
    else if (m.type === 'request-failed') this.api.notifications.error(m.message);
  }

  /** Publishes the saved test cases' results; failures also go to the Problems panel. */
  private publishTests(): void {
    const { docId, document, tests } = this.state;
    if (!docId || !document) return;
    const resource = `policy://${docId}`;
    this.api.testResults.publish({
      suite: resource,
      title: this.api.i18n.text(document.name),
      finishedAt: Date.now(),
      cases: tests.map((t) => ({ name: t.name, outcome: t.outcome, ...(t.message ? { message: t.message } : {}) })),
    });
    this.api.markers.changeMarkers(TEST_OWNER, resource, tests.filter((t) => t.outcome !== 'passed').map((t) => ({
      severity: 'error',
      message: this.api.t('policy-runner.testFailed', { name: t.name, message: t.message ?? '' }),
      resource,
      pointer: `/tests/${t.index}`,
      source: this.api.t('policy-runner.view.name'),
      command: { id: 'policy.reveal', args: [docId, `/tests/${t.index}`] },
    })));
  }

  private reset(): void {
    this.state = { status: 'idle', tests: [] };
    this.fire();
  }

  private set(patch: Partial<RunnerState>): void {
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
