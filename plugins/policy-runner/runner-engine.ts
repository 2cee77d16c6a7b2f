// The engine a run uses: the default one, or one with the operators plugins declared (they arrive
// as JSON with every update, so the page and the worker build the same engine). A few are kept,
// since every keystroke sends the same declarations again.
import { createEngineWithDeclarations, type DeclaredOperator } from '../../src/core/logic/declared-operators.ts';
import { DEFAULT_ENGINE } from '../../src/core/logic/engine.ts';
import type { LogicEngine } from '../../src/core/logic/types.ts';

const cache = new Map<string, LogicEngine>();
const KEEP = 4;

export function engineFor(declarations: readonly DeclaredOperator[] | undefined): LogicEngine {
  if (!declarations || declarations.length === 0) return DEFAULT_ENGINE;
  const key = JSON.stringify(declarations);
  let engine = cache.get(key);
  if (!engine) {
    engine = createEngineWithDeclarations(declarations).engine;
    if (cache.size >= KEEP) cache.delete(cache.keys().next().value!);
    cache.set(key, engine);
  }
  return engine;
}
