// Keeping `config.weighting` true to the tree while it is edited.
//
// A derivation by AHP, entropy or CRITIC lists the group's children as its items; once the group
// gains or loses a child it can no longer be redone over the same items, and validateConfig would
// report it as an error (weighting-items). Such edits therefore drop it (the edit result lists what
// was dropped, and undo restores it). A "direct" derivation names no items and stays true.
// Removing a group drops every derivation of it, since it would name a missing node.
//
// Editing weights only (setWeight, balanceWeights) keeps the derivation: it still documents how the
// weights were first obtained and holds the AHP matrix the user may want to revise and apply again.
// validateConfig then reports it as out of date (weights-differ-from-derivation, a warning), and
// staleDerivations() lists those groups, so the designer can mark them stale.
import { ProblemList } from '../config-problems.ts';
import type { ScorecardConfig, WeightDerivation } from '../types.ts';
import { checkWeighting } from '../validate-weighting.ts';
import { indexTree } from '../validate-tree.ts';

export interface DerivationUpdate {
  config: ScorecardConfig;
  dropped: WeightDerivation[];
}

function dropWhere(config: ScorecardConfig, drop: (derivation: WeightDerivation) => boolean): DerivationUpdate {
  const all = config.weighting;
  if (all === undefined) return { config, dropped: [] };
  const dropped = all.filter(drop);
  if (dropped.length === 0) return { config, dropped };
  return { config: { ...config, weighting: all.filter((d) => !drop(d)) }, dropped };
}

/** The groups' children changed: their item-based derivations no longer fit. */
export function afterChildrenChanged(config: ScorecardConfig, groupIds: readonly string[]): DerivationUpdate {
  return dropWhere(config, (d) => d.method !== 'direct' && groupIds.includes(d.node));
}

/** The nodes are gone (or are no longer groups): nothing can be derived for them. */
export function afterNodesRemoved(config: ScorecardConfig, nodeIds: ReadonlySet<string>): DerivationUpdate {
  return dropWhere(config, (d) => nodeIds.has(d.node));
}

/** Derivations of groups that were copied, renamed to the copies' ids (a duplicated subtree keeps its weights' audit trail). */
export function copiedDerivations(config: ScorecardConfig, newIds: ReadonlyMap<string, string>): WeightDerivation[] {
  const rename = (id: string): string => newIds.get(id) ?? id;
  const out: WeightDerivation[] = [];
  for (const d of config.weighting ?? []) {
    const node = newIds.get(d.node);
    if (node === undefined) continue;
    const copy = structuredClone(d);
    copy.node = node;
    if (copy.method !== 'direct') copy.items = copy.items.map(rename);
    out.push(copy);
  }
  return out;
}

const STALE_CODES = new Set(['weights-differ-from-derivation', 'weighting-items']);

/**
 * Groups whose recorded derivation no longer explains their children's weights, as validateConfig
 * judges it (same tolerance, same checks), in the order of `config.weighting`.
 */
export function staleDerivations(config: ScorecardConfig): string[] {
  const derivations = config.weighting ?? [];
  if (derivations.length === 0) return [];
  const problems = new ProblemList();
  checkWeighting(derivations, indexTree(config.root).byId, problems);
  const stale = new Set<string>();
  for (const problem of problems.items) {
    if (!STALE_CODES.has(problem.code)) continue;
    const index = /^\/weighting\/(\d+)/.exec(problem.pointer);
    const derivation = index === null ? undefined : derivations[Number(index[1])];
    if (derivation !== undefined) stale.add(derivation.node);
  }
  return [...stale];
}
