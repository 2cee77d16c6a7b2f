// Chart-ready data from a scorecard configuration and its evaluation: pure functions, no DOM, so
// they run next to evaluate() in a worker or in Node tests.
export { DEFAULT_GRADE_COLORS, bandIndexForTotal, chartBands, chartScale, defaultGradeColor } from './chart-common.ts';
export type { ChartBand, ChartScale } from './chart-common.ts';
export { niceBinWidth, scoreHistogram } from './score-histogram.ts';
export type { HistogramBin, HistogramOptions, ScoreHistogram } from './score-histogram.ts';
export { gradeShares } from './grade-shares.ts';
export type { GradeShare, GradeShares } from './grade-shares.ts';
export { dimensionAverages, dimensionAxes, dimensionRadar, recordDimensionScores } from './dimension-scores.ts';
export type { DimensionAverages, DimensionAxis, DimensionRadar, RecordDimensionScores } from './dimension-scores.ts';
export { recordContribution } from './record-contribution.ts';
export type { IndicatorContribution, PolicyContribution, RecordContribution } from './record-contribution.ts';
export { weightRings } from './weight-rings.ts';
export type { WeightRing, WeightRings, WeightSegment } from './weight-rings.ts';
export { DEFAULT_MAX_POINTS, scoreRankPoints } from './score-rank.ts';
export type { ScoreRankBandSummary, ScoreRankData, ScoreRankPoint } from './score-rank.ts';
export { nodeValues, scorerCurve } from './scorer-curve.ts';
export type { CurvePoint, ScorerCurve, ValueBin } from './scorer-curve.ts';
export { populationCharts } from './population.ts';
export type { PopulationCharts } from './population.ts';
