import { describe, expect, it } from 'vitest';
import { renderLogic } from '../../../../src/core/logic/render/plain-language.ts';

type Case = [rule: unknown, en: string, zh: string];

function check(cases: Case[], options?: Parameters<typeof renderLogic>[2]): void {
  for (const [rule, en, zh] of cases) {
    it(JSON.stringify(rule), () => {
      expect(renderLogic(rule, 'en', options)).toBe(en);
      expect(renderLogic(rule, 'zh-CN', options)).toBe(zh);
    });
  }
}

const example = { and: [{ '>=': [{ var: 'satisfaction' }, 90] }, { '==': [{ var: 'complaints' }, 0] }] };

describe('renderLogic: the examples', () => {
  it('renders the service rule in English with raw field names', () => {
    expect(renderLogic(example, 'en')).toBe('satisfaction ≥ 90 and complaints = 0');
  });

  it('renders the service rule in Chinese with field labels', () => {
    expect(renderLogic(example, 'zh-CN', { fieldLabels: { satisfaction: '满意度', complaints: '投诉次数' } })).toBe('满意度 ≥ 90 且 投诉次数 = 0');
  });

  it('falls back to raw field names without labels', () => {
    expect(renderLogic(example, 'zh-CN')).toBe('satisfaction ≥ 90 且 complaints = 0');
  });

  it('renders the quantifier example in both languages', () => {
    const rule = { some: [{ var: 'complaints' }, { '==': [{ var: 'severity' }, 'serious'] }] };
    expect(renderLogic(rule, 'en')).toBe("any item of complaints has severity = 'serious'");
    expect(renderLogic(rule, 'zh-CN')).toBe('complaints 中任一项满足 severity = “serious”');
  });

  it('renders between for chained <', () => {
    expect(renderLogic({ '<': [0, { var: 'x' }, 10] }, 'en')).toBe('0 < x < 10');
    expect(renderLogic({ '<=': [0, { var: 'x' }, 10] }, 'zh-CN')).toBe('0 ≤ x ≤ 10');
  });
});

describe('renderLogic: literals', () => {
  check([
    [90, '90', '90'],
    [3.14, '3.14', '3.14'],
    [-0, '0', '0'],
    [1e-7, '0.0000001', '0.0000001'],
    [1e21, '1000000000000000000000', '1000000000000000000000'],
    ['serious', "'serious'", '“serious”'],
    ['', "''", '“”'],
    [true, 'true', '真'],
    [false, 'false', '假'],
    [null, 'empty', '空'],
    [[1, 'a'], "[1, 'a']", '[1, “a”]'],
    [{}, '{}', '{}'],
    [{ a: 1, b: 2 }, '{"a":1,"b":2}', '{"a":1,"b":2}'],
  ]);
});

describe('renderLogic: reads', () => {
  check([
    [{ var: 'a.b' }, 'a.b', 'a.b'],
    [{ var: ['bonus', 0] }, 'bonus (default 0)', 'bonus（默认 0）'],
    [{ var: '' }, 'the record', '整条记录'],
    [{ val: ['hello', 'world'] }, 'hello.world', 'hello.world'],
    [{ val: [] }, 'the record', '整条记录'],
    [{ exists: 'phone' }, 'phone is present', 'phone 存在'],
    [{ var: { cat: ['a', 'b'] } }, 'the field named by (\'a\' followed by \'b\')', '由 (“a” 后接 “b”) 指定的字段'],
  ]);
});

