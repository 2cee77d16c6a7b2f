/**
 * When-clauses, as in VS Code: small boolean expressions over context keys that decide whether a
 * command, menu item or keybinding applies right now (`editorFocus && !inputFocus`).
 *
 * Grammar (&& binds tighter than ||; `!` applies to the following primary):
 *   or      := and ('||' and)*
 *   and     := unary ('&&' unary)*
 *   unary   := '!' unary | primary
 *   primary := '(' or ')' | 'true' | 'false' | key [test]
 *   test    := ('==' | '!=') value | ('<' | '<=' | '>' | '>=') number | '=~' regex
 *   value   := 'single quoted' | number | true | false | bare-word
 *
 * The parser is scannerless because what a token is depends on where it stands: after `=~` a `/`
 * opens a regex, after `==` a bare word like `.ts` or `plugins-list` is a string. The tree is
 * compiled straight into closures so evaluation does no interpretation work.
 */

export type ContextValue = string | number | boolean | null | undefined;

export interface ContextReader {
  get(key: string): ContextValue;
}

export interface WhenExpression {
  readonly source: string;
  evaluate(ctx: ContextReader): boolean;
  /** context keys it reads */
  keys(): string[];
}

export class WhenSyntaxError extends Error {
  /** 0-based index into the source where parsing failed. */
  readonly position: number;

  constructor(message: string, position: number, source: string) {
    super(`${message} at column ${position + 1} in when-clause "${source}"`);
    this.name = 'WhenSyntaxError';
    this.position = position;
  }
}

type Evaluator = (ctx: ContextReader) => boolean;
type Literal = string | number | boolean;

