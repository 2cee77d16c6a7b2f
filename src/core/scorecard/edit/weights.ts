// Weights as the designer shows and balances them: each group's sibling sum (the warning when it is
// not 100), each node's share of the total, and "Balance weights" that respects locked weights.
import { flattenTree } from '../flat-tree.ts';
import { num, quoted } from '../config-problems.ts';
import { type ScorecardConfig, isGroup } from '../types.ts';
import { apportion } from './apportion.ts';
import { type EditResult, applied, notFound, refuse } from './edit-result.ts';
import { locate, withChildren } from './tree-paths.ts';

/** How far from 100 a sibling sum may be before the designer warns (float noise only). */
export const SUM_TOLERANCE = 1e-9;

export interface SiblingSum {
  /** Sum of the children's weights. */
  sum: number;
  /** The group uses its children's weights in proportion, so the sum need not be 100. */
  normalize: boolean;
  /** The sum is 100 (within SUM_TOLERANCE), or the group normalises. */
  ok: boolean;
}

/** Per group id (in pre-order), the sum of its children's weights and whether it is acceptable. */
export function siblingSums(config: ScorecardConfig): Map<string, SiblingSum> {
  const out = new Map<string, SiblingSum>();
  const visit = (node: ScorecardConfig['root']): void => {
    const sum = node.children.reduce((s, c) => s + c.weight, 0);
    const normalize = node.normalize === true;
    if (!out.has(node.id)) out.set(node.id, { sum, normalize, ok: normalize || Math.abs(sum - 100) <= SUM_TOLERANCE });
    for (const child of node.children) if (isGroup(child)) visit(child);
  };
  visit(config.root);
  return out;
}

/**
 * Each node's share of the total in percent: the product of the local weights (as fractions of the
 * siblings' sum, negative weights counting as 0) from the root down. The root is 100 and, when every
 * group has a positive sum, the leaves add up to 100. Meaningful for weighted-sum trees, as in evaluate().
 */
export function absoluteWeights(config: ScorecardConfig): Map<string, number> {
  const out = new Map<string, number>();
  for (const node of flattenTree(config.root).nodes) if (!out.has(node.id)) out.set(node.id, node.absoluteWeight * 100);
  return out;
}

export type BalanceMode = 'equal' | 'proportional';

/**
 * Changes a group's unlocked children's weights so all children sum to 100, two decimals each.
 * equal: 100 minus the locked weights split equally; proportional: the unlocked weights scaled to
 * fill 100 minus the locked ones, keeping their ratios (equal when they are all 0). Locked weights
 * are never changed; when they are not whole hundredths, the remainder below 0.01 goes to the
 * largest new weight so the sum is still 100. Refused when every child is locked or the locked
 * weights exceed 100. Derivations are kept (see derivations.ts).
 */
export function balanceWeights(config: ScorecardConfig, groupId: string, mode: BalanceMode): EditResult {
  const at = locate(config.root, groupId);
  if (at === undefined) return notFound(groupId);
  const group = at.node;
  const name = quoted(group.name, group.id);
  if (!isGroup(group)) return refuse('not-a-group', `${name.en} has no children to balance.`, `${name['zh-CN']}没有可平衡权重的下级指标。`);
  const unlocked = group.children.flatMap((child, i) => (child.locked === true ? [] : [i]));
  if (unlocked.length === 0) {
    return refuse('all-locked', `Every weight under ${name.en} is locked; unlock one to balance them.`, `${name['zh-CN']}下所有权重都已锁定，请至少解锁一个后再平衡。`);
  }
  const locked = group.children.reduce((s, c) => (c.locked === true ? s + c.weight : s), 0);
  const room = 100 - locked;
  if (room < -SUM_TOLERANCE) {
    return refuse('locked-over-100', `The locked weights under ${name.en} already add up to ${num(locked)}, more than 100; unlock or lower some of them.`,
      `${name['zh-CN']}下已锁定的权重合计为 ${num(locked)}，超过 100；请解锁或调低其中一些。`);
  }
  const weights = newWeights(unlocked.map((i) => group.children[i]!.weight), Math.max(0, room), mode);
  const byIndex = new Map(unlocked.map((i, j) => [i, weights[j]!]));
  if (group.children.every((c, i) => !byIndex.has(i) || c.weight === byIndex.get(i))) return applied(config, groupId);
  const root = withChildren(config.root, at.path, (children) => children.map((c, i) => {
    const weight = byIndex.get(i);
    return weight === undefined || weight === c.weight ? c : { ...c, weight };
  }));
  return applied({ ...config, root }, groupId);
}

/** The unlocked weights filling `room` (≥ 0), in hundredths that add up, plus any sub-hundredth remainder. */
function newWeights(current: readonly number[], room: number, mode: BalanceMode): number[] {
  const units = Math.floor(room * 100 + 1e-6);
  const positive = current.map((w) => Math.max(0, w));
  const shares = mode === 'proportional' && positive.some((w) => w > 0) ? positive : current.map(() => 1);
  const weights = units > 0 ? apportion(shares, units).map((u) => u / 100) : current.map(() => 0);
  const remainder = room - units / 100;
  if (remainder > SUM_TOLERANCE) {
    const largest = weights.reduce((best, w, i) => (w > weights[best]! ? i : best), 0);
    weights[largest] = weights[largest]! + remainder;
  }
  return weights;
}
