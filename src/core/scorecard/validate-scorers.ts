// Scorer parameters that are each well-typed but do not make sense together: a line with no
// slope, a target equal to its floor, a stretch target on the wrong side, bands that hold no value.
// Formulas: docs/scorecard-evaluation.md, section 2.
import { type BilingualMessage, ProblemList, num, pointerOf, quoted } from './config-problems.ts';
import type {
  BandsScorer, IndicatorLeaf, LinearScorer, PassFailScorer, PluginScorer, ScaleConfig, Scorer, TargetScorer,
} from './types.ts';
import type { PlacedNode } from './validate-tree.ts';

const BUILT_IN = new Set(['linear', 'bands', 'likert', 'pass-fail', 'target', 'logic']);

export interface ScorerCheckOptions {
  /** Plugin scorer types known to the caller; unchecked when left out. */
  scorers?: readonly string[] | undefined;
}

export function checkScorers(leaves: readonly PlacedNode<IndicatorLeaf>[], scale: ScaleConfig, problems: ProblemList, options: ScorerCheckOptions): void {
  for (const { node, pointer } of leaves) {
    const at = pointerOf(pointer, 'scorer');
    const name = quoted(node.name, node.id);
    const scorer: Scorer = node.scorer;
    switch (scorer.type) {
      case 'linear':
        checkLinear(scorer as LinearScorer, node, at, pointer, name, problems);
        break;
      case 'target':
        checkTarget(scorer as TargetScorer, node, at, pointer, name, scale, problems);
        break;
      case 'bands':
        checkBands(scorer as BandsScorer, at, name, scale, problems);
        break;
      case 'pass-fail': {
        const { pass, fail } = scorer as PassFailScorer;
        if (pass !== undefined) checkInScale(pass, pointerOf(at, 'pass'), name, scale, problems);
        if (fail !== undefined) checkInScale(fail, pointerOf(at, 'fail'), name, scale, problems);
        break;
      }
      default:
        if (!BUILT_IN.has(scorer.type) && options.scorers !== undefined && !options.scorers.includes(scorer.type)) {
          const type = (scorer as PluginScorer).type;
          problems.error(pointerOf(at, 'type'), 'unknown-scorer', `${name.en} uses the scorer "${type}", which no installed plugin provides.`,
            `指标${name['zh-CN']}使用的评分方法“${type}”未由任何已安装的插件提供。`);
        }
    }
  }
}

function checkLinear(s: LinearScorer, leaf: IndicatorLeaf, at: string, leafAt: string, name: BilingualMessage, problems: ProblemList): void {
  if (s.worst === s.best) {
    problems.error(at, 'linear-range', `The linear scorer of ${name.en} has the same worst and best value (${num(s.best)}); they must differ.`,
      `指标${name['zh-CN']}的线性评分中最差值与最优值相同（${num(s.best)}），两者必须不同。`);
    return;
  }
  checkDirection(leaf, s.best > s.worst, leafAt, name, problems);
}

