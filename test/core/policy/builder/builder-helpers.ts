// Helpers shared by the builder tests: a strict JSON equality (key sets, array vs object, -0 vs 0)
// and a walk over a builder model that finds raw nodes.
import type { BuilderCondition, BuilderExpr } from '../../../../src/core/policy/builder/types.ts';

/**
 * Deep equality as the builder promises it: same keys, same kinds, numbers compared with Object.is.
 * Prototypes are not part of a JSON value (an object without one reads back as a plain object).
 */
export function jsonEqual(a: unknown, b: unknown): boolean {
  if (typeof a === 'number' || typeof b === 'number') return Object.is(a, b);
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) || Array.isArray(b)) {
    return Array.isArray(a) && Array.isArray(b) && a.length === b.length && a.every((x, i) => jsonEqual(x, b[i]));
  }
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  return ka.every((k) => Object.prototype.hasOwnProperty.call(b, k) && jsonEqual((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}

/** The raw nodes of a model, depth first (the JSON they hold is not searched). */
export function rawNodes(model: BuilderCondition | BuilderExpr): unknown[] {
  const out: unknown[] = [];
  const cond = (c: BuilderCondition): void => {
    switch (c.kind) {
      case 'group': c.children.forEach(cond); break;
      case 'compare': expr(c.left); expr(c.right); break;
      case 'between': expr(c.low); expr(c.value); expr(c.high); break;
      case 'in': expr(c.value); expr(c.list); break;
      case 'quantifier': expr(c.array); cond(c.condition); break;
      case 'not': cond(c.condition); break;
      case 'test': expr(c.expr); break;
      case 'raw': out.push(c.json); break;
    }
  };
  const expr = (e: BuilderExpr): void => {
    switch (e.kind) {
      case 'arith': case 'call': e.args.forEach(expr); break;
      case 'if':
        e.branches.forEach((b) => { cond(b.when); expr(b.then); });
        if (e.otherwise !== undefined) expr(e.otherwise);
        break;
      case 'condition': cond(e.condition); break;
      case 'count': expr(e.array); cond(e.condition); break;
      case 'raw': out.push(e.json); break;
      default: break;
    }
  };
  if (['group', 'compare', 'between', 'in', 'quantifier', 'not', 'test'].includes(model.kind)) cond(model as BuilderCondition);
  else expr(model as BuilderExpr);
  return out;
}
