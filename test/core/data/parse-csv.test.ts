// CSV import: text columns, typed columns, and every kind of problem with its line number.
import { describe, expect, it } from 'vitest';
import { parseCsv } from '../../../src/core/data/index.ts';
import type { RowProblem } from '../../../src/core/data/index.ts';
import type { FieldDef } from '../../../src/core/scorecard/types.ts';

/** The problems without their messages (checked separately), for compact expectations. */
const brief = (problems: RowProblem[]): Array<Omit<RowProblem, 'message'>> => problems.map(({ message: _m, ...rest }) => rest);

function one(type: FieldDef['type'], cell: string, extra: Partial<FieldDef> = {}): { value: unknown; problems: RowProblem[] } {
  const { records, problems } = parseCsv(`x,y\n"${cell.replaceAll('"', '""')}",1\n`, { fields: [{ key: 'x', type, ...extra }] });
  return { value: records[0]?.['x'], problems };
}

describe('parseCsv without fields', () => {
  it('keeps text, makes blank cells null, trims header names and skips blank lines', () => {
    const result = parseCsv('\ufeff name , score ,note\n张三,95,  \n\n   \n李四,,"a, b"\n');
    expect(result.columns).toEqual(['name', 'score', 'note']);
    expect(result.records).toEqual([
      { name: '张三', score: '95', note: null },
      { name: '李四', score: null, note: 'a, b' },
    ]);
    expect(result.lines).toEqual([2, 5]);
    expect(result.problems).toEqual([]);
    expect(result.problemCount).toBe(0);
  });

  it('keeps the text of a cell exactly, spaces included', () => {
    expect(parseCsv('a,b\n  x ,1\n').records).toEqual([{ a: '  x ', b: '1' }]);
  });

  it('guesses tab and semicolon separators, and takes a given one', () => {
    expect(parseCsv('a\tb\n1\t2\n').records).toEqual([{ a: '1', b: '2' }]);
    expect(parseCsv('a;b\n1;2\n').records).toEqual([{ a: '1', b: '2' }]);
    expect(parseCsv('a|b\n1,5|2\n', { delimiter: '|' }).records).toEqual([{ a: '1,5', b: '2' }]);
    // Only separators outside quotes count, and blank lines before the header are passed over.
    expect(parseCsv('\n\na;"b,c,d"\n1;2\n').records).toEqual([{ a: '1', 'b,c,d': '2' }]);
  });

  it('returns nothing for an empty file', () => {
    expect(parseCsv('')).toEqual({ records: [], lines: [], columns: [], problems: [], problemCount: 0 });
  });

  it('removes the apostrophe that guards formulas', () => {
    expect(parseCsv("a,b\n'=SUM(A1),'-5\n''=x,'plain\n").records).toEqual([
      { a: '=SUM(A1)', b: '-5' },
      { a: "'=x", b: "'plain" },
    ]);
  });

  it('makes a "__proto__" column an ordinary field', () => {
    const [record] = parseCsv('__proto__,b\n{"polluted":1},2\n').records;
    expect(Object.getPrototypeOf(record)).toBe(Object.prototype);
    expect(Object.keys(record ?? {})).toEqual(['__proto__', 'b']);
    expect(record?.['__proto__']).toBe('{"polluted":1}');
  });
});