describe('renderLogic: logic', () => {
  check([
    [{ or: [{ var: 'a' }, { var: 'b' }] }, 'a or b', 'a 或 b'],
    [{ and: [{ var: 'a' }] }, 'a', 'a'],
    [{ and: [] }, 'false', '假'],
    [{ '!': { var: 'vip' } }, 'not vip', '非 vip'],
    [{ '!': [{ '>=': [{ var: 'satisfaction' }, 90] }] }, 'not (satisfaction ≥ 90)', '非 (satisfaction ≥ 90)'],
    [{ '!!': [{ var: 'phone' }] }, 'phone is true', 'phone 为真'],
    [{ if: [{ '>=': [{ var: 's' }, 90] }, 10, 0] }, 'if s ≥ 90 then 10 else 0', '如果 s ≥ 90 则 10 否则 0'],
    [{ '?:': [{ var: 'vip' }, 'gold', 'silver'] }, "if vip then 'gold' else 'silver'", '如果 vip 则 “gold” 否则 “silver”'],
    [{ if: [{ var: 'a' }, 1, { var: 'b' }, 2, 3] }, 'if a then 1 else if b then 2 else 3', '如果 a 则 1 否则如果 b 则 2 否则 3'],
    [{ if: [{ var: 'a' }, 1] }, 'if a then 1', '如果 a 则 1'],
    [{ '??': [{ var: 'nickname' }, { var: 'name' }, 'Guest'] }, "first non-empty of nickname, name, 'Guest'", 'nickname、name、“Guest” 中第一个非空值'],
    [{ '??': [{ var: 'a' }] }, 'a', 'a'],
    [{ try: [{ '/': [{ var: 'a' }, { var: 'b' }] }, 0] }, 'try a ÷ b, on error 0', '尝试 a ÷ b，出错时取 0'],
    [{ try: [{ throw: 'x' }, { val: 'type' }] }, "try fail with 'x', on error the error type", '尝试 报错 “x”，出错时取 错误类型'],
    [{ throw: 'Not an admin' }, "fail with 'Not an admin'", '报错 “Not an admin”'],
    [{ log: { var: 'x' } }, 'x', 'x'],
    [{ preserve: { var: 'x' } }, '{"var":"x"}', '{"var":"x"}'],
  ]);
});

describe('renderLogic: comparisons', () => {
  check([
    [{ '==': [{ var: 'a' }, 1] }, 'a = 1', 'a = 1'],
    [{ '===': [{ var: 'a' }, 'x'] }, "a = 'x'", 'a = “x”'],
    [{ '!=': [{ var: 'a' }, 1] }, 'a ≠ 1', 'a ≠ 1'],
    [{ '!==': [{ var: 'a' }, 1] }, 'a ≠ 1', 'a ≠ 1'],
    [{ '<': [{ var: 'a' }, 1] }, 'a < 1', 'a < 1'],
    [{ '<=': [{ var: 'a' }, 1] }, 'a ≤ 1', 'a ≤ 1'],
    [{ '>': [{ var: 'a' }, 1] }, 'a > 1', 'a > 1'],
    [{ '>=': [{ var: 'a' }, 1] }, 'a ≥ 1', 'a ≥ 1'],
    [{ '>': [3, 2, 1] }, '3 > 2 > 1', '3 > 2 > 1'],
    [{ '==': [{ var: 'manager' }, null] }, 'manager is empty', 'manager 为空'],
    [{ '!==': [null, { var: 'manager' }] }, 'manager is not empty', 'manager 不为空'],
    [{ in: [{ var: 'level' }, ['gold', 'silver']] }, "level is one of 'gold', 'silver'", 'level 属于 “gold”、“silver” 之一'],
    [{ in: ['Spring', { var: 'city' }] }, "'Spring' is in city", '“Spring” 在 city 中'],
    [{ in: [{ var: 'word' }, 'Springfield'] }, "'Springfield' contains word", '“Springfield” 包含 word'],
    [{ missing: ['phone'] }, 'phone is missing', '缺少 phone'],
    [{ missing: ['phone', 'email', 'address'] }, 'phone, email or address is missing', '缺少 phone、email 或 address'],
    [{ missing: [] }, 'nothing is missing', '没有缺失项'],
    [{ missing: { merge: ['vin', { var: 'extra' }] } }, "any of ('vin' combined with extra) is missing", '缺少 (“vin”、extra 合并) 中的任一项'],
    [{ missing_some: [1, ['phone', 'email']] }, 'fewer than 1 of phone, email are present', 'phone、email 中已提供的少于 1 项'],
  ]);

  it('uses field labels in missing lists', () => {
    expect(renderLogic({ missing: ['phone'] }, 'zh-CN', { fieldLabels: { phone: '电话' } })).toBe('缺少 电话');
  });
});

