// "Why did this record get its result": explanations built on traces (see explain.ts).
export { compileExplainer, explainLogic } from './explain.ts';
export type { Bilingual, ExplainOptions, ExplainedItem, Explainer, Explanation, FailingLeaf, FieldLabels } from './types.ts';