function checkTarget(s: TargetScorer, leaf: IndicatorLeaf, at: string, leafAt: string, name: BilingualMessage, scale: ScaleConfig, problems: ProblemList): void {
  const floor = s.floor ?? 0;
  if (s.target === floor) {
    problems.error(pointerOf(at, 'target'), 'target-floor', `The target of ${name.en} equals its floor (${num(floor)}${s.floor === undefined ? ', the default' : ''}); the target must differ from the floor.`,
      `指标${name['zh-CN']}的目标值等于起评值（${num(floor)}${s.floor === undefined ? '，默认值' : ''}），目标值必须与起评值不同。`);
    return;
  }
  checkDirection(leaf, s.target > floor, leafAt, name, problems);
  if ((s.stretch === undefined) !== (s.cap === undefined)) {
    problems.error(at, 'target-stretch-cap', `${name.en} gives ${s.stretch === undefined ? 'a cap score without a stretch target' : 'a stretch target without a cap score'}; give both or neither.`,
      `指标${name['zh-CN']}${s.stretch === undefined ? '设置了封顶分但没有挑战目标' : '设置了挑战目标但没有封顶分'}，两者须同时设置或同时省略。`);
  }
  if (s.stretch !== undefined && (s.target > floor ? s.stretch <= s.target : s.stretch >= s.target)) {
    const side = s.target > floor ? { en: 'above', zh: '高于' } : { en: 'below', zh: '低于' };
    problems.error(pointerOf(at, 'stretch'), 'target-stretch-side', `The stretch target of ${name.en} (${num(s.stretch)}) must lie ${side.en} the target (${num(s.target)}), on the far side from the floor.`,
      `指标${name['zh-CN']}的挑战目标（${num(s.stretch)}）必须${side.zh}目标值（${num(s.target)}），即位于起评值的另一侧。`);
  }
  if (s.cap !== undefined && s.cap < scale.max) {
    problems.error(pointerOf(at, 'cap'), 'target-cap', `The cap score of ${name.en} (${num(s.cap)}) is below the scale maximum (${num(scale.max)}); exceeding the target must not score less than meeting it.`,
      `指标${name['zh-CN']}的封顶分（${num(s.cap)}）低于满分（${num(scale.max)}），超额完成的得分不应低于完成目标的得分。`);
  }
}

function checkBands(s: BandsScorer, at: string, name: BilingualMessage, scale: ScaleConfig, problems: ProblemList): void {
  s.bands.forEach((band, i) => {
    const bandAt = pointerOf(at, 'bands', i);
    if (band.min === undefined && band.max === undefined) {
      problems.error(bandAt, 'band-bounds', `Band ${i + 1} of ${name.en} has neither "min" nor "max"; give at least one (use "otherwise" for the remaining values).`,
        `指标${name['zh-CN']}的第 ${i + 1} 个分档既没有下限（min）也没有上限（max），请至少设置一个（其余取值用 otherwise 评分）。`);
    } else if (band.min !== undefined && band.max !== undefined && band.min >= band.max) {
      problems.error(bandAt, 'band-range', `Band ${i + 1} of ${name.en} runs from ${num(band.min)} to below ${num(band.max)}, which holds no value; "min" must be less than "max".`,
        `指标${name['zh-CN']}的第 ${i + 1} 个分档从 ${num(band.min)} 到 ${num(band.max)}（不含），不包含任何取值；min 必须小于 max。`);
    }
    checkInScale(band.score, pointerOf(bandAt, 'score'), name, scale, problems);
  });
  if (s.otherwise !== undefined) checkInScale(s.otherwise, pointerOf(at, 'otherwise'), name, scale, problems);
}

function checkInScale(score: number, at: string, name: BilingualMessage, scale: ScaleConfig, problems: ProblemList): void {
  if (score >= scale.min && score <= scale.max) return;
  problems.warning(at, 'score-outside-scale', `The score ${num(score)} in ${name.en} lies outside the scale ${num(scale.min)}–${num(scale.max)}.`,
    `指标${name['zh-CN']}中的分值 ${num(score)} 超出了评分范围 ${num(scale.min)}–${num(scale.max)}。`);
}

/** The leaf's `direction` is only metadata, but a contradiction with its scorer misleads every chart. */
function checkDirection(leaf: IndicatorLeaf, higherIsBetter: boolean, leafAt: string, name: BilingualMessage, problems: ProblemList): void {
  if (leaf.direction === undefined || (leaf.direction === 'higher') === higherIsBetter) return;
  const scorerSays = higherIsBetter ? { en: 'higher', zh: '越高越好' } : { en: 'lower', zh: '越低越好' };
  const leafSays = leaf.direction === 'higher' ? '越高越好' : '越低越好';
  problems.warning(pointerOf(leafAt, 'direction'), 'direction-mismatch',
    `${name.en} says a ${leaf.direction} value is better, but its scorer rewards ${scorerSays.en} values.`,
    `指标${name['zh-CN']}标注为“${leafSays}”，但其评分方法实际是“${scorerSays.zh}”。`);
}
