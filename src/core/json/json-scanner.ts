// A tolerant JSON tokenizer with source offsets. Editors need to know what lies at a position even
// while the text is half-typed (an unterminated string, a missing brace), which JSON.parse cannot
// tell; this scanner never throws and marks what it could not read as `invalid`.

export type JsonTokenKind = '{' | '}' | '[' | ']' | ':' | ',' | 'string' | 'number' | 'true' | 'false' | 'null' | 'invalid';

export interface JsonToken {
  kind: JsonTokenKind;
  /** UTF-16 offset of the first character (the opening quote of a string). */
  offset: number;
  /** Length in the text, quotes included. */
  length: number;
  /** Strings: the decoded content; numbers: the value. */
  value?: string | number;
  /** Strings: false when the closing quote is missing (the string then ends at the line end). */
  terminated?: boolean;
  /** Strings: false when they hold a raw control character or a bad escape (JSON.parse rejects them). */
  wellFormed?: boolean;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const WORD = /[A-Za-z_$][\w$]*/y;
const PUNCTUATION = new Set(['{', '}', '[', ']', ':', ',']);
const ESCAPES: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };

function isWhitespace(ch: string): boolean {
  return ch === ' ' || ch === '\t' || ch === '\n' || ch === '\r';
}

/** Reads the string starting at the quote at `start`. */
function scanString(text: string, start: number): JsonToken {
  let i = start + 1;
  let value = '';
  let wellFormed = true;
  while (i < text.length) {
    const ch = text[i]!;
    if (ch === '"') return { kind: 'string', offset: start, length: i + 1 - start, value, terminated: true, wellFormed };
    // JSON strings cannot span lines: a line break means the closing quote is missing.
    if (ch === '\n' || ch === '\r') break;
    if (ch === '\\') {
      const next = text[i + 1];
      if (next === undefined || next === '\n' || next === '\r') {
        wellFormed = false;
        i++;
        break;
      }
      if (next === 'u') {
        const hex = text.slice(i + 2, i + 6);
        if (/^[0-9a-fA-F]{4}$/.test(hex)) {
          value += String.fromCharCode(parseInt(hex, 16));
          i += 6;
          continue;
        }
        wellFormed = false;
        value += next;
        i += 2;
        continue;
      }
      const escaped = ESCAPES[next];
      if (escaped === undefined) wellFormed = false;
      value += escaped ?? next;
      i += 2;
      continue;
    }
    if (ch < ' ') wellFormed = false;
    value += ch;
    i++;
  }
  return { kind: 'string', offset: start, length: i - start, value, terminated: false, wellFormed: false };
}

/** Every token of `text`, in order. Whitespace is skipped; anything unreadable becomes `invalid`. */
export function scanJson(text: string): JsonToken[] {
  const tokens: JsonToken[] = [];
  let i = 0;
  while (i < text.length) {
    const ch = text[i]!;
    if (isWhitespace(ch)) {
      i++;
      continue;
    }
    if (PUNCTUATION.has(ch)) {
      tokens.push({ kind: ch as JsonTokenKind, offset: i, length: 1 });
      i++;
      continue;
    }
    if (ch === '"') {
      const token = scanString(text, i);
      tokens.push(token);
      i += token.length;
      continue;
    }
    if (ch === '-' || (ch >= '0' && ch <= '9')) {
      NUMBER.lastIndex = i;
      const match = NUMBER.exec(text);
      if (match) {
        tokens.push({ kind: 'number', offset: i, length: match[0].length, value: Number(match[0]) });
        i += match[0].length;
        continue;
      }
    }
    WORD.lastIndex = i;
    const word = WORD.exec(text);
    if (word) {
      const kind = word[0] === 'true' || word[0] === 'false' || word[0] === 'null' ? word[0] : 'invalid';
      tokens.push({ kind, offset: i, length: word[0].length });
      i += word[0].length;
      continue;
    }
    tokens.push({ kind: 'invalid', offset: i, length: 1 });
    i++;
  }
  return tokens;
}
