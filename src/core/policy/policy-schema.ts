// schemas/policy.schema.json as data, for Monaco's completion and hovers in the policy JSON editor.
// Kept out of validate-policy.ts: validation uses the generated code and needs no schema at run time.
import policySchema from '../../../schemas/policy.schema.json' with { type: 'json' };

export { policySchema };
