// The page side of the report worker: reads the scorecard and the dataset's revision from the
// workspace, validates the configuration, and has the worker evaluate it. Only the newest request
// resolves; an older one still running is answered with `undefined`.
import type { IDisposable } from '../../src/base/lifecycle.ts';
import { type ScorecardEvaluation } from '../../src/core/scorecard/result-types.ts';
import { unpackEvaluation } from '../../src/core/scorecard/packed-evaluation.ts';
import type { ScorecardConfig } from '../../src/core/scorecard/types.ts';
import { validateConfig } from '../../src/core/scorecard/validate.ts';
import { datasetSourceFor, type WorkbenchServices } from '../../src/workbench/api.ts';
import type { ReportsRequest, ReportsResponse } from './reports-protocol.ts';

/** What the reports are made from. */
export interface ReportSource {
  config: ScorecardConfig;
  evaluation: ScorecardEvaluation;
  scorecardName: string;
  datasetName: string;
}

export interface ReportsPort {
  postMessage(message: ReportsRequest, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (e: MessageEvent<ReportsResponse>) => void): void;
  terminate(): void;
}

export function createReportsWorker(): ReportsPort {
  return new Worker(new URL('./reports-worker.ts', import.meta.url), { type: 'module', name: 'reports' }) as unknown as ReportsPort;
}

/** A failure to show instead of reports, already in the display language. */
export class ReportSourceError extends Error {}

export class ReportEvaluator implements IDisposable {
  private port: ReportsPort | undefined;
  private runId = 0;
  private readonly waiting = new Map<number, (response: ReportsResponse) => void>();

  constructor(private readonly services: WorkbenchServices, private readonly createPort: () => ReportsPort = createReportsWorker) {}

  async evaluate(scorecardId: string, datasetId: string): Promise<ReportSource | undefined> {
    const { workspace, i18n } = this.services;
    const runId = ++this.runId;
    const [scorecard, dataset] = await Promise.all([workspace.getDocument<ScorecardConfig>(scorecardId), workspace.getDocument(datasetId)]);
    if (!scorecard) throw new ReportSourceError(i18n.t('reports.error.noScorecard'));
    if (!dataset) throw new ReportSourceError(i18n.t('reports.error.noDataset'));
    const validation = validateConfig(scorecard.content);
    if (!validation.valid || !validation.config) {
      const errors = validation.problems.filter((p) => p.severity === 'error');
      throw new ReportSourceError(i18n.t('reports.error.invalid', { count: errors.length, message: errors[0]?.message[i18n.locale] ?? '' }));
    }
    const config = validation.config;
    const source = await datasetSourceFor(workspace, datasetId);
    const response = await new Promise<ReportsResponse>((resolve) => {
      this.waiting.set(runId, resolve);
      this.ensurePort().postMessage({ type: 'evaluate', runId, revision: dataset.revision, config, ...source });
    });
    if (runId !== this.runId) return undefined;
    if (response.type === 'failed') throw new ReportSourceError(response.message);
    return { config, evaluation: unpackEvaluation(response.evaluation), scorecardName: scorecard.name, datasetName: dataset.name };
  }

  private ensurePort(): ReportsPort {
    if (!this.port) {
      this.port = this.createPort();
      this.port.addEventListener('message', (e) => {
        const resolve = this.waiting.get(e.data.runId);
        this.waiting.delete(e.data.runId);
        resolve?.(e.data);
      });
    }
    return this.port;
  }

  dispose(): void {
    this.port?.terminate();
    this.waiting.clear();
  }
}
