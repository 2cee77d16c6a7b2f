// CSV formula injection: spreadsheets run a cell starting with = + - @ (and, in some, tab or
// carriage return) as a formula, so an exported name like "=HYPERLINK(...)" would execute when the
// file is opened. Such text cells get a leading apostrophe (OWASP's advice). Text that already
// starts with apostrophes before one of those characters gets one more, so that unguarding is the
// exact inverse and a written file reads back to the same values.

const NEEDS_GUARD = /^'*[=+\-@\t\r]/;
const GUARDED = /^'+[=+\-@\t\r]/;

/** The text as written to a CSV cell. */
export function guardFormula(text: string): string {
  return NEEDS_GUARD.test(text) ? `'${text}` : text;
}

/** The text a guarded CSV cell stands for (the inverse of guardFormula). */
export function unguardFormula(text: string): string {
  return GUARDED.test(text) ? text.slice(1) : text;
}
