// What every designer edit returns: the new configuration (the input is never changed), or a
// refusal the UI can show as it is, in both shipped languages, instead of an exception.
import type { BilingualMessage } from '../config-problems.ts';
import type { ScorecardConfig, WeightDerivation } from '../types.ts';

export type EditRefusalCode =
  | 'not-found'
  | 'root'
  | 'parent-is-leaf'
  | 'into-own-subtree'
  | 'last-child'
  | 'id-taken'
  | 'bad-weight'
  | 'empty-name'
  | 'already-group'
  | 'not-collapsible'
  | 'not-a-group'
  | 'all-locked'
  | 'structural-change'
  | 'locked-over-100';

export interface EditApplied {
  ok: true;
  /** The edited configuration; the same object as the input when the edit changed nothing. */
  config: ScorecardConfig;
  /** The node for the UI to select next: the new node (addChild, duplicate), the removed node's parent (remove), else the edited node. */
  nodeId: string;
  /**
   * Weight derivations removed because the group they explain lost or gained children or was
   * removed (see derivations.ts); the UI can say so, and undo brings them back.
   */
  dropped: WeightDerivation[];
}

export interface EditRefused {
  ok: false;
  code: EditRefusalCode;
  reason: BilingualMessage;
}

export type EditResult = EditApplied | EditRefused;

export function refuse(code: EditRefusalCode, en: string, zh: string): EditRefused {
  return { ok: false, code, reason: { en, 'zh-CN': zh } };
}

export function applied(config: ScorecardConfig, nodeId: string, dropped: WeightDerivation[] = []): EditApplied {
  return { ok: true, config, nodeId, dropped };
}

export function notFound(id: string): EditRefused {
  return refuse('not-found', `There is no indicator "${id}".`, `不存在指标“${id}”。`);
}
