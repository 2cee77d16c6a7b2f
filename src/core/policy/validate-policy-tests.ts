// Saved test cases that can never pass, or never fail, are worse than none: an expectation naming a
// rule that does not exist passes vacuously ("must not fire"), or fails for a reason the author
// cannot see ("must fire"), and contradictory expectations can never be met.
import { ProblemList, pointerOf } from '../scorecard/config-problems.ts';
import { type PolicyDocument, isTableRule } from './types.ts';

/** Every id an expectation may name: rule ids, and `<rule id>#<row id>` for decision-table rows. */
function nameableIds(doc: PolicyDocument): Set<string> {
  const ids = new Set<string>();
  for (const rule of doc.rules) {
    ids.add(rule.id);
    if (isTableRule(rule)) for (const row of rule.table.rows) ids.add(`${rule.id}#${row.id}`);
  }
  return ids;
}

export function checkPolicyTests(doc: PolicyDocument, problems: ProblemList): void {
  const ids = nameableIds(doc);
  (doc.tests ?? []).forEach((test, t) => {
    const at = pointerOf('/tests', t, 'expect');
    const { expect } = test;
    for (const key of ['fired', 'notFired'] as const) {
      (expect[key] ?? []).forEach((id, k) => {
        if (ids.has(id)) return;
        problems.warning(pointerOf(at, key, k), 'test-unknown-rule', `Test "${test.name}" names rule "${id}", which does not exist.`,
          `测试“${test.name}”引用的规则“${id}”不存在。`);
      });
    }
    const mustNot = new Set(expect.notFired ?? []);
    (expect.fired ?? []).forEach((id, k) => {
      if (!mustNot.has(id)) return;
      problems.error(pointerOf(at, 'fired', k), 'test-contradiction', `Test "${test.name}" expects rule "${id}" both to fire and not to fire.`,
        `测试“${test.name}”同时要求规则“${id}”触发和不触发。`);
    });
    if (expect.capGrade !== undefined && expect.veto !== undefined && expect.veto !== 'cap') {
      problems.error(pointerOf(at, 'capGrade'), 'test-contradiction', `Test "${test.name}" expects a grade cap ("capGrade") but a veto of "${expect.veto}".`,
        `测试“${test.name}”要求等级封顶（capGrade），但要求的否决结果为“${expect.veto}”。`);
    }
  });
}
