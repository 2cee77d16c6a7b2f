// Applying derived weights to a group of indicators: the children get the weights (out of 100,
// two decimals, summing to exactly 100) and the derivation is recorded in `config.weighting`, so
// an auditor can redo it. Returns a new configuration; the input is not changed.
import { type AhpResult, ahp } from '../weighting/ahp.ts';
import type { AhpMethod } from '../weighting/priority-vector.ts';
import type { RandomIndexTable } from '../weighting/random-index.ts';
import { criticWeights } from '../weighting/critic-weights.ts';
import { entropyWeights } from '../weighting/entropy-weights.ts';
import type { CriterionDirection } from '../weighting/decision-matrix.ts';
import { evaluate } from './evaluate.ts';
import { type IndicatorGroup, type IndicatorNode, type ScorecardConfig, type WeightDerivation, isGroup } from './types.ts';

/** Shares (any positive scale) as weights out of 100 with two decimals, summing to exactly 100 (largest remainder). */
export function toPercentWeights(shares: readonly number[]): number[] {
  const total = shares.reduce((s, x) => s + x, 0);
  if (!(total > 0)) throw new RangeError('the weights must have a positive sum');
  const hundredths = shares.map((x) => (x / total) * 10000);
  const floors = hundredths.map(Math.floor);
  let left = 10000 - floors.reduce((s, x) => s + x, 0);
  const order = hundredths.map((x, i) => [x - floors[i]!, i] as const).sort((a, b) => b[0] - a[0] || a[1] - b[1]);
  for (const [, i] of order) {
    if (left-- <= 0) break;
    floors[i]!++;
  }
  return floors.map((x) => x / 100);
}

function findGroup(root: IndicatorGroup, id: string): IndicatorGroup {
  const stack: IndicatorNode[] = [root];
  while (stack.length) {
    const node = stack.pop()!;
    if (node.id === id) {
      if (!isGroup(node)) throw new RangeError(`"${id}" is a leaf indicator; weights are derived for a group's children`);
      return node;
    }
    if (isGroup(node)) stack.push(...node.children);
  }
  throw new RangeError(`no indicator "${id}"`);
}

function applyWeights(config: ScorecardConfig, groupId: string, weights: readonly number[], derivation: WeightDerivation): ScorecardConfig {
  const next = structuredClone(config);
  const group = findGroup(next.root, groupId);
  const percent = toPercentWeights(weights);
  group.children.forEach((child, i) => { child.weight = percent[i]!; });
  next.weighting = [...(next.weighting ?? []).filter((d) => d.node !== groupId), derivation];
  return next;
}

/** Applies weights derived elsewhere (e.g. entropy or CRITIC computed in the designer) to the derivation's group, recording it. */
export function applyDerivedWeights(config: ScorecardConfig, derivation: Extract<WeightDerivation, { method: 'entropy' | 'critic' }>): ScorecardConfig {
  const group = findGroup(config.root, derivation.node);
  const ids = group.children.map((c) => c.id);
  if (ids.length !== derivation.items.length || ids.some((id, i) => derivation.items[i] !== id)) {
    throw new RangeError(`the derivation's items (${derivation.items.join(', ')}) are not the children of "${derivation.node}" (${ids.join(', ')})`);
  }
  return applyWeights(config, derivation.node, derivation.weights, derivation);
}

export interface AhpDerivationOptions {
  computation?: AhpMethod;
  riTable?: RandomIndexTable;
  threshold?: number;
}

/** AHP over a group's children (matrix rows in the children's order). The weights are applied even when inconsistent: check `result.consistent`. */
export function applyAhpWeights(config: ScorecardConfig, groupId: string, matrix: number[][], options: AhpDerivationOptions = {}): { config: ScorecardConfig; result: AhpResult } {
  const group = findGroup(config.root, groupId);
  const computation = options.computation ?? 'eigenvector';
  const riTable = options.riTable ?? 'saaty';
  const result = ahp(matrix, { method: computation, riTable, ...(options.threshold === undefined ? {} : { threshold: options.threshold }) });
  const derivation: WeightDerivation = {
    node: groupId, method: 'ahp', items: group.children.map((c) => c.id), matrix: matrix.map((row) => [...row]), computation, riTable,
    lambdaMax: result.lambdaMax, ci: result.ci, cr: result.cr,
  };
  return { config: applyWeights(config, groupId, result.weights, derivation), result };
}

/** Whether a leaf's raw value is better high (benefit) or low (cost), from its direction or its scorer. */
function directionOf(node: IndicatorNode): CriterionDirection {
  if (isGroup(node)) return 'benefit';
  if (node.direction) return node.direction === 'lower' ? 'cost' : 'benefit';
  const s = node.scorer;
  if (s.type === 'linear') return s.worst > s.best ? 'cost' : 'benefit';
  if (s.type === 'target') return (s.floor ?? 0) > s.target ? 'cost' : 'benefit';
  if (s.type === 'likert') return s.reverse ? 'cost' : 'benefit';
  return 'benefit';
}

export interface DataDerivationResult {
  config: ScorecardConfig;
  weights: number[];
  /** Records used, and those left out because a child had no value. */
  used: number;
  skipped: number;
}

/**
 * Entropy or CRITIC weights for a group's children from dataset records. A leaf child is measured
 * by its raw value (with its direction), a group child by its score; records where any child has
 * no value are left out (and counted).
 */
export function applyDataWeights(
  config: ScorecardConfig,
  groupId: string,
  method: 'entropy' | 'critic',
  records: readonly unknown[],
  options: { dataset?: string } = {},
): DataDerivationResult {
  const group = findGroup(config.root, groupId);
  const evaluation = evaluate(config, records);
  const K = evaluation.nodes.length;
  const columns = group.children.map((child) => {
    const k = evaluation.nodes.findIndex((n) => n.id === child.id);
    return { k, column: isGroup(child) ? evaluation.scores : evaluation.values };
  });
  const matrix: number[][] = [];
  for (let i = 0; i < records.length; i++) {
    const row = columns.map(({ k, column }) => column[i * K + k]!);
    if (row.every((x) => Number.isFinite(x))) matrix.push(row);
  }
  const directions = group.children.map(directionOf);
  const weights = method === 'entropy' ? entropyWeights(matrix, directions).weights : criticWeights(matrix, directions).weights;
  const derivation: WeightDerivation = {
    node: groupId, method, items: group.children.map((c) => c.id), weights: [...weights], records: matrix.length,
    ...(options.dataset === undefined ? {} : { dataset: options.dataset }),
  };
  return { config: applyWeights(config, groupId, weights, derivation), weights: [...weights], used: matrix.length, skipped: records.length - matrix.length };
}
