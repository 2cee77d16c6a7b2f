// What importing a configuration file would do, worked out before anything is written: the JSON is
// parsed and validated exactly as validateConfig does (migration of older versions, refusal of later
// ones, schema, meaning), and a preview says what the scorecard holds.
import type { LocalizedText } from '../../src/core/localized-text.ts';
import { readVersion } from '../../src/core/scorecard/migrate.ts';
import { type IndicatorNode, type ScorecardConfig, isGroup } from '../../src/core/scorecard/types.ts';
import { type ConfigProblem, validateConfig } from '../../src/core/scorecard/validate.ts';

/** Larger files are refused unread: a scorecard configuration is a few hundred kilobytes at most. */
export const MAX_IMPORT_CHARS = 10 * 1024 * 1024;

export interface TreeLevelNode {
  id: string;
  name: LocalizedText;
  weight: number;
  /** Leaves below it (itself, for a leaf). */
  indicators: number;
  children: TreeLevelNode[];
}

export interface ConfigPreview {
  id: string;
  name: LocalizedText;
  version: number;
  fields: number;
  /** Leaf indicators. */
  indicators: number;
  groups: number;
  policies: number;
  grades: number;
  /** The root and its children with theirs: the tree's top levels. */
  root: TreeLevelNode;
}

export interface ImportAnalysis {
  /** The file is not JSON (the parser's message), or too large: nothing else was checked. */
  unreadable?: { reason: 'not-json'; detail: string } | { reason: 'too-large'; chars: number };
  problems: ConfigProblem[];
  /** No error: creating the scorecard is allowed. */
  valid: boolean;
  /** The configuration to store (migrated, without `$schema`), when it has the schema's shape. */
  config?: ScorecardConfig;
  preview?: ConfigPreview;
  /** The version the file declares, when it differs from the one stored (an older file was migrated). */
  migratedFrom?: number;
}

function leaves(node: IndicatorNode): number {
  return isGroup(node) ? node.children.reduce((n, c) => n + leaves(c), 0) : 1;
}

function groups(node: IndicatorNode): number {
  return isGroup(node) ? 1 + node.children.reduce((n, c) => n + groups(c), 0) : 0;
}

function level(node: IndicatorNode, depth: number): TreeLevelNode {
  const children = depth > 0 && isGroup(node) ? node.children.map((c) => level(c, depth - 1)) : [];
  return { id: node.id, name: node.name, weight: node.weight, indicators: leaves(node), children };
}

export function previewOf(config: ScorecardConfig): ConfigPreview {
  return {
    id: config.id,
    name: config.name,
    version: config.version,
    fields: config.fields.length,
    indicators: leaves(config.root),
    groups: groups(config.root),
    policies: config.policies?.length ?? 0,
    grades: config.grades.bands.length,
    root: level(config.root, 2),
  };
}

export function analyzeImport(text: string): ImportAnalysis {
  if (text.length > MAX_IMPORT_CHARS) return { unreadable: { reason: 'too-large', chars: text.length }, problems: [], valid: false };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return { unreadable: { reason: 'not-json', detail: error instanceof Error ? error.message : String(error) }, problems: [], valid: false };
  }
  const report = validateConfig(parsed);
  if (!report.config) return { problems: report.problems, valid: false };
  // `$schema` is what an export adds for editors; the stored document does without it.
  const { $schema: _schema, ...config } = report.config;
  const declared = readVersion(parsed);
  return {
    problems: report.problems,
    valid: report.valid,
    config,
    preview: previewOf(config),
    ...(typeof declared === 'number' && declared !== config.version ? { migratedFrom: declared } : {}),
  };
}
