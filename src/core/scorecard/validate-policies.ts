// Service rules that refer to things that do not exist or bound nothing: a veto capping at an
// unknown grade would silently never cap, and a points range with min above max clamps everything.
import { ProblemList, num, pointerOf, quoted } from './config-problems.ts';
import type { GradeConfig, Policy } from './types.ts';

export function checkPolicies(policies: readonly Policy[], grades: GradeConfig, problems: ProblemList): void {
  const ids = new Set<string>();
  const gradeIds = grades.bands.map((band) => band.id);
  policies.forEach((policy, i) => {
    const at = pointerOf('/policies', i);
    const name = quoted(policy.name, policy.id);
    if (ids.has(policy.id)) {
      problems.error(pointerOf(at, 'id'), 'duplicate-policy-id', `Rule id "${policy.id}" is used by more than one rule.`,
        `规则编号“${policy.id}”被多条规则重复使用。`);
    }
    ids.add(policy.id);
    const effect = policy.effect;
    if (effect.type === 'veto' && effect.mode === 'cap' && !gradeIds.includes(effect.grade)) {
      problems.error(pointerOf(at, 'effect', 'grade'), 'veto-unknown-grade',
        `The veto of ${name.en} caps the grade at "${effect.grade}", which is not one of the grades (${gradeIds.join(', ')}).`,
        `规则${name['zh-CN']}的一票否决将等级封顶为“${effect.grade}”，但不存在该等级（现有等级：${gradeIds.join('、')}）。`);
    }
    if (effect.type === 'points' && effect.min !== undefined && effect.max !== undefined && effect.min > effect.max) {
      problems.error(pointerOf(at, 'effect'), 'points-bounds',
        `The points of ${name.en} are bounded from ${num(effect.min)} to ${num(effect.max)}; "min" must not exceed "max".`,
        `规则${name['zh-CN']}的加扣分范围为 ${num(effect.min)} 至 ${num(effect.max)}，下限（min）不能大于上限（max）。`);
    }
  });
}
