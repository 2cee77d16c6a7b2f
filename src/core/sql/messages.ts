// Why a part of a configuration has no exact SQL, in both shipped languages.
import type { SqlMessage } from './types.ts';

export const messages = {
  invalidRule: (detail: string): SqlMessage => ({
    en: `The rule does not compile: ${detail}`,
    'zh-CN': `规则无法编译：${detail}`,
  }),
  operator: (op: string): SqlMessage => ({
    en: `The operator "${op}" has no SQL translation (custom operators, iterators and try/throw are evaluated in JavaScript only).`,
    'zh-CN': `运算符“${op}”无法转换为 SQL（自定义运算符、迭代运算符和 try/throw 只能在 JavaScript 中计算）。`,
  }),
  computedArguments: (op: string): SqlMessage => ({
    en: `"${op}" takes its argument list from another operator; SQL needs the arguments written out.`,
    'zh-CN': `“${op}”的参数列表由另一个运算符计算得出；SQL 需要逐个写出参数。`,
  }),
  computedPath: (op: string): SqlMessage => ({
    en: `"${op}" reads a field whose name is computed per record; SQL needs the field name written in the rule.`,
    'zh-CN': `“${op}”读取的字段名按记录计算得出；SQL 需要在规则中写明字段名。`,
  }),
  unknownField: (path: string): SqlMessage => ({
    en: `"${path}" is not a declared field, so the records table has no column for it.`,
    'zh-CN': `“${path}”不是已声明的字段，记录表中没有对应的列。`,
  }),
  objectValue: (path: string): SqlMessage => ({
    en: `"${path}" is an object (or the whole record); SQL can only use the fields inside it.`,
    'zh-CN': `“${path}”是一个对象（或整条记录）；SQL 只能使用其中的字段。`,
  }),
  listValue: (path: string): SqlMessage => ({
    en: `"${path}" is a list field; of the rules over lists only a count of items (the rule builder's "count") and a test for an empty list are translated to SQL (not some, all, sums or other uses): evaluate this scorecard with the runtime instead.`,
    'zh-CN': `“${path}”是列表字段；针对列表的规则中只有计数（规则构建器的“计数”）和判断列表是否为空能转换为 SQL（某项、全部、求和等其他用法不能），请改用运行时计算此评分卡。`,
  }),
  textAsNumber: (): SqlMessage => ({
    en: 'A number in text form cannot be read in SQL exactly as JavaScript prints numbers; only whole numbers from integer fields can be turned into text.',
    'zh-CN': '非整数的数值无法在 SQL 中按 JavaScript 的格式转换为文本；只有整数字段的整数值可以转换为文本。',
  }),
  timeAsText: (): SqlMessage => ({
    en: 'A time field is used as text; a record may hold "08:30" or "08:30:00", so text comparisons depend on how it was written. Use the time.* operators.',
    'zh-CN': '时间字段被当作文本使用；记录中可能写作“08:30”或“08:30:00”，文本比较的结果取决于写法。请使用 time.* 运算符。',
  }),
  arrayValue: (): SqlMessage => ({
    en: 'A computed list is used as a value (as text, or searched with "in"); SQL can only test whether it is empty.',
    'zh-CN': '计算得到的列表被当作值使用（转为文本或用“in”查找）；SQL 只能判断它是否为空。',
  }),
  objectLiteral: (): SqlMessage => ({
    en: 'An object value has no SQL form.',
    'zh-CN': '对象值没有对应的 SQL 形式。',
  }),
  postgresModulo: (): SqlMessage => ({
    en: 'PostgreSQL has no modulo for fractional numbers that matches JavaScript\'s %; it is translated only for whole numbers (integer fields and literals).',
    'zh-CN': 'PostgreSQL 没有与 JavaScript 的 % 一致的小数取模；仅对整数（整数字段和整数字面量）进行转换。',
  }),
  textDate: (op: string): SqlMessage => ({
    en: `"${op}" is given a text field; SQL reads dates and times only from date and time fields and from literals.`,
    'zh-CN': `“${op}”的参数是文本字段；SQL 只能从日期、时间字段和字面量读取日期时间。`,
  }),
  pluginScorer: (type: string): SqlMessage => ({
    en: `The scorer "${type}" is a plugin scorer: it runs in JavaScript only.`,
    'zh-CN': `评分器“${type}”是插件评分器，只能在 JavaScript 中运行。`,
  }),
  degenerateScorer: (): SqlMessage => ({
    en: 'The scorer divides by zero (equal worst and best, or target and floor, or stretch and target); validateConfig reports it.',
    'zh-CN': '评分器会除以零（最差值等于最佳值，或目标值等于起评值，或挑战目标等于目标值）；validateConfig 会报告此问题。',
  }),
  reservedName: (name: string): SqlMessage => ({
    en: `The name "${name}" starts with "__sc_", which the generated SQL uses for its own columns.`,
    'zh-CN': `名称“${name}”以“__sc_”开头，生成的 SQL 使用此前缀命名内部列。`,
  }),
  duplicateColumn: (name: string, other: string): SqlMessage => ({
    en: `The columns "${name}" and "${other}" would be the same column (DuckDB ignores the case of names; PostgreSQL cuts names at 63 bytes).`,
    'zh-CN': `列“${name}”与“${other}”会成为同一列（DuckDB 名称不区分大小写；PostgreSQL 名称超过 63 字节会被截断）。`,
  }),
  nulCharacter: (): SqlMessage => ({
    en: 'The text contains the character U+0000, which PostgreSQL text cannot hold.',
    'zh-CN': '文本包含字符 U+0000，PostgreSQL 的文本类型无法保存该字符。',
  }),
  unknownGrade: (grade: string): SqlMessage => ({
    en: `The grade "${grade}" is not one of the grade bands.`,
    'zh-CN': `等级“${grade}”不在等级列表中。`,
  }),
  noBands: (): SqlMessage => ({
    en: 'The configuration has no grade bands.',
    'zh-CN': '配置中没有等级。',
  }),
};
