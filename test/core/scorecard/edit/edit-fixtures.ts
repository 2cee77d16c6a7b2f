// Shared by the designer-edit tests: the call-centre fixture frozen deep (an edit that writes into
// its input throws), and small helpers to read results.
import { readFileSync } from 'node:fs';
import { expect } from 'vitest';
import type { EditResult, EditApplied } from '../../../../src/core/scorecard/edit/edit-result.ts';
import { type IndicatorGroup, type IndicatorNode, type ScorecardConfig, isGroup } from '../../../../src/core/scorecard/types.ts';
import { validateConfig } from '../../../../src/core/scorecard/validate.ts';

export function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value as object)) deepFreeze(child);
  }
  return value;
}

const FIXTURE = readFileSync(new URL('../../../fixtures/scorecard/call-centre.json', import.meta.url), 'utf8');

/** A fresh, deep-frozen copy of test/fixtures/scorecard/call-centre.json. */
export function callCentre(): ScorecardConfig {
  return deepFreeze(JSON.parse(FIXTURE) as ScorecardConfig);
}

export function ok(result: EditResult): EditApplied {
  if (!result.ok) expect.fail(`edit refused: ${result.code}: ${result.reason.en}`);
  return result;
}

export function refusal(result: EditResult): string {
  if (result.ok) expect.fail('edit applied, expected a refusal');
  expect(result.reason.en.length).toBeGreaterThan(0);
  expect(result.reason['zh-CN'].length).toBeGreaterThan(0);
  return result.code;
}

export function find(root: IndicatorGroup, id: string): IndicatorNode | undefined {
  if (root.id === id) return root;
  for (const child of root.children) {
    if (child.id === id) return child;
    if (isGroup(child)) {
      const found = find(child, id);
      if (found) return found;
    }
  }
  return undefined;
}

export function group(root: IndicatorGroup, id: string): IndicatorGroup {
  const node = find(root, id);
  if (node === undefined || !isGroup(node)) return expect.fail(`no group ${id}`);
  return node;
}

export function childIds(root: IndicatorGroup, id: string): string[] {
  return group(root, id).children.map((c) => c.id);
}

export function allIds(node: IndicatorNode, into: string[] = []): string[] {
  into.push(node.id);
  if (isGroup(node)) for (const child of node.children) allIds(child, into);
  return into;
}

/** Problems of severity error (warnings allowed), as codes at pointers. */
export function errors(config: ScorecardConfig): string[] {
  return validateConfig(config).problems.filter((p) => p.severity === 'error').map((p) => `${p.code} ${p.pointer}`);
}

export function problems(config: ScorecardConfig): string[] {
  return validateConfig(config).problems.map((p) => `${p.code} ${p.pointer}`);
}
