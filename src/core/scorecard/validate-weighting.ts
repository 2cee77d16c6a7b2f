// Weight derivations are kept so an auditor can redo them; one that names a missing group, or
// items that are not exactly that group's children, can no longer be redone.
import { ahp } from '../weighting/ahp.ts';
import { validatePairwiseMatrix } from '../weighting/pairwise-matrix.ts';
import { resolveLocalized } from '../localized-text.ts';
import { ProblemList, pointerOf, quoted } from './config-problems.ts';
import { type IndicatorGroup, type IndicatorNode, type WeightDerivation, isGroup } from './types.ts';

/** Derived weights more than half a point away from the children's weights (out of 100) are out of date. */
const WEIGHT_TOLERANCE = 0.5;

export function checkWeighting(derivations: readonly WeightDerivation[], nodes: ReadonlyMap<string, IndicatorNode>, problems: ProblemList): void {
  const derived = new Set<string>();
  derivations.forEach((derivation, i) => {
    const at = pointerOf('/weighting', i);
    const node = nodes.get(derivation.node);
    if (derived.has(derivation.node)) {
      problems.warning(pointerOf(at, 'node'), 'weighting-duplicate', `The weights of "${derivation.node}" are derived more than once; only one derivation can be current.`,
        `“${derivation.node}”的权重有多条推导记录，只能有一条有效。`);
    }
    derived.add(derivation.node);
    if (node === undefined || !isGroup(node)) {
      const why = node === undefined ? { en: 'there is no indicator with that id', zh: '不存在该编号的指标' } : { en: 'it is a leaf indicator without children', zh: '它是没有下级指标的末级指标' };
      problems.error(pointerOf(at, 'node'), 'weighting-node', `This weight derivation is for "${derivation.node}", but ${why.en}; it must name a group of indicators.`,
        `该权重推导针对“${derivation.node}”，但${why.zh}；权重推导必须针对含有下级指标的指标组。`);
      return;
    }
    if (derivation.method === 'direct') return;
    const children = node.children.map((child) => child.id);
    const items = derivation.items;
    const exact = items.length === children.length && new Set(items).size === items.length && items.every((id) => children.includes(id));
    if (!exact) {
      const name = quoted(node.name, node.id);
      problems.error(pointerOf(at, 'items'), 'weighting-items',
        `The items of this derivation (${items.join(', ')}) must be exactly the children of ${name.en}: ${children.join(', ')}.`,
        `该权重推导的比较项（${items.join('、')}）必须恰好是${name['zh-CN']}的下级指标：${children.join('、')}。`);
    }
    const n = items.length;
    if (derivation.method === 'ahp') {
      if (derivation.matrix.length !== n || derivation.matrix.some((row) => row.length !== n)) {
        problems.error(pointerOf(at, 'matrix'), 'ahp-matrix', `The AHP judgment matrix must be square, ${n} × ${n}, one row and one column per item.`,
          `层次分析法（AHP）判断矩阵必须是 ${n} × ${n} 的方阵，每个比较项对应一行一列。`);
        return;
      }
      const matrixProblems = validatePairwiseMatrix(derivation.matrix);
      if (matrixProblems.length > 0) {
        for (const p of matrixProblems) {
          const cell = p.row === null ? pointerOf(at, 'matrix') : p.column === null ? pointerOf(at, 'matrix', p.row) : pointerOf(at, 'matrix', p.row, p.column);
          problems.error(cell, 'ahp-matrix', resolveLocalized(p.message, 'en'), resolveLocalized(p.message, 'zh-CN'));
        }
        return;
      }
      const result = ahp(derivation.matrix, { method: derivation.computation, riTable: derivation.riTable });
      if (!result.consistent) {
        const cr = result.cr.toFixed(3);
        problems.warning(pointerOf(at, 'matrix'), 'ahp-inconsistent',
          `The AHP judgments are inconsistent (CR = ${cr}, must be below 0.10); revise the judgments before relying on these weights.`,
          `层次分析法判断矩阵一致性检验未通过（CR = ${cr}，应小于 0.10），请修改判断后再使用这些权重。`);
      }
      if (exact) checkDerivedWeights(node, items, result.weights, at, problems);
    } else if (derivation.weights.length !== n) {
      problems.error(pointerOf(at, 'weights'), 'weighting-weights', `There are ${derivation.weights.length} weights for ${n} items; give one weight per item.`,
        `共有 ${n} 个比较项，却有 ${derivation.weights.length} 个权重，每个比较项须对应一个权重。`);
    } else if (exact) checkDerivedWeights(node, items, derivation.weights, at, problems);
  });
}

/** The children's weights should be the derived ones (as shares of the siblings' sum); otherwise the record no longer explains them. */
function checkDerivedWeights(node: IndicatorGroup, items: readonly string[], derived: readonly number[], at: string, problems: ProblemList): void {
  const sum = node.children.reduce((s, c) => s + c.weight, 0);
  const derivedSum = derived.reduce((s, w) => s + w, 0);
  if (!(sum > 0) || !(derivedSum > 0)) return;
  const off = items.filter((id, i) => {
    const child = node.children.find((c) => c.id === id)!;
    return Math.abs((100 * child.weight) / sum - (100 * derived[i]!) / derivedSum) > WEIGHT_TOLERANCE;
  });
  if (off.length === 0) return;
  problems.warning(at, 'weights-differ-from-derivation',
    `The weights of ${off.join(', ')} differ from the ones this derivation gives; apply the derived weights again or record the change.`,
    `${off.join('、')}的权重与该推导得出的权重不一致；请重新应用推导出的权重，或记录所作的调整。`);
}
