import { describe, expect, it } from 'vitest';
import { type ContextReader, type ContextValue, WhenSyntaxError, parseWhen } from '../../../src/platform/contextkey/when-expression.ts';

function ctx(values: Record<string, ContextValue>): ContextReader {
  return { get: (key) => values[key] };
}

function evaluate(source: string, values: Record<string, ContextValue> = {}): boolean {
  return parseWhen(source).evaluate(ctx(values));
}

function syntaxError(source: string): WhenSyntaxError {
  try {
    parseWhen(source);
  } catch (error) {
    if (error instanceof WhenSyntaxError) return error;
    throw error;
  }
  throw new Error(`expected "${source}" to fail`);
}

describe('parseWhen', () => {
  it('treats empty and whitespace sources as always true with no keys', () => {
    for (const source of ['', '   ', '\t\n']) {
      const expr = parseWhen(source);
      expect(expr.evaluate(ctx({}))).toBe(true);
      expect(expr.keys()).toEqual([]);
      expect(expr.source).toBe(source);
    }
  });

  it('tests a bare key for truthiness', () => {
    expect(evaluate('editorFocus', { editorFocus: true })).toBe(true);
    expect(evaluate('editorFocus', { editorFocus: false })).toBe(false);
    expect(evaluate('editorFocus', {})).toBe(false);
    expect(evaluate('count', { count: 0 })).toBe(false);
    expect(evaluate('count', { count: 3 })).toBe(true);
    expect(evaluate('name', { name: '' })).toBe(false);
    expect(evaluate('name', { name: 'x' })).toBe(true);
    expect(evaluate('name', { name: null })).toBe(false);
  });

  it('reads keys with dots, dashes and colons', () => {
    expect(evaluate('view.plugins-list.visible', { 'view.plugins-list.visible': true })).toBe(true);
    expect(evaluate('activeEditor.kind == scorecard', { 'activeEditor.kind': 'scorecard' })).toBe(true);
    expect(evaluate('config.a:b', { 'config.a:b': 1 })).toBe(true);
    expect(parseWhen('a.b && c-d || !e_f').keys()).toEqual(['a.b', 'c-d', 'e_f']);
  });

  it('lists each key once, in order of appearance', () => {
    expect(parseWhen('b && a || b == 1 || (c =~ /x/ && a > 2)').keys()).toEqual(['b', 'a', 'c']);
    expect(parseWhen('true || false').keys()).toEqual([]);
  });

  it('does not let callers mutate the key list', () => {
    const expr = parseWhen('a && b');
    expr.keys().push('z');
    expect(expr.keys()).toEqual(['a', 'b']);
  });

  it('supports literals true and false', () => {
    expect(evaluate('true')).toBe(true);
    expect(evaluate('false')).toBe(false);
    expect(evaluate('!false')).toBe(true);
    expect(evaluate('false || a', { a: true })).toBe(true);
  });

  it('negates', () => {
    expect(evaluate('!a', { a: true })).toBe(false);
    expect(evaluate('!a', {})).toBe(true);
    expect(evaluate('!!a', { a: 'x' })).toBe(true);
    expect(evaluate('!(a && b)', { a: true, b: true })).toBe(false);
    expect(evaluate('! a', { a: false })).toBe(true);
  });

  it('binds && tighter than ||', () => {
    // a || (b && c)
    expect(evaluate('a || b && c', { a: true, b: false, c: false })).toBe(true);
    expect(evaluate('a && b || c', { a: false, b: true, c: true })).toBe(true);
    expect(evaluate('a && b || c', { a: true, b: false, c: false })).toBe(false);
    expect(evaluate('a && (b || c)', { a: true, b: false, c: true })).toBe(true);
    expect(evaluate('(a || b) && c', { a: true, b: false, c: false })).toBe(false);
  });

  it('compares equality with quoted strings, bare words, numbers and booleans', () => {
    expect(evaluate("kind == 'scorecard'", { kind: 'scorecard' })).toBe(true);
    expect(evaluate("kind == 'scorecard'", { kind: 'policy' })).toBe(false);
    expect(evaluate('kind == scorecard', { kind: 'scorecard' })).toBe(true);
    expect(evaluate('ext == .json', { ext: '.json' })).toBe(true);
    expect(evaluate('view == plugins-list', { view: 'plugins-list' })).toBe(true);
    expect(evaluate('count == 2', { count: 2 })).toBe(true);
    expect(evaluate('count == 2', { count: '2' })).toBe(true);
    expect(evaluate('count == 2', { count: 3 })).toBe(false);
    expect(evaluate('flag == true', { flag: true })).toBe(true);
    expect(evaluate('flag == false', { flag: false })).toBe(true);
    expect(evaluate('flag == true', { flag: false })).toBe(false);
    expect(evaluate('v == 1.5.2', { v: '1.5.2' })).toBe(true);
    expect(evaluate('n == -1', { n: -1 })).toBe(true);
  });

  it('never equates an unset key with anything, so != holds for it', () => {
    expect(evaluate('kind == undefined', {})).toBe(false);
    expect(evaluate("kind == ''", {})).toBe(false);
    expect(evaluate('kind != scorecard', {})).toBe(true);
    expect(evaluate("kind != ''", { kind: '' })).toBe(false);
  });

  it('does not use JavaScript coercion quirks', () => {
    expect(evaluate("n == ''", { n: 0 })).toBe(false);
    expect(evaluate('n == 0', { n: false })).toBe(false);
  });

  it('handles quoted strings with spaces, operators and escaped quotes', () => {
    expect(evaluate("title == 'a && b || c'", { title: 'a && b || c' })).toBe(true);
    expect(evaluate("title == 'it\\'s'", { title: "it's" })).toBe(true);
    expect(evaluate("title == '2'", { title: 2 })).toBe(true);
  });

  it('accepts operators without spaces', () => {
    expect(evaluate('a==x&&b!=y||c', { a: 'x', b: 'z' })).toBe(true);
    expect(evaluate('n>=3&&n<5', { n: 4 })).toBe(true);
    expect(evaluate('(a)&&(!b)', { a: 1, b: 0 })).toBe(true);
  });

  it('accepts === and !== as aliases', () => {
    expect(evaluate('a === x', { a: 'x' })).toBe(true);
    expect(evaluate('a !== x', { a: 'x' })).toBe(false);
  });

  it('compares numbers, parsing numeric strings and rejecting the rest', () => {
    expect(evaluate('n > 2', { n: 3 })).toBe(true);
    expect(evaluate('n > 2', { n: 2 })).toBe(false);
    expect(evaluate('n >= 2', { n: 2 })).toBe(true);
    expect(evaluate('n < 2', { n: 1.5 })).toBe(true);
    expect(evaluate('n <= -1', { n: -1 })).toBe(true);
    expect(evaluate('n > 2', { n: '10' })).toBe(true);
    expect(evaluate('n < 2', { n: 'abc' })).toBe(false);
    expect(evaluate('n < 2', { n: '' })).toBe(false);
    expect(evaluate('n < 2', {})).toBe(false);
    expect(evaluate('n < 2', { n: true })).toBe(false);
    expect(evaluate('n < 2', { n: null })).toBe(false);
  });

  it('matches regular expressions with flags', () => {
    expect(evaluate('file =~ /\\.json$/', { file: 'a.json' })).toBe(true);
    expect(evaluate('file =~ /\\.json$/', { file: 'a.jsonx' })).toBe(false);
    expect(evaluate('file =~ /\\.JSON$/i', { file: 'A.json' })).toBe(true);
    expect(evaluate('path =~ /^src\\/core/', { path: 'src/core/x.ts' })).toBe(true);
    expect(evaluate('path =~ /[/]x/', { path: 'a/x' })).toBe(true);
    expect(evaluate('n =~ /^4/', { n: 42 })).toBe(true);
    expect(evaluate('file =~ /x/', {})).toBe(false);
    expect(evaluate('file =~ /a b/ && ok', { file: 'a b', ok: true })).toBe(true);
  });

  it('evaluates repeatedly with the same result (regexes are stateless)', () => {
    const expr = parseWhen('f =~ /a/i');
    const c = ctx({ f: 'aaa' });
    expect([expr.evaluate(c), expr.evaluate(c), expr.evaluate(c)]).toEqual([true, true, true]);
  });

  it('re-reads the context on every evaluation', () => {
    const values: Record<string, ContextValue> = { a: false };
    const expr = parseWhen('a');
    expect(expr.evaluate(ctx(values))).toBe(false);
    values.a = true;
    expect(expr.evaluate(ctx(values))).toBe(true);
  });

  it('short-circuits so later terms are not read', () => {
    const read: string[] = [];
    const reader: ContextReader = { get: (k) => (read.push(k), k === 'a') };
    expect(parseWhen('a || b').evaluate(reader)).toBe(true);
    expect(read).toEqual(['a']);
  });
});

