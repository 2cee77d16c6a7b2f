// Rules reading the key `p` (alone, under `a` and under `a.b`) through every form a read compiles
// to: the inline var of one and two keys, longer paths, val, paths computed at run time, fused
// arithmetic chains, if-chains branching on one path, comparisons, exists and missing. The tests
// of own-property reads run all of them, so no compiled form can skip the check.
import { isLogicError } from '../../../src/core/index.ts';

export const READ_FORMS: readonly unknown[] = [
  { var: 'p' },
  { var: 'a.p' },
  { var: 'a.b.p' },
  { var: ['p', 'fallback'] },
  { var: ['a.p', 'fallback'] },
  { val: 'p' },
  { val: ['a', 'p'] },
  { val: ['a', 'b', 'p'] },
  { var: { cat: ['a', '.', 'p'] } },
  { exists: 'p' },
  { exists: ['a', 'p'] },
  { missing: ['p', 'a.p'] },
  { '+': [{ var: 'p' }, 1] },
  { min: [100, { max: [0, { '*': [{ '-': [{ var: 'a.p' }, 40] }, 2] }] }] },
  { min: [100, { max: [0, { '*': [{ '-': [{ var: 'p' }, 40] }, 2] }] }] },
  { if: [{ '>': [{ var: 'p' }, 3] }, 1, { '>': [{ var: 'p' }, 0] }, 2, 0] },
  { if: [{ '>': [{ var: 'a.p' }, 3] }, { '*': [{ var: 'a.p' }, 2] }, { '>': [{ var: 'a.p' }, 0] }, 2, 0] },
  { '>': [{ var: 'p' }, 0] },
  { '==': [{ var: 'a.p' }, null] },
  { '!!': { var: 'a.b.p' } },
];

/** A rule's value, or its error type: what two runs are compared by. */
export function settle(run: () => unknown): unknown {
  try {
    return { value: run() };
  } catch (error) {
    if (isLogicError(error)) return { error: error.type };
    throw error;
  }
}