describe('typed columns', () => {
  it('reads numbers in plain decimal notation', () => {
    expect(one('number', ' 12.5 ').value).toBe(12.5);
    expect(one('number', '-3').value).toBe(-3);
    expect(one('number', '+4').value).toBe(4);
    expect(one('number', '.5').value).toBe(0.5);
    expect(one('number', '5.').value).toBe(5);
    expect(one('number', '1e3').value).toBe(1000);
    expect(one('number', '2.5E-2').value).toBe(0.025);
    expect(Object.is(one('number', '-0').value, 0)).toBe(true);
  });

  it('does not guess numbers: percent signs, separators, words, hex, full-width digits', () => {
    for (const cell of ['95%', '1,234.5', 'abc', '0x10', 'Infinity', 'NaN', '１２', '12 kg', '1 000', '--1', '1e999']) {
      const { value, problems } = one('number', cell);
      expect(value, cell).toBeNull();
      expect(brief(problems), cell).toEqual([{ line: 2, column: 'x', value: cell, code: 'not-a-number' }]);
    }
    expect(one('number', '95%').problems[0]?.message.en).toMatch(/percent sign/);
    expect(one('number', '1,234.5').problems[0]?.message['zh-CN']).toMatch(/千位分隔符/);
  });

  it('reads integers, reporting fractions', () => {
    expect(one('integer', '42').value).toBe(42);
    expect(one('integer', '3.0').value).toBe(3);
    expect(brief(one('integer', '3.5').problems)).toEqual([{ line: 2, column: 'x', value: '3.5', code: 'not-an-integer' }]);
    expect(brief(one('integer', '1e20').problems)[0]?.code).toBe('not-an-integer');
    expect(brief(one('integer', 'three').problems)[0]?.code).toBe('not-a-number');
  });

  it('reads yes/no words in English and Chinese', () => {
    const yes = ['true', 'TRUE', 'Yes', 'y', '1', '是'];
    const no = ['false', 'False', 'NO', 'n', '0', '否'];
    for (const cell of yes) expect(one('boolean', cell).value, cell).toBe(true);
    for (const cell of no) expect(one('boolean', cell).value, cell).toBe(false);
    for (const cell of ['2', 'ok', '对', '√', 'yes!']) expect(one('boolean', cell).problems[0]?.code, cell).toBe('not-a-boolean');
  });

  it('reads dates as ISO text, from dashes, slashes and 年月日', () => {
    expect(one('date', '2024-03-05').value).toBe('2024-03-05');
    expect(one('date', '2024/3/5').value).toBe('2024-03-05');
    expect(one('date', '2024-3-05').value).toBe('2024-03-05');
    expect(one('date', '2024年3月5日').value).toBe('2024-03-05');
    expect(one('date', '2024-02-29').value).toBe('2024-02-29');
    for (const cell of ['2023-02-29', '2024-13-01', '2024-04-31', '2024/03-05', '05/03/2024', '2024-03-05T10:00', '20240305', '2024-03']) {
      expect(one('date', cell).problems[0]?.code, cell).toBe('not-a-date');
    }
  });

  it('reads times on a 24-hour clock, keeping seconds when given', () => {
    expect(one('time', '9:05').value).toBe('09:05');
    expect(one('time', '23:59').value).toBe('23:59');
    expect(one('time', '09:30:15').value).toBe('09:30:15');
    for (const cell of ['24:00', '12:60', '9:5', '12:00:60', '9.30', '9:30 PM', '123:00']) {
      expect(one('time', cell).problems[0]?.code, cell).toBe('not-a-time');
    }
  });

  it('checks categories against their values (exactly, after trimming)', () => {
    expect(one('category', ' 优 ', { values: ['优', '良'] }).value).toBe('优');
    expect(one('category', 'anything').value).toBe('anything');
    const { value, problems } = one('category', 'A', { values: ['a', 'b'] });
    expect(value).toBeNull();
    expect(brief(problems)).toEqual([{ line: 2, column: 'x', value: 'A', code: 'unknown-category' }]);
    expect(problems[0]?.message.en).toContain('(a, b)');
  });

  it('keeps string cells as they are; blank cells of any type are missing', () => {
    expect(one('string', ' a b ').value).toBe(' a b ');
    for (const type of ['string', 'number', 'integer', 'boolean', 'date', 'time', 'category'] as const) {
      const { value, problems } = one(type, '   ');
      expect(value, type).toBeNull();
      expect(problems, type).toEqual([]);
    }
  });

  it('converts only declared columns and keeps the record when a cell fails', () => {
    const result = parseCsv('name,score,extra\nA,abc,7\nB,80,\n', { fields: [{ key: 'score', type: 'number' }] });
    expect(result.records).toEqual([
      { name: 'A', score: null, extra: '7' },
      { name: 'B', score: 80, extra: null },
    ]);
    expect(brief(result.problems)).toEqual([{ line: 2, column: 'score', value: 'abc', code: 'not-a-number' }]);
  });
});

