// The policy's saved test cases, run on the page on every edit (a few records: cheaper than a
// worker round trip), as the Test Results panel and the Problems panel show them.
import { compilePolicyDocument } from '../../src/core/policy/evaluate-policy.ts';
import { runPolicyTests } from '../../src/core/policy/policy-tests.ts';
import type { LogicEngine } from '../../src/core/logic/types.ts';
import type { PolicyDocument } from '../../src/core/policy/types.ts';

export interface SavedTestResult {
  /** Position in the document's `tests` (for the pointer /tests/<index>). */
  index: number;
  name: string;
  outcome: 'passed' | 'failed' | 'errored';
  /** Every mismatch and failing rule, one per line, in the display language. */
  message?: string;
}

export function runSavedTests(document: PolicyDocument, locale: 'en' | 'zh-CN', engine: LogicEngine): SavedTestResult[] {
  const tests = document.tests ?? [];
  if (tests.length === 0) return [];
  let results;
  try {
    results = runPolicyTests(compilePolicyDocument(document, engine), tests);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return tests.map((t, index) => ({ index, name: t.name, outcome: 'errored', message }));
  }
  return results.map((r, index) => {
    if (r.passed) return { index, name: r.name, outcome: 'passed' };
    const lines = [...r.mismatches.map((m) => m.message[locale]), ...r.errors.map((e) => e.text[locale])];
    return { index, name: r.name, outcome: r.errors.length > 0 && r.mismatches.length === 0 ? 'errored' : 'failed', message: lines.join('\n') };
  });
}