describe('renderLogic: arithmetic and text', () => {
  check([
    [{ '+': [{ var: 'base' }, { var: 'bonus' }] }, 'base + bonus', 'base + bonus'],
    [{ '-': [{ var: 'a' }, 10] }, 'a - 10', 'a - 10'],
    [{ '*': [{ var: 'a' }, 0.5] }, 'a × 0.5', 'a × 0.5'],
    [{ '/': [{ var: 'a' }, 4] }, 'a ÷ 4', 'a ÷ 4'],
    [{ '%': [{ var: 'a' }, 2] }, 'a mod 2', 'a 取余 2'],
    [{ '-': [{ var: 'a' }] }, '-a', '-a'],
    [{ '-': [-5] }, '-(-5)', '-(-5)'],
    [{ '+': { var: 'text' } }, 'text as a number', 'text 的数值'],
    [{ '+': [] }, '0', '0'],
    [{ '/': 4 }, '1 ÷ 4', '1 ÷ 4'],
    [{ max: [{ var: 'a' }, { var: 'b' }] }, 'maximum of a, b', 'a、b 中的最大值'],
    [{ min: [{ var: 'a' }, 60] }, 'minimum of a, 60', 'a、60 中的最小值'],
    [{ max: { val: 'data' } }, 'maximum of data', 'data 中的最大值'],
    [{ '+': { merge: [{ val: 'x' }, { val: 'y' }] } }, 'sum of (x combined with y)', '(x、y 合并) 的总和'],
    [{ '*': { preserve: [8, 2] } }, 'product of [8, 2]', '[8, 2] 的乘积'],
    [{ cat: ['Dear ', { var: 'name' }] }, "'Dear ' followed by name", '“Dear ” 后接 name'],
    [{ cat: { val: 'parts' } }, 'parts joined as text', 'parts 拼接成的文本'],
    [{ cat: [] }, "''", '“”'],
    [{ substr: [{ var: 'code' }, 0, 3] }, 'first 3 characters of code', 'code 的前 3 个字符'],
    [{ substr: [{ var: 'code' }, 0, 1] }, 'first character of code', 'code 的前 1 个字符'],
    [{ substr: [{ var: 'code' }, -4] }, 'last 4 characters of code', 'code 的后 4 个字符'],
    [{ substr: [{ var: 'code' }, 2] }, 'code from character 3', 'code 从第 3 个字符起的部分'],
    [{ substr: [{ var: 'code' }, 2, 3] }, '3 characters of code from character 3', 'code 从第 3 个字符起的 3 个字符'],
    [{ substr: [{ var: 'code' }, -5, -2] }, 'substr(code, -5, -2)', 'substr(code, -5, -2)'],
    [{ merge: [{ var: 'a' }, [1, 2]] }, 'a combined with [1, 2]', 'a、[1, 2] 合并'],
    [{ merge: [] }, '[]', '[]'],
  ]);
});

