// Decision tables in validation: the table analysis (cell types, overlaps the hit policy forbids,
// gaps, rows that can never fire) reported at pointers into the document, so the Problems panel
// and the JSON view show them next to everything else.
import type { ProblemList } from '../scorecard/config-problems.ts';
import { analyzeDecisionTable } from './decision-table/analyze-table.ts';
import { type PolicyDocument, isTableRule } from './types.ts';

/** Codes the id pass reports already (two passes would say the same thing twice). */
const REPORTED_BY_ID_PASS = new Set(['duplicate-row-id', 'duplicate-input-id']);

export function checkPolicyTables(policy: PolicyDocument, problems: ProblemList): void {
  policy.rules.forEach((rule, i) => {
    if (!isTableRule(rule) || rule.enabled === false) return;
    const base = `/rules/${i}/table`;
    const analysis = analyzeDecisionTable(rule.table);
    const findings = [
      ...analysis.problems.filter((p) => !REPORTED_BY_ID_PASS.has(p.code)).map((p) => ({ ...p, code: `table-${p.code}` })),
      ...analysis.overlaps.map((o) => ({ ...o, code: 'table-overlap' })),
      ...analysis.gaps.map((g) => ({ ...g, code: 'table-gap' })),
    ];
    for (const f of findings) problems.items.push({ pointer: `${base}${f.pointer}`, severity: f.severity, code: f.code, message: { en: f.message.en, 'zh-CN': f.message['zh-CN'] } });
  });
}