const KEY_START = /[A-Za-z_$]/;
const KEY_PART = /[A-Za-z0-9_$.\-:]/;
// A bare word on the right of ==/!= runs until whitespace or a character that could start an operator.
const BARE_WORD_STOP = /[\s()!&|=<>']/;
const NUMBER = /^-?\d+(?:\.\d+)?/;
const REGEX_FLAGS = /^[imsu]*$/;

export function parseWhen(source: string): WhenExpression {
  const parser = new Parser(source);
  const evaluate = parser.parse();
  const keys = [...parser.keys];
  return {
    source,
    evaluate,
    keys: () => [...keys],
  };
}

class Parser {
  private pos = 0;
  readonly keys = new Set<string>();

  constructor(private readonly src: string) {}

  parse(): Evaluator {
    this.skipSpace();
    if (this.atEnd()) return () => true;
    const result = this.parseOr();
    this.skipSpace();
    if (!this.atEnd()) this.fail(`Expected '&&', '||' or end of expression but found ${this.describeHere()}`);
    return result;
  }

  private parseOr(): Evaluator {
    const terms = [this.parseAnd()];
    while (this.eat('||')) terms.push(this.parseAnd());
    if (terms.length === 1) return terms[0]!;
    return (ctx) => terms.some((t) => t(ctx));
  }

  private parseAnd(): Evaluator {
    const terms = [this.parseUnary()];
    while (this.eat('&&')) terms.push(this.parseUnary());
    if (terms.length === 1) return terms[0]!;
    return (ctx) => terms.every((t) => t(ctx));
  }

  private parseUnary(): Evaluator {
    // `!=` is an operator, never a negation, but it cannot appear here anyway.
    if (this.eat('!')) {
      const inner = this.parseUnary();
      return (ctx) => !inner(ctx);
    }
    return this.parsePrimary();
  }

  private parsePrimary(): Evaluator {
    this.skipSpace();
    if (this.eat('(')) {
      const inner = this.parseOr();
      if (!this.eat(')')) this.fail(`Expected ')' but found ${this.describeHere()}`);
      return inner;
    }
    const word = this.readKey();
    if (word === undefined) {
      this.fail(`Expected a context key, 'true', 'false', '!' or '(' but found ${this.describeHere()}`);
    }
    if (word === 'true') return () => true;
    if (word === 'false') return () => false;
    this.keys.add(word);
    return this.parseTest(word);
  }

  private parseTest(key: string): Evaluator {
    this.skipSpace();
    // Longest operators first so '<=' is not read as '<'.
    if (this.eat('===') || this.eat('==')) {
      const value = this.parseValue();
      return (ctx) => looselyEqual(ctx.get(key), value);
    }
    if (this.eat('!==') || this.eat('!=')) {
      const value = this.parseValue();
      return (ctx) => !looselyEqual(ctx.get(key), value);
    }
    if (this.eat('=~')) {
      const regex = this.parseRegex();
      return (ctx) => {
        const v = ctx.get(key);
        return v !== undefined && v !== null && regex.test(String(v));
      };
    }
    for (const op of ['<=', '>=', '<', '>'] as const) {
      if (!this.eat(op)) continue;
      const bound = this.parseNumber(op);
      return (ctx) => compareNumber(ctx.get(key), op, bound);
    }
    if (this.peek() === '=') this.fail(`Expected '==', '!=' or '=~' after key '${key}' but found ${this.describeHere()}`);
    return (ctx) => Boolean(ctx.get(key));
  }

  private parseValue(): Literal {
    this.skipSpace();
    const ch = this.peek();
    if (ch === "'") return this.readString();
    const num = NUMBER.exec(this.src.slice(this.pos));
    if (num && !this.isBareWordChar(this.src[this.pos + num[0].length])) {
      this.pos += num[0].length;
      return Number(num[0]);
    }
    const start = this.pos;
    while (this.isBareWordChar(this.peek())) this.pos++;
    if (this.pos === start) this.fail(`Expected a value (quoted string, number, true, false or word) but found ${this.describeHere()}`);
    const word = this.src.slice(start, this.pos);
    if (word === 'true') return true;
    if (word === 'false') return false;
    return word;
  }

  private parseNumber(op: string): number {
    this.skipSpace();
    const num = NUMBER.exec(this.src.slice(this.pos));
    if (!num) this.fail(`Expected a number after '${op}' but found ${this.describeHere()}`);
    this.pos += num[0].length;
    return Number(num[0]);
  }

  private parseRegex(): RegExp {
    this.skipSpace();
    const start = this.pos;
    if (!this.eat('/')) this.fail(`Expected a regular expression like /pattern/ after '=~' but found ${this.describeHere()}`);
    let body = '';
    let inClass = false;
    for (;;) {
      const ch = this.peek();
      if (ch === undefined) this.fail(`Expected '/' to close the regular expression started at column ${start + 1} but found end of expression`);
      this.pos++;
      if (ch === '\\') {
        const next = this.peek();
        if (next === undefined) this.fail('Expected a character after \'\\\' but found end of expression');
        body += ch + next;
        this.pos++;
        continue;
      }
      if (ch === '[') inClass = true;
      else if (ch === ']') inClass = false;
      else if (ch === '/' && !inClass) break;
      body += ch;
    }
    const flagsStart = this.pos;
    while (/[A-Za-z]/.test(this.peek() ?? '')) this.pos++;
    const flags = this.src.slice(flagsStart, this.pos);
    // 'g' and 'y' make RegExp.test stateful (lastIndex), which would make evaluation flip-flop.
    if (!REGEX_FLAGS.test(flags)) this.fail(`Expected regular expression flags from 'imsu' but found '${flags}'`, flagsStart);
    try {
      return new RegExp(body, flags);
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      this.fail(`Expected a valid regular expression (${reason})`, start);
    }
  }

  private readString(): string {
    const start = this.pos;
    this.pos++; // opening quote
    let out = '';
    for (;;) {
      const ch = this.peek();
      if (ch === undefined) this.fail(`Expected "'" to close the string started at column ${start + 1} but found end of expression`);
      this.pos++;
      if (ch === "'") return out;
      if (ch === '\\' && this.peek() !== undefined) {
        out += this.peek();
        this.pos++;
        continue;
      }
      out += ch;
    }
  }

  private readKey(): string | undefined {
    const start = this.pos;
    if (!KEY_START.test(this.peek() ?? '')) return undefined;
    this.pos++;
    while (KEY_PART.test(this.peek() ?? '')) this.pos++;
    return this.src.slice(start, this.pos);
  }

  private isBareWordChar(ch: string | undefined): boolean {
    return ch !== undefined && !BARE_WORD_STOP.test(ch);
  }

  /** Consumes `token` (after optional whitespace) when it is next. */
  private eat(token: string): boolean {
    this.skipSpace();
    if (!this.src.startsWith(token, this.pos)) return false;
    // A lone '!' must not swallow the start of '!=' and '<' must not split '<='; callers order
    // longer tokens first, this guards the single-character negation.
    if (token === '!' && this.src[this.pos + 1] === '=') return false;
    this.pos += token.length;
    return true;
  }

  private skipSpace(): void {
    while (/\s/.test(this.peek() ?? '')) this.pos++;
  }

  private peek(): string | undefined {
    return this.src[this.pos];
  }

  private atEnd(): boolean {
    return this.pos >= this.src.length;
  }

  private describeHere(): string {
    if (this.atEnd()) return 'end of expression';
    const rest = this.src.slice(this.pos);
    const token = /^(&&|\|\||[=!<>]=?|=~|\S)/.exec(rest)?.[0] ?? rest[0];
    return `'${token}'`;
  }

  private fail(message: string, position = this.pos): never {
    throw new WhenSyntaxError(message, position, this.src);
  }
}

/**
 * VS Code compares with `==`, so `count == 2` holds for 2 and '2' and `flag == true` for true and
 * 'true'. Doing it via String() keeps that behaviour without JavaScript's odder coercions
 * ('' == 0); unset keys equal nothing.
 */
function looselyEqual(actual: ContextValue, expected: Literal): boolean {
  if (actual === undefined || actual === null) return false;
  return actual === expected || String(actual) === String(expected);
}

/** Numeric strings compare as numbers; anything else (unset, booleans, words) is never in range. */
function compareNumber(actual: ContextValue, op: '<' | '<=' | '>' | '>=', bound: number): boolean {
  const n = typeof actual === 'number' ? actual : typeof actual === 'string' && actual.trim() !== '' ? Number(actual) : NaN;
  if (Number.isNaN(n)) return false;
  switch (op) {
    case '<':
      return n < bound;
    case '<=':
      return n <= bound;
    case '>':
      return n > bound;
    case '>=':
      return n >= bound;
  }
}
