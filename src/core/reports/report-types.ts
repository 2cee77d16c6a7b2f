// What a printed appraisal report and a team summary show: plain data with every name already in
// the report's language, so the page only lays it out (and a test can read it in Node).
import type { Locale } from '../localized-text.ts';
import type { ChartScale } from '../scorecard/charts/chart-common.ts';

export interface ReportGrade {
  id: string;
  label: string;
  color: string;
  /** The band's bonus coefficient (null when the band sets none). */
  coefficient: number | null;
}

export interface ReportDimension {
  id: string;
  name: string;
  /** This person's score on the dimension (null when missing). */
  score: number | null;
  /** The population's mean score on it (records with a total only). */
  average: number | null;
  /** Weight among the root's children (0..1). */
  localWeight: number;
}

export interface ReportIndicator {
  id: string;
  name: string;
  /** The top-level dimension the indicator belongs to. */
  dimension: string;
  value: number | null;
  /** The indicator's unit (or that of the field its value reads), in the report's language. */
  unit: string;
  score: number | null;
  /** Weight among its siblings (0..1), as configured. */
  localWeight: number;
  /** Weight in the total (0..1), as configured. */
  absoluteWeight: number;
  /** Weight in this person's total after missing siblings were re-normalised (null under min/geometric nodes). */
  effectiveWeight: number | null;
  /** Points of the total it earned (effective weight × score), and those it left on the table. */
  contribution: number | null;
  lost: number | null;
}

export interface ReportRule {
  policy: string;
  name: string;
  effect: 'points' | 'money' | 'veto' | 'flag';
  amount?: number;
  currency?: string;
  veto?: 'void' | 'cap';
  /** The grade a cap veto allows at best, as a label. */
  capGrade?: string;
  flag?: string;
}

export interface ReportNextGradeOption {
  name: string;
  /** Raise an indicator: from / to score, and the value (with unit) where the scorer can be inverted. */
  fromScore?: number;
  toScore?: number;
  fromValue?: number | null;
  toValue?: number;
  unit?: string;
  /** Or avoid a deduction worth these points. */
  avoidPoints?: number;
}

export interface ReportNextGrade {
  grade: ReportGrade;
  minimum: number;
  gap: number;
  /** The veto that keeps the grade from rising this period (its name). */
  blockedBy?: string;
  options: ReportNextGradeOption[];
}

export interface AppraisalReport {
  locale: Locale;
  subject: { index: number; id: string; name?: string };
  scorecard: { id: string; name: string; period?: string };
  scale: ChartScale;
  status: 'ok' | 'failed';
  /** Why no total could be computed (failed records). */
  failure?: string;
  total: number | null;
  totalBefore: number | null;
  /** Sum of the points rules added or deducted. */
  adjustment: number;
  money: number;
  grade: ReportGrade | null;
  rank: number | null;
  /** Share of the others this person is ahead of, 0–100. */
  percentile: number | null;
  /** Records ranked (failed records are not). */
  ranked: number;
  dimensions: ReportDimension[];
  indicators: ReportIndicator[];
  /** Points, money and flag rules that fired (vetoes are separate). */
  rules: ReportRule[];
  vetoes: ReportRule[];
  /** null for the best grade, a failed record, or a scorecard without grades. */
  nextGrade: ReportNextGrade | null;
  /** explainRecord's sentences: the summary read aloud in the interview. */
  sentences: string[];
}

export interface TeamGrade extends ReportGrade {
  count: number;
  /** count / graded records. */
  share: number;
  /** The forced distribution's target share (0..1), when one is configured. */
  target?: number;
}

export interface TeamIndicator {
  id: string;
  name: string;
  /** Mean score over the records that have one (and a total). */
  averageScore: number | null;
  /** Mean points of the total lost on it (absolute weight × (max − score)). */
  averageLost: number | null;
  absoluteWeight: number;
}

export interface TeamSummary {
  locale: Locale;
  scorecard: { id: string; name: string; period?: string };
  scale: ChartScale;
  count: number;
  failed: number;
  mean: number | null;
  min: number | null;
  max: number | null;
  grades: TeamGrade[];
  forced: boolean;
  /** The population's mean per dimension (`score` is left out: nobody's own). */
  dimensions: Omit<ReportDimension, 'score'>[];
  /** Best first by average score. */
  topIndicators: TeamIndicator[];
  /** Worst first by average score. */
  bottomIndicators: TeamIndicator[];
  /** Most points lost first. */
  mostLost: TeamIndicator[];
}