describe('parseWhen errors', () => {
  it.each([
    ['a &&', 4, "Expected a context key"],
    ['&& a', 0, "Expected a context key, 'true', 'false', '!' or '(' but found '&&'"],
    ['(a && b', 7, "Expected ')' but found end of expression"],
    ['a)', 1, "Expected '&&', '||' or end of expression but found ')'"],
    ['a b', 2, "Expected '&&', '||' or end of expression but found 'b'"],
    ['a ==', 4, 'Expected a value'],
    ['a > b', 4, "Expected a number after '>'"],
    ['a = b', 2, "Expected '==', '!=' or '=~'"],
    ['a =~ x', 5, 'Expected a regular expression'],
    ['a =~ /x', 7, "Expected '/' to close the regular expression"],
    ['a =~ /x/g', 8, "flags from 'imsu'"],
    ['a =~ /(/', 5, 'Expected a valid regular expression'],
    ["a == 'x", 7, `Expected "'" to close the string`],
    ['a & b', 2, "Expected '&&', '||' or end of expression but found '&'"],
    ['a | b', 2, "but found '|'"],
    ['!', 1, 'Expected a context key'],
    ['()', 1, "Expected a context key, 'true', 'false', '!' or '(' but found ')'"],
  ])('rejects %j at index %i', (source, position, message) => {
    const error = syntaxError(source);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('WhenSyntaxError');
    expect(error.position).toBe(position);
    expect(error.message).toContain(message);
    expect(error.message).toContain(`at column ${position + 1}`);
    expect(error.message).toContain(source);
  });
});
