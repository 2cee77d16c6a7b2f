// validatePolicyDocument: everything wrong with a policy document, located by JSON pointer and worded
// in both shipped languages, for the Problems panel, Monaco markers and the CLI. The passes run in
// order, each only when the previous one leaves a document it can trust: object graph (cycles,
// non-JSON values) → JSON Schema (schemas/policy.schema.json) → ids → rules → decision tables → test cases.
import { DEFAULT_ENGINE } from '../logic/engine.ts';
import type { LogicEngine } from '../logic/types.ts';
import { type ConfigProblem, ProblemList, pointerOf } from '../scorecard/config-problems.ts';
import type { FieldDef } from '../scorecard/types.ts';
import { checkListItems } from '../scorecard/validate-fields.ts';
import { checkJsonGraph } from '../scorecard/validate-graph.ts';
import { type SchemaWording, checkSchemaWith } from '../scorecard/validate-schema.ts';
import { validate as policySchemaValidator } from './generated/policy-validator.js';
import type { PolicyDocument } from './types.ts';
import { checkPolicyIds } from './validate-policy-ids.ts';
import { checkPolicyLogic } from './validate-policy-logic.ts';
import { checkPolicyTables } from './validate-policy-tables.ts';
import { checkPolicyTests } from './validate-policy-tests.ts';

/** The scorecard's problem shape: pointer, severity, stable code, message in English and Chinese. */
export type PolicyProblem = ConfigProblem;

export interface ValidatePolicyOptions {
  /** The engine the rules will run on (its plugin operators compile). Default: built-ins and date/time operators. */
  engine?: LogicEngine;
  /** More known fields (e.g. the chosen dataset's), besides the document's own `fields`. */
  fields?: readonly FieldDef[];
}

const POLICY_WORDING: SchemaWording = {
  document: { en: 'The policy document', 'zh-CN': '规则集文档' },
  format: { en: 'the policy format', 'zh-CN': '规则集格式' },
};

/** Never throws on bad input: every finding comes back as a problem. */
export function validatePolicyDocument(doc: unknown, options: ValidatePolicyOptions = {}): PolicyProblem[] {
  // Sharing one object in two places changes nothing in the JSON a policy is saved as.
  const graph = checkJsonGraph(doc).items.filter((p) => p.code !== 'shared-reference');
  if (graph.length > 0) return graph;
  const schema = checkSchemaWith(policySchemaValidator, doc, POLICY_WORDING);
  if (schema.items.length > 0) return schema.items;
  const policy = doc as PolicyDocument;
  const problems = new ProblemList();
  checkPolicyIds(policy, problems);
  (policy.fields ?? []).forEach((field, i) => checkListItems(field, pointerOf('/fields', i), problems));
  checkPolicyLogic(policy, problems, { engine: options.engine ?? DEFAULT_ENGINE, fields: options.fields });
  checkPolicyTables(policy, problems);
  checkPolicyTests(policy, problems);
  return problems.items;
}
