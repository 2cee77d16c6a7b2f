// Deterministic datasets for the grid's tests (Node and Chromium alike).
import type { FieldDef } from '../../../src/core/scorecard/types.ts';
import type { CellValue } from '../../../plugins/datasets/grid/grid-data-source.ts';

export const GRID_FIELDS: FieldDef[] = [
  { key: 'id', type: 'string', label: { en: 'Agent', 'zh-CN': '坐席' } },
  { key: 'name', type: 'string', label: { en: 'Name', 'zh-CN': '姓名' } },
  { key: 'score', type: 'number', label: { en: 'Score', 'zh-CN': '得分' }, unit: { en: 'pts', 'zh-CN': '分' } },
  { key: 'calls', type: 'integer', label: { en: 'Calls', 'zh-CN': '通话数' } },
  { key: 'senior', type: 'boolean', label: { en: 'Senior', 'zh-CN': '资深' } },
  { key: 'joined', type: 'date', label: { en: 'Joined', 'zh-CN': '入职日期' } },
  { key: 'shift', type: 'time', label: { en: 'Shift start', 'zh-CN': '班次开始' } },
  { key: 'team', type: 'category', label: { en: 'Team', 'zh-CN': '班组' }, values: ['Gold', 'Silver', 'Bronze'] },
];

const SURNAMES = ['张', '王', '李', '赵', '陈', '刘', '杨', '黄', '周', '吴', 'Smith', 'Brown', 'Ng', 'Ma'];
const GIVEN = ['伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', 'Amy', 'Bo', 'Chen', 'Dan'];

/** A small linear congruential generator: same seed, same rows, in any JavaScript engine. */
function lcg(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (Math.imul(state, 1664525) + 1013904223) >>> 0;
    return state / 2 ** 32;
  };
}

/**
 * `count` rows over GRID_FIELDS: ids A000001…, mixed Chinese and Latin names, scores with one
 * decimal, and in every 37th row one value (never the id) missing (null).
 */
export function makeRows(count: number, seed = 7): Record<string, CellValue>[] {
  const random = lcg(seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const rows: Record<string, CellValue>[] = [];
  for (let i = 0; i < count; i++) {
    const day = 1 + Math.floor(random() * 28);
    const month = 1 + Math.floor(random() * 12);
    const hour = 7 + Math.floor(random() * 12);
    const row: Record<string, CellValue> = {
      id: `A${String(i + 1).padStart(6, '0')}`,
      name: `${pick(SURNAMES)}${pick(GIVEN)}`,
      score: Math.round(random() * 1000) / 10,
      calls: Math.floor(random() * 60),
      senior: random() < 0.3,
      joined: `2024-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
      shift: `${String(hour).padStart(2, '0')}:${random() < 0.5 ? '00' : '30'}`,
      team: pick(['Gold', 'Silver', 'Bronze']),
    };
    if (i % 37 === 5) row[GRID_FIELDS[1 + (Math.floor(i / 37) % (GRID_FIELDS.length - 1))]!.key] = null;
    rows.push(row);
  }
  return rows;
}
