let counter = 0;

/** A short id unique within this page/worker (not across sessions). */
export function nextId(prefix = 'id'): string {
  counter += 1;
  return `${prefix}-${counter.toString(36)}`;
}

/** A random id suitable for persisted records. */
export function randomId(): string {
  const c = globalThis.crypto;
  if (c?.randomUUID) return c.randomUUID();
  const bytes = new Uint8Array(16);
  c.getRandomValues(bytes);
  return [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
}
