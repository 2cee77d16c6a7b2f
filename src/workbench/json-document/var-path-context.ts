import { scanJson } from '../../core/json/json-scanner.ts';

/** A JSON-logic field path under the cursor: the string in {"var": "…"} or {"var": ["…", fallback]}. */
export interface VarPathAt {
  /** Offsets of the string's content (inside the quotes). */
  start: number;
  end: number;
  /** The path, decoded. */
  path: string;
  /** The raw text of the content before the offset (what completion filters by). */
  prefix: string;
}

/**
 * The var path at `offset`, if the offset lies in one. Works on half-typed text (an unterminated
 * string, a missing brace) because completion is asked for exactly then: it reads tokens, not a
 * parsed document.
 */
export function varPathAt(text: string, offset: number): VarPathAt | undefined {
  const tokens = scanJson(text);
  const i = tokens.findIndex((t) => t.kind === 'string' && offset > t.offset && offset <= t.offset + t.length - (t.terminated ? 1 : 0));
  if (i < 0) return undefined;
  const isVarKey = (j: number): boolean => tokens[j]?.kind === 'string' && tokens[j]!.value === 'var' && tokens[j + 1]?.kind === ':';
  const direct = tokens[i - 1]?.kind === ':' && isVarKey(i - 2);
  // {"var": ["path", fallback]}: only the first item is a path.
  const inArray = tokens[i - 1]?.kind === '[' && isVarKey(i - 3);
  if (!direct && !inArray) return undefined;
  const token = tokens[i]!;
  const start = token.offset + 1;
  const end = token.offset + token.length - (token.terminated ? 1 : 0);
  return { start, end, path: token.value as string, prefix: text.slice(start, offset) };
}