describe('renderLogic: iterators', () => {
  check([
    [{ all: [{ var: 'scores' }, { '>=': [{ var: '' }, 60] }] }, 'every item of scores satisfies the item ≥ 60', 'scores 中每一项都满足 该项 ≥ 60'],
    [{ none: [{ var: 'tickets' }, { '==': [{ var: 'status' }, 'open'] }] }, "no item of tickets has status = 'open'", 'tickets 中没有任何一项满足 status = “open”'],
    [{ some: [{ var: 'tickets' }, { and: [{ var: 'urgent' }, { '>': [{ var: 'hours' }, 24] }] }] }, 'any item of tickets has (urgent and hours > 24)', 'tickets 中任一项满足 (urgent 且 hours > 24)'],
    [{ map: [{ var: 'desserts' }, { var: 'qty' }] }, 'qty for each item of desserts', 'desserts 中每一项的 qty'],
    [{ filter: [{ var: 'people' }, { '>': [{ var: 'age' }, 21] }] }, 'items of people where age > 21', 'people 中满足 age > 21 的项'],
    [{ reduce: [{ var: 'items' }, { '+': [{ var: 'current.price' }, { var: 'accumulator' }] }, 0] }, 'sum of price over items', 'items 中各项 price 的总和'],
    [{ reduce: [{ val: 'n' }, { '+': [{ val: 'accumulator' }, { val: 'current' }] }, 0] }, 'sum of n', 'n 的总和'],
    [{ reduce: [{ var: 'n' }, { '*': [{ var: 'current' }, { var: 'accumulator' }] }, 1] }, 'product of n', 'n 的乘积'],
    [
      { '>': [{ reduce: [{ var: 'signIns' }, { '+': [{ var: 'accumulator' }, { if: [{ '>': [{ var: 'current' }, '08:30'] }, 1, 0] }] }, 0] }, 3] },
      "(the number of items of signIns where the item > '08:30') > 3",
      '(signIns 中满足 该项 > “08:30” 的项数) > 3',
    ],
    [
      { reduce: [{ var: 'n' }, { max: [{ var: 'current' }, { var: 'accumulator' }] }, 0] },
      'combine the items of n, starting from 0, by (maximum of the item, the running total)',
      '从 0 开始，依次对 n 的各项累计 (该项、累计值 中的最大值)',
    ],
    [
      { some: [{ var: 'classes' }, { some: [{ var: 'students' }, { '==': [{ var: 'grade' }, 'A'] }] }] },
      "any item of classes has (any item of students has grade = 'A')",
      'classes 中任一项满足 (students 中任一项满足 grade = “A”)',
    ],
    [
      { filter: [{ val: 'people' }, { '===': [{ val: 'department' }, { val: [[2], 'department'] }] }] },
      "items of people where department = the record's department",
      'people 中满足 department = 记录的 department 的项',
    ],
    [{ map: [{ val: 'n' }, { '+': [{ val: [[1], 'index'] }, { val: [] }] }] }, "the item's position + the item for each item of n", 'n 中每一项的 该项的序号 + 该项'],
    [{ map: 5 }, 'map(5)', 'map(5)'],
  ]);

  it('labels item fields by list.field, then by the bare field', () => {
    const rule = { some: [{ var: 'complaints' }, { and: [{ '==': [{ var: 'severity' }, 'serious'] }, { var: 'open' }] }] };
    const fieldLabels = { complaints: '投诉记录', 'complaints.severity': '严重程度', open: '未结' };
    expect(renderLogic(rule, 'zh-CN', { fieldLabels })).toBe('投诉记录 中任一项满足 (严重程度 = “serious” 且 未结)');
  });

  it('labels items of nested lists with their dotted path', () => {
    const rule = { all: [{ var: 'classes' }, { all: [{ var: 'students' }, { '>=': [{ var: 'grade' }, 60] }] }] };
    const fieldLabels = { classes: '班级', 'classes.students': '学生', 'classes.students.grade': '成绩' };
    expect(renderLogic(rule, 'zh-CN', { fieldLabels })).toBe('班级 中每一项都满足 (学生 中每一项都满足 成绩 ≥ 60)');
  });
});

describe('renderLogic: custom operators', () => {
  check(
    [
      [{ 'acme.weightedAvg': [{ var: 'a' }, { var: 'b' }] }, '加权平均(a, b)', '加权平均(a, b)'],
      [{ '>': [{ 'time.diffDays': [{ var: 'opened' }, { var: 'closed' }] }, 3] }, 'time.diffDays(opened, closed) > 3', 'time.diffDays(opened, closed) > 3'],
      [{ 'acme.score': { var: 'a' } }, 'acme.score(a)', 'acme.score(a)'],
      [{ bogus: [] }, 'bogus()', 'bogus()'],
    ],
    { operatorLabels: { 'acme.weightedAvg': '加权平均' } },
  );
});
