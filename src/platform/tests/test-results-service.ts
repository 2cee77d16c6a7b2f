import { Emitter, type Event } from '../../base/event.ts';

export type TestOutcome = 'passed' | 'failed' | 'errored' | 'skipped';

export interface TestCaseResult {
  name: string;
  outcome: TestOutcome;
  /** Already-translated explanation of a failure. */
  message?: string;
  durationMs?: number;
}

export interface TestRun {
  /** Which suite, e.g. the policy document the cases belong to. */
  suite: string;
  /** Display title of the suite. */
  title: string;
  finishedAt: number;
  cases: TestCaseResult[];
}

/** The latest run per suite, shown in the Test Results panel. Test runners (later plugins) publish here. */
export class TestResultsService {
  private readonly runs = new Map<string, TestRun>();
  private readonly _onDidChange = new Emitter<void>();
  readonly onDidChange: Event<void> = this._onDidChange.event;

  publish(run: TestRun): void {
    this.runs.set(run.suite, run);
    this._onDidChange.fire();
  }

  clear(suite?: string): void {
    if (suite === undefined) this.runs.clear();
    else this.runs.delete(suite);
    this._onDidChange.fire();
  }

  all(): TestRun[] {
    return [...this.runs.values()].sort((a, b) => b.finishedAt - a.finishedAt);
  }

  summary(): { passed: number; failed: number } {
    let passed = 0;
    let failed = 0;
    for (const run of this.runs.values()) {
      for (const c of run.cases) {
        if (c.outcome === 'passed') passed++;
        else if (c.outcome === 'failed' || c.outcome === 'errored') failed++;
      }
    }
    return { passed, failed };
  }
}