describe('problems and their line numbers', () => {
  it('reports declared fields missing from the header on line 1, and leaves them null', () => {
    const result = parseCsv('name\nA\n', { fields: [{ key: 'name', type: 'string' }, { key: 'score', type: 'number' }] });
    expect(result.columns).toEqual(['name']);
    expect(result.records).toEqual([{ name: 'A', score: null }]);
    expect(brief(result.problems)).toEqual([{ line: 1, column: 'score', value: '', code: 'missing-column' }]);
  });

  it('reports every declared field when there is no header at all', () => {
    const result = parseCsv('\n\n', { fields: [{ key: 'a', type: 'string' }] });
    expect(brief(result.problems)).toEqual([{ line: 1, column: 'a', value: '', code: 'missing-column' }]);
  });

  it('renames blank and repeated header names and says so', () => {
    const result = parseCsv('a,,a,a\n1,2,3,4\n');
    expect(result.columns).toEqual(['a', 'column2', 'a_2', 'a_3']);
    expect(result.records).toEqual([{ a: '1', column2: '2', a_2: '3', a_3: '4' }]);
    expect(brief(result.problems)).toEqual([
      { line: 1, column: 'column2', value: '', code: 'empty-column-name' },
      { line: 1, column: 'a_2', value: 'a', code: 'duplicate-column' },
      { line: 1, column: 'a_3', value: 'a', code: 'duplicate-column' },
    ]);
  });

  it('reports rows with too many or too few cells (trailing empty cells are fine)', () => {
    const result = parseCsv('a,b\n1,2,3\n4\n5,6,,\n');
    expect(result.records).toEqual([{ a: '1', b: '2' }, { a: '4', b: null }, { a: '5', b: '6' }]);
    expect(brief(result.problems)).toEqual([
      { line: 2, column: '', value: '', code: 'too-many-cells' },
      { line: 3, column: '', value: '', code: 'too-few-cells' },
    ]);
  });

  it('counts lines inside quoted cells, so later rows keep their real line numbers', () => {
    const text = [
      'name,note,score', // 1
      'A,"line one', // 2
      'line two', // 3
      'line three",x', // 4: the score cell of the record starting on line 2
      '', // 5
      'B,"say ""hi""",y', // 6
      'C,"two', // 7
      'lines",90', // 8
      'D,plain,z', // 9
    ].join('\n');
    const result = parseCsv(text, { fields: [{ key: 'score', type: 'number' }] });
    expect(result.lines).toEqual([2, 6, 7, 9]);
    expect(result.records.map((r) => r['note'])).toEqual(['line one\nline two\nline three', 'say "hi"', 'two\nlines', 'plain']);
    expect(brief(result.problems)).toEqual([
      { line: 4, column: 'score', value: 'x', code: 'not-a-number' },
      { line: 6, column: 'score', value: 'y', code: 'not-a-number' },
      { line: 9, column: 'score', value: 'z', code: 'not-a-number' },
    ]);
  });

  it('counts CRLF line ends once, also inside quoted cells', () => {
    const text = 'a,b\r\n"x\r\ny",bad\r\n\r\nz,bad\r\n';
    const result = parseCsv(text, { fields: [{ key: 'b', type: 'integer' }] });
    expect(result.records.map((r) => r['a'])).toEqual(['x\r\ny', 'z']);
    expect(result.problems.map((p) => p.line)).toEqual([3, 5]);
  });

  it('counts old Mac line ends (a lone CR) too', () => {
    const result = parseCsv('a,b\r1,x\r\r"p\rq",y\r', { fields: [{ key: 'b', type: 'number' }] });
    expect(result.lines).toEqual([2, 4]);
    expect(result.problems.map((p) => p.line)).toEqual([2, 5]);
  });

  it('reports an unclosed quote at the row where it starts', () => {
    const result = parseCsv('a,b\n1,2\n3,"oops\n4,5\n');
    expect(result.records[0]).toEqual({ a: '1', b: '2' });
    expect(brief(result.problems)).toEqual([{ line: 3, column: '', value: '', code: 'malformed-quotes' }]);
  });

  it('keeps the first maxProblems problems and counts all of them', () => {
    const text = `n\n${Array.from({ length: 30 }, () => 'x').join('\n')}\n`;
    const result = parseCsv(text, { fields: [{ key: 'n', type: 'number' }], maxProblems: 5 });
    expect(result.records).toHaveLength(30);
    expect(result.problems.map((p) => p.line)).toEqual([2, 3, 4, 5, 6]);
    expect(result.problemCount).toBe(30);
  });

  it('explains each problem in English and Chinese, naming the column and the value', () => {
    const result = parseCsv('名称,分数,日期\n甲,九十,2024-02-30\n', {
      fields: [{ key: '分数', type: 'number' }, { key: '日期', type: 'date' }, { key: '等级', type: 'category', values: ['A'] }],
    });
    expect(result.problems).toHaveLength(3);
    for (const p of result.problems) {
      expect(p.message.en).toMatch(/\w/);
      expect(p.message['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
      expect(p.message.en).toContain(p.column);
      expect(p.message['zh-CN']).toContain(p.column);
    }
    expect(result.problems[1]?.message['zh-CN']).toBe('列“分数”中的“九十”不是数字：请写成半角数字，可带正负号和小数点（如 95、-2.5）。');
  });
});
