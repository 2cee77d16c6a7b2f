// Saved test cases run against a compiled policy document: each record's outcome compared with what
// the test expects, every mismatch listed with the expected and actual values, in both languages.
// A rule failing on a test's record fails the test too: the rule was silently skipped, so whatever
// the outcome, it is not the one the author wrote.
import { type BilingualMessage, num, quoted } from '../scorecard/config-problems.ts';
import type { CompiledPolicyDocument } from './compile-policy-document.ts';
import { outcomeOf } from './evaluate-policy.ts';
import type { ExpectedOutcome, PolicyOutcome, PolicyTestCase } from './types.ts';

export type ExpectationKey = keyof ExpectedOutcome;

export interface PolicyTestMismatch {
  check: ExpectationKey;
  expected: unknown;
  actual: unknown;
  message: BilingualMessage;
}

export interface PolicyTestError {
  /** The expanded policy that failed. */
  rule: string;
  message: string;
  text: BilingualMessage;
}

export interface PolicyTestResult {
  id: string;
  name: string;
  passed: boolean;
  outcome: PolicyOutcome;
  mismatches: PolicyTestMismatch[];
  errors: PolicyTestError[];
  /** One line: "passed", or how many expectations failed and how many rules failed. */
  summary: BilingualMessage;
}

const TOLERANCE = 1e-9;

function list(ids: readonly string[], zh: boolean): string {
  if (ids.length === 0) return zh ? '无' : 'none';
  return ids.map((id) => (zh ? `“${id}”` : `"${id}"`)).join(zh ? '、' : ', ');
}

/** Names a rule by its name when the document has one: managers know "Late arrivals", not "r3". */
function ruleNamer(compiled: CompiledPolicyDocument): (id: string) => BilingualMessage {
  const names = new Map<string, BilingualMessage>();
  for (const rule of compiled.document.rules) names.set(rule.id, quoted(rule.name, rule.id));
  return (id) => {
    const hash = id.indexOf('#');
    const rule = names.get(hash < 0 ? id : id.slice(0, hash));
    if (rule === undefined) return { en: `"${id}"`, 'zh-CN': `“${id}”` };
    return hash < 0 ? rule : { en: `${rule.en} row "${id.slice(hash + 1)}"`, 'zh-CN': `${rule['zh-CN']}的“${id.slice(hash + 1)}”行` };
  };
}

/** An expectation's id matches an expanded policy by its own id, or by its rule's (any row of a table). */
function firedMatching(compiled: CompiledPolicyDocument, outcome: PolicyOutcome, id: string): boolean {
  return outcome.fired.some((fired) => fired === id || compiled.policies.find((p) => p.id === fired)?.ruleId === id);
}

const VETO_WORDS: Record<PolicyOutcome['veto'], BilingualMessage> = {
  none: { en: 'no veto', 'zh-CN': '无否决' },
  void: { en: 'void (appraisal voided)', 'zh-CN': '否决（考核作废）' },
  cap: { en: 'grade cap', 'zh-CN': '等级封顶' },
};

function compare(compiled: CompiledPolicyDocument, expect: ExpectedOutcome, outcome: PolicyOutcome): PolicyTestMismatch[] {
  const out: PolicyTestMismatch[] = [];
  const name = ruleNamer(compiled);
  const add = (check: ExpectationKey, expected: unknown, actual: unknown, en: string, zh: string): void => {
    out.push({ check, expected, actual, message: { en, 'zh-CN': zh } });
  };
  for (const id of expect.fired ?? []) {
    if (firedMatching(compiled, outcome, id)) continue;
    const n = name(id);
    add('fired', id, outcome.fired, `Rule ${n.en} should fire but did not (fired: ${list(outcome.fired, false)}).`,
      `规则${n['zh-CN']}应触发但未触发（已触发：${list(outcome.fired, true)}）。`);
  }
  for (const id of expect.notFired ?? []) {
    if (!firedMatching(compiled, outcome, id)) continue;
    const n = name(id);
    add('notFired', id, outcome.fired, `Rule ${n.en} should not fire but did.`, `规则${n['zh-CN']}不应触发但触发了。`);
  }
  const amounts = [['points', 'Points', '加扣分'], ['money', 'Money', '金额']] as const;
  for (const [key, en, zh] of amounts) {
    const expected = expect[key];
    if (expected === undefined || Math.abs(outcome[key] - expected) <= TOLERANCE) continue;
    add(key, expected, outcome[key], `${en}: expected ${num(expected)}, got ${num(outcome[key])}.`, `${zh}：期望 ${num(expected)}，实际 ${num(outcome[key])}。`);
  }
  if (expect.flags !== undefined) {
    const want = [...new Set(expect.flags)].sort();
    const got = [...new Set(outcome.flags)].sort();
    if (want.join('\u0000') !== got.join('\u0000')) {
      add('flags', expect.flags, outcome.flags, `Flags: expected ${list(want, false)}, got ${list(got, false)}.`, `标记：期望 ${list(want, true)}，实际 ${list(got, true)}。`);
    }
  }
  if (expect.veto !== undefined && expect.veto !== outcome.veto) {
    const w = VETO_WORDS[expect.veto];
    const g = VETO_WORDS[outcome.veto];
    add('veto', expect.veto, outcome.veto, `Veto: expected ${w.en}, got ${g.en}.`, `否决：期望${w['zh-CN']}，实际${g['zh-CN']}。`);
  }
  if (expect.capGrade !== undefined && !outcome.capGrades.includes(expect.capGrade)) {
    add('capGrade', expect.capGrade, outcome.capGrades, `Grade cap: expected "${expect.capGrade}", got ${list(outcome.capGrades, false)}.`,
      `等级封顶：期望“${expect.capGrade}”，实际 ${list(outcome.capGrades, true)}。`);
  }
  return out;
}

function summary(mismatches: number, errors: number): BilingualMessage {
  if (mismatches === 0 && errors === 0) return { en: 'Passed.', 'zh-CN': '通过。' };
  const en: string[] = [];
  const zh: string[] = [];
  if (mismatches > 0) {
    en.push(`${mismatches} expectation${mismatches === 1 ? '' : 's'} not met`);
    zh.push(`${mismatches} 项期望未满足`);
  }
  if (errors > 0) {
    en.push(`${errors} rule${errors === 1 ? '' : 's'} failed on the record`);
    zh.push(`${errors} 条规则在该记录上出错`);
  }
  return { en: `Failed: ${en.join('; ')}.`, 'zh-CN': `未通过：${zh.join('；')}。` };
}

export function runPolicyTest(compiled: CompiledPolicyDocument, test: PolicyTestCase): PolicyTestResult {
  const outcome = outcomeOf(compiled, test.record);
  const mismatches = compare(compiled, test.expect, outcome);
  const name = ruleNamer(compiled);
  const errors = outcome.errors.map(({ rule, message }): PolicyTestError => {
    const n = name(rule);
    return { rule, message, text: { en: `Rule ${n.en} failed on this record and was skipped: ${message}`, 'zh-CN': `规则${n['zh-CN']}在该记录上出错，已跳过：${message}` } };
  });
  return { id: test.id, name: test.name, passed: mismatches.length === 0 && errors.length === 0, outcome, mismatches, errors, summary: summary(mismatches.length, errors.length) };
}

export function runPolicyTests(compiled: CompiledPolicyDocument, tests: readonly PolicyTestCase[]): PolicyTestResult[] {
  return tests.map((test) => runPolicyTest(compiled, test));
}
