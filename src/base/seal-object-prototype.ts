// Imported first by every entry we own (the app, its Web Workers, the CLI): makes Object.prototype
// non-extensible. No code — a dependency's prototype-pollution bug, a crafted import — can then add
// a key that every plain object would inherit; assigning one fails (a TypeError in strict code).
// Existing keys stay writable, so code that sets its own `toString` keeps working.
//
// It also lets the rule engine read a plain record's fields without an own-property lookup per
// key: a key Object.prototype lacks can only be the record's own (see neverInherited in
// src/core/logic/paths.ts). The engine checks for itself and stays correct in realms left open.
Object.preventExtensions(Object.prototype);
