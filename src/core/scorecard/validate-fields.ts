// Declared record fields, the people they identify, and the 360-degree rater classes that say
// where in a record each class's ratings are.
import { ProblemList, num, pointerOf, quoted } from './config-problems.ts';
import type { FieldDef, RaterConfig, SubjectFields } from './types.ts';

export function checkFields(fields: readonly FieldDef[], subject: SubjectFields | undefined, problems: ProblemList): void {
  const keys = new Set<string>();
  fields.forEach((field, i) => {
    if (keys.has(field.key)) {
      problems.error(pointerOf('/fields', i, 'key'), 'duplicate-field', `Field "${field.key}" is declared more than once.`,
        `字段“${field.key}”被重复声明。`);
    }
    keys.add(field.key);
    checkListItems(field, pointerOf('/fields', i), problems);
  });
  for (const role of ['id', 'name'] as const) {
    const key = subject?.[role];
    if (key === undefined || keys.has(key)) continue;
    const what = role === 'id' ? { en: 'identifies', zh: '标识被考核人' } : { en: 'names', zh: '显示被考核人姓名' };
    problems.error(pointerOf('/subject', role), 'subject-field', `The field that ${what.en} the appraised person, "${key}", is not a declared field.`,
      `用于${what.zh}的字段“${key}”未在字段列表中声明。`);
  }
}

/** A list field says what its items are; other fields have no items. */
export function checkListItems(field: FieldDef, at: string, problems: ProblemList): void {
  if (field.type === 'list' && field.items === undefined) {
    problems.error(pointerOf(at, 'type'), 'list-items', `Field "${field.key}" is a list; say what its items are with "items" (for example "time" for clock-in times).`,
      `字段“${field.key}”是列表，请用 "items" 说明其中每一项的类型（例如打卡时间为 "time"）。`);
  } else if (field.type !== 'list' && field.items !== undefined) {
    problems.error(pointerOf(at, 'items'), 'list-items', `Field "${field.key}" is not a list, so it has no item type; remove "items" or make the field a list.`,
      `字段“${field.key}”不是列表，不应有项类型；请删除 "items" 或将该字段设为列表。`);
  }
}

export function checkRaters(raters: RaterConfig, problems: ProblemList): void {
  const ids = new Set<string>();
  const sources = new Set<string>();
  raters.classes.forEach((rater, i) => {
    const at = pointerOf('/raters/classes', i);
    const name = quoted(rater.name, rater.id);
    if (ids.has(rater.id)) {
      problems.error(pointerOf(at, 'id'), 'duplicate-rater-id', `Rater class id "${rater.id}" is used by more than one class.`,
        `评价者类别编号“${rater.id}”被多个类别重复使用。`);
    }
    ids.add(rater.id);
    if (!(rater.weight > 0)) {
      problems.error(pointerOf(at, 'weight'), 'rater-weight', `The weight of rater class ${name.en} is ${num(rater.weight)}; it must be positive.`,
        `评价者类别${name['zh-CN']}的权重为 ${num(rater.weight)}，必须大于 0。`);
    }
    if (sources.has(rater.source)) {
      problems.error(pointerOf(at, 'source'), 'rater-source', `Rater class ${name.en} reads its ratings from "${rater.source}", which another class already uses; each class needs its own source.`,
        `评价者类别${name['zh-CN']}的评分来源“${rater.source}”已被其他类别使用，每个类别必须有各自的来源。`);
    }
    sources.add(rater.source);
  });
}
