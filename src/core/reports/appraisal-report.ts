// One appraised person's report for the feedback interview: the total, grade and rank, each
// dimension against the population's average, each indicator's value, score, weights and points,
// the rules that fired, and what would reach the next grade. The arithmetic is explainRecord's and
// the dimension charts' (no second implementation to drift); this module only gathers and names.
import type { Locale } from '../localized-text.ts';
import { type CompiledScorecard, compileScorecard } from '../scorecard/compile-scorecard.ts';
import { type DimensionAverages, dimensionAverages } from '../scorecard/charts/dimension-scores.ts';
import { chartScale } from '../scorecard/charts/chart-common.ts';
import { type RecordExplanation, explainRecord } from '../scorecard/explain-record.ts';
import type { FiredPolicy, ScorecardEvaluation } from '../scorecard/result-types.ts';
import type { IndicatorLeaf, ScorecardConfig } from '../scorecard/types.ts';
import { indicatorUnit, localized, reportGrades } from './report-labels.ts';
import type { AppraisalReport, ReportDimension, ReportGrade, ReportIndicator, ReportNextGrade, ReportRule } from './report-types.ts';

/**
 * What every person's report of one evaluation shares: the compiled scorecard and the population's
 * dimension averages (a pass over every record). Build it once when printing many reports.
 */
export interface ReportContext {
  config: ScorecardConfig;
  evaluation: ScorecardEvaluation;
  compiled: CompiledScorecard;
  averages: DimensionAverages;
  /** Records ranked (the denominator of "rank 3 of 120"). */
  ranked: number;
}

export function reportContext(config: ScorecardConfig, evaluation: ScorecardEvaluation): ReportContext {
  return {
    config,
    evaluation,
    compiled: compileScorecard(config),
    averages: dimensionAverages(config, evaluation),
    ranked: evaluation.stats.count - evaluation.stats.failed,
  };
}

export interface AppraisalReportOptions {
  /** The appraisal period to print (e.g. the dataset's name); the configuration has none. */
  period?: string;
  /** A context built for this configuration and evaluation (else one is built). */
  context?: ReportContext;
}

export function appraisalReport(config: ScorecardConfig, evaluation: ScorecardEvaluation, index: number, locale: Locale, options: AppraisalReportOptions = {}): AppraisalReport {
  const context = options.context ?? reportContext(config, evaluation);
  const record = evaluation.records[index];
  if (record === undefined) throw new RangeError(`no record ${index}`);
  const explanation = explainRecord(context.compiled, evaluation, index, locale);
  const grades = reportGrades(config, locale);
  const indicators = reportIndicators(context, explanation, locale);
  const gradeOf = (id: string | null | undefined): ReportGrade | null => grades.find((g) => g.id === id) ?? null;
  const report: AppraisalReport = {
    locale,
    subject: record.name === undefined ? { index, id: record.id } : { index, id: record.id, name: record.name },
    scorecard: { id: config.id, name: localized(config.name, locale, config.id) },
    scale: chartScale(config),
    status: record.status,
    total: record.total,
    totalBefore: record.totalBefore,
    adjustment: record.adjustment,
    money: record.money,
    grade: gradeOf(record.grade),
    rank: record.rank,
    percentile: record.percentile,
    ranked: context.ranked,
    dimensions: reportDimensions(context, index, locale),
    indicators,
    rules: record.fired.filter((f) => f.effect !== 'veto').map((f) => reportRule(config, f, locale, gradeOf)),
    vetoes: record.fired.filter((f) => f.effect === 'veto').map((f) => reportRule(config, f, locale, gradeOf)),
    nextGrade: reportNextGrade(explanation, indicators, gradeOf),
    sentences: explanation.sentences,
  };
  if (options.period !== undefined) report.scorecard.period = options.period;
  if (record.failure) report.failure = record.failure.message;
  return report;
}

function reportDimensions(context: ReportContext, index: number, locale: Locale): ReportDimension[] {
  const { evaluation, averages } = context;
  const K = evaluation.nodes.length;
  return averages.axes.map((axis, a) => {
    const score = evaluation.scores[index * K + axis.column]!;
    return {
      id: axis.id,
      name: localized(axis.name, locale, axis.id),
      score: Number.isNaN(score) ? null : score,
      average: averages.mean[a] ?? null,
      localWeight: evaluation.nodes[axis.column]!.localWeight,
    };
  });
}

function reportIndicators(context: ReportContext, explanation: RecordExplanation, locale: Locale): ReportIndicator[] {
  const { compiled, evaluation, config } = context;
  const { nodes } = evaluation;
  const out: ReportIndicator[] = [];
  let dimension = '';
  explanation.nodes.forEach((n, k) => {
    if (n.depth === 1) dimension = n.id; // pre-order: a dimension comes right before its indicators
    if (!n.leaf) return;
    out.push({
      id: n.id,
      name: n.name,
      dimension: n.depth === 1 ? n.id : dimension,
      value: n.value,
      unit: indicatorUnit(config, compiled.tree.source[k] as IndicatorLeaf, locale),
      score: n.score,
      localWeight: nodes[k]!.localWeight,
      absoluteWeight: nodes[k]!.absoluteWeight,
      effectiveWeight: n.weight,
      contribution: n.earned,
      lost: n.lost,
    });
  });
  return out;
}

function reportRule(config: ScorecardConfig, fired: FiredPolicy, locale: Locale, gradeOf: (id: string | undefined) => ReportGrade | null): ReportRule {
  const policy = (config.policies ?? []).find((p) => p.id === fired.policy);
  const rule: ReportRule = { policy: fired.policy, name: localized(policy?.name, locale, fired.policy), effect: fired.effect };
  if (fired.amount !== undefined) rule.amount = fired.amount;
  if (policy?.effect.type === 'money' && policy.effect.currency) rule.currency = policy.effect.currency;
  if (fired.veto) rule.veto = fired.veto;
  if (fired.grade) rule.capGrade = gradeOf(fired.grade)?.label ?? fired.grade;
  if (fired.flag) rule.flag = fired.flag;
  return rule;
}

function reportNextGrade(explanation: RecordExplanation, indicators: readonly ReportIndicator[], gradeOf: (id: string) => ReportGrade | null): ReportNextGrade | null {
  const next = explanation.nextGrade;
  if (!next) return null;
  const grade = gradeOf(next.grade) ?? { id: next.grade, label: next.label, color: '#888888', coefficient: null };
  const units = new Map(indicators.map((i) => [i.id, i.unit]));
  const policyNames = new Map(explanation.fired.map((f) => [f.policy, f.name]));
  const out: ReportNextGrade = {
    grade,
    minimum: next.minimum,
    gap: next.gap,
    options: next.options.map((o) => {
      if (o.policy !== undefined) return { name: o.name, avoidPoints: o.points ?? 0 };
      const option: ReportNextGrade['options'][number] = { name: o.name, fromScore: o.fromScore ?? 0, toScore: o.score ?? 0 };
      if (o.value !== undefined) Object.assign(option, { fromValue: o.fromValue ?? null, toValue: o.value, unit: units.get(o.node ?? '') ?? '' });
      return option;
    }),
  };
  if (next.blockedBy !== undefined) out.blockedBy = policyNames.get(next.blockedBy) ?? next.blockedBy;
  return out;
}
