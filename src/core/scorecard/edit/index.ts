// The scorecard designer's pure edits: tree edits by node id, weights (sums, shares, balancing),
// pointers ↔ node ids for the Problems panel, and the fields a scorecard reads. Every edit returns
// a new configuration or a bilingual refusal; none changes its input.
export { addChild, isValidWeight, remove, rename, setWeight, toggleLock } from './tree-edits.ts';
export type { AddChildOptions } from './tree-edits.ts';
export { moveNode } from './move-node.ts';
export { updateNode } from './update-node.ts';
export { duplicate } from './duplicate-node.ts';
export type { DuplicateOptions } from './duplicate-node.ts';
export { convertToGroup, convertToLeaf } from './convert-node.ts';
export type { EditApplied, EditRefusalCode, EditRefused, EditResult } from './edit-result.ts';
export { staleDerivations } from './derivations.ts';
export { SUM_TOLERANCE, absoluteWeights, balanceWeights, siblingSums } from './weights.ts';
export type { BalanceMode, SiblingSum } from './weights.ts';
export { nodeAtPointer, pointerOfNode } from './node-pointers.ts';
export type { PointerTarget } from './node-pointers.ts';
export { declaredFieldsFor, fieldsReadByScorecard, sampleFieldsFor } from './fields-read.ts';
