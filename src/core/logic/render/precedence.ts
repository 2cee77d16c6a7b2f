// Binding strength of rendered phrases, loosest first. A phrase is parenthesised only when it
// sits where a tighter one is needed, so "a and b or c" stays bare but "(a or b) and c" does not.

export const Prec = {
  /** if … then … else …, try … on error … */
  Cond: 0,
  Or: 1,
  And: 2,
  /** Noun and quantifier phrases: "maximum of a, b", "any item of x has …", "x is missing". */
  Phrase: 3,
  /** Comparisons: "a ≥ 90", "0 < x < 10", "x is one of …". */
  Cmp: 4,
  Add: 5,
  Mul: 6,
  /** Prefix "not", unary minus. */
  Unary: 7,
  Atom: 8,
} as const;

export type Prec = (typeof Prec)[keyof typeof Prec];

export interface Rendered {
  readonly text: string;
  readonly prec: Prec;
}

export function atom(text: string): Rendered {
  return { text, prec: Prec.Atom };
}

export function phrase(text: string, prec: Prec): Rendered {
  return { text, prec };
}

/** The text, in parentheses when it binds more loosely than `min`. */
export function wrap(r: Rendered, min: Prec): string {
  return r.prec >= min ? r.text : `(${r.text})`;
}
