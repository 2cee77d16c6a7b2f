// The visual rule builder's core: the model (types.ts), the exact JSON-logic mapping, the operator
// palette, immutable tree edits, starting nodes and one-sentence rule summaries. Pure TS, no DOM.
export type { ArithOp, BuilderCondition, BuilderExpr, CompareOp, FieldInfo, RawNode } from './types.ts';
export { fromBuilderCondition, fromBuilderExpr, toBuilderCondition, toBuilderExpr } from './mapping.ts';
export type { MappingOptions } from './mapping.ts';
export { catalogOf, createOperatorCatalog } from './operator-catalog.ts';
export type {
  ArgumentKind, BilingualText, BuilderFieldType, CatalogArgument, CatalogOperator, OperatorCatalog, OperatorGroup, OperatorNodeKind,
  SingleArgumentForm,
} from './operator-catalog.ts';
export {
  COUNTED_ITEM_PATH, countedItemField, defaultValue, fieldExpr, literal, newArithExpr, newCallExpr, newCondition, newConditionFor, newCountExpr, newGroup,
  newIfExpr,
} from './new-nodes.ts';
export type { NewNodeOptions } from './new-nodes.ts';
export {
  childrenOf, duplicateAt, getAt, insertAt, isGroupChild, moveDownTarget, moveNode, moveUpTarget, pathAfterMove, removeAt,
  replaceAt, setCombinator, unwrap, updateAt, wrapInGroup,
} from './edits.ts';
export type { Combinator, Path } from './edits.ts';
export { summarizeRule } from './summary.ts';
export { fieldInfoOf } from './field-info.ts';
export type { SummaryOptions } from './summary.ts';
