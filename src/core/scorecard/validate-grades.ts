// The scale and the grade bands: every total must fall in exactly one band, so bands run best
// first with falling minimums down to the scale minimum; a forced distribution must share out
// exactly the existing grades.
import { ProblemList, num, pointerOf, quoted } from './config-problems.ts';
import type { GradeConfig, ScaleConfig } from './types.ts';

const SHARE_TOLERANCE = 1e-6;

export function checkScale(scale: ScaleConfig | undefined, problems: ProblemList): void {
  if (scale === undefined || scale.min < scale.max) return;
  problems.error('/scale', 'scale-range', `The scale minimum (${num(scale.min)}) must be less than its maximum (${num(scale.max)}).`,
    `评分范围的最低分（${num(scale.min)}）必须小于最高分（${num(scale.max)}）。`);
}

export function checkGrades(grades: GradeConfig, scale: ScaleConfig, problems: ProblemList): void {
  const ids = new Set<string>();
  grades.bands.forEach((band, i) => {
    const at = pointerOf('/grades/bands', i);
    const name = quoted(band.label, band.id);
    if (ids.has(band.id)) {
      problems.error(pointerOf(at, 'id'), 'duplicate-grade-id', `Grade id "${band.id}" is used by more than one grade.`,
        `等级编号“${band.id}”被多个等级重复使用。`);
    }
    ids.add(band.id);
    const previous = grades.bands[i - 1];
    if (previous !== undefined && band.min >= previous.min) {
      problems.error(pointerOf(at, 'min'), 'grades-order',
        `Grades go best first, each starting lower than the one before: ${name.en} starts at ${num(band.min)}, not below ${quoted(previous.label, previous.id).en} (${num(previous.min)}).`,
        `等级须从高到低排列，每一级的起点分都低于上一级：${name['zh-CN']}的起点分 ${num(band.min)} 不低于${quoted(previous.label, previous.id)['zh-CN']}（${num(previous.min)}）。`);
    }
    if (band.min < scale.min || band.min > scale.max) {
      problems.error(pointerOf(at, 'min'), 'grade-outside-scale', `${name.en} starts at ${num(band.min)}, outside the scale ${num(scale.min)}–${num(scale.max)}.`,
        `等级${name['zh-CN']}的起点分 ${num(band.min)} 超出了评分范围 ${num(scale.min)}–${num(scale.max)}。`);
    } else if (i === grades.bands.length - 1 && band.min !== scale.min) {
      problems.error(pointerOf(at, 'min'), 'grades-coverage',
        `The last grade, ${name.en}, starts at ${num(band.min)}, so totals below it get no grade; it must start at the scale minimum (${num(scale.min)}).`,
        `最低等级${name['zh-CN']}的起点分为 ${num(band.min)}，低于该分数的总分将没有等级；最低等级的起点分必须等于评分范围的最低分（${num(scale.min)}）。`);
    }
  });
  if (grades.forced !== undefined) checkForced(grades, ids, problems);
}

function checkForced(grades: GradeConfig, ids: ReadonlySet<string>, problems: ProblemList): void {
  const shares = grades.forced?.shares ?? [];
  const named = new Set<string>();
  shares.forEach(({ grade }, i) => {
    const at = pointerOf('/grades/forced/shares', i, 'grade');
    if (!ids.has(grade)) {
      problems.error(at, 'forced-unknown-grade', `The forced distribution gives a share to grade "${grade}", which is not one of the grades (${[...ids].join(', ')}).`,
        `强制分布为等级“${grade}”分配了比例，但不存在该等级（现有等级：${[...ids].join('、')}）。`);
    } else if (named.has(grade)) {
      problems.error(at, 'forced-duplicate-grade', `The forced distribution gives grade "${grade}" more than one share.`,
        `强制分布为等级“${grade}”重复分配了比例。`);
    }
    named.add(grade);
  });
  const sum = shares.reduce((total, s) => total + s.share, 0);
  if (Math.abs(sum - 1) > SHARE_TOLERANCE && Math.abs(sum - 100) > SHARE_TOLERANCE) {
    problems.error('/grades/forced/shares', 'forced-sum', `The forced distribution's shares add up to ${num(sum)}; they must add up to 1 (fractions) or 100 (percent).`,
      `强制分布的比例合计为 ${num(sum)}，应合计为 1（小数）或 100（百分比）。`);
  }
}
