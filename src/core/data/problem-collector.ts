// Keeps the first problems of an import and counts the rest: a file with a wrong column type can
// have a problem on every row, and a million messages help no one.
import type { RowProblem } from './types.ts';

export const DEFAULT_MAX_PROBLEMS = 1000;

export class ProblemCollector {
  readonly list: RowProblem[] = [];
  count = 0;
  private readonly max: number;

  constructor(max: number = DEFAULT_MAX_PROBLEMS) {
    this.max = max;
  }

  add(problem: RowProblem): void {
    this.count++;
    if (this.list.length < this.max) this.list.push(problem);
  }
}
