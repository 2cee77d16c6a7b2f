// The visual rule builder for plugins: importing this module defines its elements. Kept out of
// api.ts so that the builder loads with the plugins that draw rules, not with every plugin at start-up.
// How to use it: the comment at the top of rule-builder/index.ts.
export * from './rule-builder/index.ts';
