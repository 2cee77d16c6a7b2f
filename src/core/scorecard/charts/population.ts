// The charts' data that depends on the whole population (one pass over the records each): what the
// results worker prepares next to the evaluation, so the page only draws.
import type { ScorecardConfig } from '../types.ts';
import { type ChartEvaluation, chartColumns } from './chart-common.ts';
import { type DimensionAverages, dimensionAverages } from './dimension-scores.ts';
import { type GradeShares, gradeShares } from './grade-shares.ts';
import { type ScoreHistogram, scoreHistogram } from './score-histogram.ts';
import { type ScoreRankData, scoreRankPoints } from './score-rank.ts';

export interface PopulationCharts {
  histogram: ScoreHistogram;
  shares: GradeShares;
  averages: DimensionAverages;
  scoreRank: ScoreRankData;
}

export function populationCharts(config: ScorecardConfig, evaluation: ChartEvaluation): PopulationCharts {
  const columns = chartColumns(evaluation);
  return { histogram: scoreHistogram(config, columns), shares: gradeShares(config, columns), averages: dimensionAverages(config, columns), scoreRank: scoreRankPoints(config, columns) };
}
