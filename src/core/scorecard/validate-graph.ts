// A configuration built in memory (by the designer, a plugin or a caller of the runtime) is an
// object graph, not text: it can contain cycles, objects shared between two places, functions or
// NaN. JSON Schema validation and every later check assume a tree of JSON values, and a cycle would
// send them round for ever, so this pass runs first and validation stops if it finds anything.
import { ProblemList, pointerOf } from './config-problems.ts';

/** Deeper than any sensible scorecard, shallow enough that recursive checks cannot exhaust the stack. */
export const MAX_CONFIG_DEPTH = 256;
const MAX_REPORTED = 20;

function isPlainObject(value: object): boolean {
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

function describeValue(value: unknown): string {
  if (typeof value === 'number') return String(value);
  if (typeof value === 'object' && value !== null) return (value.constructor as { name?: string } | undefined)?.name ?? 'object';
  return typeof value;
}

/** Cycles, shared references, non-JSON values and runaway depth, each with the pointer where it was met. */
export function checkJsonGraph(doc: unknown): ProblemList {
  const problems = new ProblemList();
  const firstSeen = new Map<object, string>();
  const ancestors = new Set<object>();

  const notJson = (pointer: string, what: string): void => {
    problems.error(pointer, 'not-json', `This is not a JSON value (${what}); a configuration holds only objects, arrays, strings, finite numbers, booleans and null.`,
      `此处不是 JSON 值（${what}）；配置只能包含对象、数组、字符串、有限数字、布尔值和 null。`);
  };

  const visit = (value: unknown, pointer: string, depth: number): void => {
    if (problems.items.length >= MAX_REPORTED) return;
    if (value === null || typeof value === 'string' || typeof value === 'boolean') return;
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) notJson(pointer, describeValue(value));
      return;
    }
    if (typeof value !== 'object') {
      notJson(pointer, describeValue(value));
      return;
    }
    const first = firstSeen.get(value);
    if (ancestors.has(value)) {
      problems.error(pointer, 'cycle', `This object contains itself (it is also at "${first}"), so the configuration cannot be saved as JSON.`,
        `此对象包含了它自身（也位于“${first}”），配置无法保存为 JSON。`);
      return;
    }
    if (first !== undefined) {
      problems.error(pointer, 'shared-reference', `This is the same object as the one at "${first}"; editing one would change both. Use a copy.`,
        `此对象与“${first}”处是同一个对象，修改其一会同时改变两处，请改用副本。`);
      return;
    }
    if (depth > MAX_CONFIG_DEPTH) {
      problems.error(pointer, 'too-deep', `The configuration is nested more than ${MAX_CONFIG_DEPTH} levels deep here.`,
        `配置在此处的嵌套超过 ${MAX_CONFIG_DEPTH} 层。`);
      return;
    }
    if (!Array.isArray(value) && !isPlainObject(value)) {
      notJson(pointer, describeValue(value));
      return;
    }
    firstSeen.set(value, pointer);
    ancestors.add(value);
    try {
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) {
          const item: unknown = value[i];
          if (item === undefined) notJson(pointerOf(pointer, i), 'undefined');
          else visit(item, pointerOf(pointer, i), depth + 1);
        }
      } else {
        // An undefined property is simply absent, as JSON.stringify and JSON Schema treat it.
        for (const key of Object.keys(value)) {
          const child: unknown = (value as Record<string, unknown>)[key];
          if (child !== undefined) visit(child, pointerOf(pointer, key), depth + 1);
        }
      }
    } catch {
      // A throwing getter or a hostile proxy: whatever it is, it is not JSON.
      notJson(pointer, 'unreadable');
    } finally {
      ancestors.delete(value);
    }
  };

  visit(doc, '', 0);
  return problems;
}
