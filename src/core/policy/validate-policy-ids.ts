// Ids that results, tests and comparisons refer to must be unambiguous: two rules with one id would
// share a line in every report, and a "#" in a rule id would read as `<rule id>#<row id>`.
import { ProblemList, pointerOf } from '../scorecard/config-problems.ts';
import { type PolicyDocument, isTableRule } from './types.ts';

/** Reports the second and later uses of an id; `at` is the pointer of the i-th item's id. */
function checkUnique(ids: readonly string[], at: (index: number) => string, report: (pointer: string, id: string) => void): void {
  const seen = new Set<string>();
  ids.forEach((id, index) => {
    if (seen.has(id)) report(at(index), id);
    seen.add(id);
  });
}

export function checkPolicyIds(doc: PolicyDocument, problems: ProblemList): void {
  checkUnique((doc.fields ?? []).map((f) => f.key), (i) => pointerOf('/fields', i, 'key'), (pointer, key) =>
    problems.error(pointer, 'duplicate-field-key', `Field "${key}" is declared more than once.`, `字段“${key}”被重复声明。`));

  checkUnique(doc.rules.map((r) => r.id), (i) => pointerOf('/rules', i, 'id'), (pointer, id) =>
    problems.error(pointer, 'duplicate-rule-id', `Rule id "${id}" is used by more than one rule.`, `规则编号“${id}”被多条规则重复使用。`));

  doc.rules.forEach((rule, i) => {
    if (rule.id.includes('#')) {
      problems.error(pointerOf('/rules', i, 'id'), 'rule-id-hash', `Rule id "${rule.id}" contains "#", which results use to name a decision-table row (<rule id>#<row id>).`,
        `规则编号“${rule.id}”含有“#”；结果中用“#”表示决策表的行（<规则编号>#<行编号>）。`);
    }
    if (!isTableRule(rule)) return;
    const table = pointerOf('/rules', i, 'table');
    checkUnique(rule.table.rows.map((row) => row.id), (k) => pointerOf(table, 'rows', k, 'id'), (pointer, id) =>
      problems.error(pointer, 'duplicate-row-id', `Row id "${id}" is used by more than one row of decision table "${rule.id}".`,
        `行编号“${id}”在决策表“${rule.id}”中被多行重复使用。`));
    checkUnique(rule.table.inputs.map((input) => input.id), (k) => pointerOf(table, 'inputs', k, 'id'), (pointer, id) =>
      problems.error(pointer, 'duplicate-input-id', `Input id "${id}" is used by more than one column of decision table "${rule.id}".`,
        `输入编号“${id}”在决策表“${rule.id}”中被多列重复使用。`));
  });

  checkUnique((doc.tests ?? []).map((t) => t.id), (i) => pointerOf('/tests', i, 'id'), (pointer, id) =>
    problems.error(pointer, 'duplicate-test-id', `Test id "${id}" is used by more than one test case.`, `测试编号“${id}”被多个测试用例重复使用。`));
}
