// json-logic-js 2.0.5 ships no types and @types/json-logic-js is not installed: the little the
// property tests and the test runner's cross-check use of it. `apply` is a property the interpreter itself calls recursively, which
// is what lets classic-trace.ts observe every node it evaluates.
declare module 'json-logic-js' {
  interface JsonLogic {
    apply(logic: unknown, data?: unknown): unknown;
    truthy(value: unknown): boolean;
  }
  const jsonLogic: JsonLogic;
  export default jsonLogic;
}
