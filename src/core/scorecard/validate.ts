// validateConfig: everything wrong with a scorecard configuration, located and explained in both
// languages. Four passes, each run only when the previous one leaves a document it can trust:
// object graph (validate-graph.ts) → migration (migrate.ts) → JSON Schema (validate-schema.ts) →
// the semantic checks the schema cannot express (the other validate-*.ts files).
import { type ConfigProblem, ProblemList } from './config-problems.ts';
import { MigrationError, migrateConfig, readVersion } from './migrate.ts';
import { DEFAULT_SCALE, type ScorecardConfig } from './types.ts';
import { checkFields, checkRaters } from './validate-fields.ts';
import { checkGrades, checkScale } from './validate-grades.ts';
import { checkJsonGraph } from './validate-graph.ts';
import { checkPolicies } from './validate-policies.ts';
import { checkRules } from './validate-rules.ts';
import { checkSchema } from './validate-schema.ts';
import { checkScorers } from './validate-scorers.ts';
import { checkTree, indexTree } from './validate-tree.ts';
import { checkWeighting } from './validate-weighting.ts';

export type { BilingualMessage, ConfigProblem, ProblemSeverity } from './config-problems.ts';

export interface ValidateOptions {
  /** Custom (plugin) JSON-logic operator names the evaluating engine knows. Left out, namespaced operators are accepted unchecked. */
  operators?: readonly string[];
  /** Plugin scorer types (`namespace.name`) the evaluating tool knows. Left out, plugin scorers are not checked. */
  scorers?: readonly string[];
}

export interface ValidationResult {
  /** No problem of severity `error`. */
  valid: boolean;
  problems: ConfigProblem[];
  /** The configuration after migration, present whenever it has the schema's shape (even with semantic errors). */
  config?: ScorecardConfig;
}

function finish(problems: ConfigProblem[], config?: ScorecardConfig): ValidationResult {
  const valid = !problems.some((p) => p.severity === 'error');
  return config === undefined ? { valid, problems } : { valid, problems, config };
}

/** Brings an older document up to date; a problem and no document when that is impossible. */
function migrate(doc: unknown, problems: ProblemList): { doc: unknown } | undefined {
  const version = readVersion(doc);
  // Not an object or an unreadable version: leave it to the schema to say what is wrong.
  if (version === null) return { doc };
  if (version === undefined) {
    problems.info('', 'version-missing', 'The configuration has no "version"; it is read as version 1.',
      '配置缺少“version”，按版本 1 读取。');
  }
  try {
    return { doc: migrateConfig(doc).config };
  } catch (error) {
    if (!(error instanceof MigrationError)) throw error;
    if (error.code === 'version-newer') {
      problems.error('/version', 'version-newer',
        `This scorecard was made by a newer version of the designer (format version ${error.version}; this one reads up to ${error.supported}). Update the designer to open it.`,
        `此评分卡由更新版本的设计器创建（格式版本 ${error.version}，当前设计器最高支持版本 ${error.supported}），请更新设计器后再打开。`);
    } else {
      problems.error('/version', 'migration-failed', `This scorecard could not be upgraded to the current format: ${error.message}.`,
        `此评分卡无法升级到当前格式：${error.message}。`);
    }
    return undefined;
  }
}

function checkSemantics(config: ScorecardConfig, problems: ProblemList, options: ValidateOptions): void {
  const scale = config.scale ?? DEFAULT_SCALE;
  const tree = indexTree(config.root);
  checkFields(config.fields, config.subject, problems);
  checkTree(tree, problems);
  checkScale(config.scale, problems);
  checkScorers(tree.leaves, scale, problems, { scorers: options.scorers });
  checkRules(config, tree, problems, { operators: options.operators });
  if (config.weighting !== undefined) checkWeighting(config.weighting, tree.byId, problems);
  if (config.raters !== undefined) checkRaters(config.raters, problems);
  if (config.policies !== undefined) checkPolicies(config.policies, config.grades, problems);
  checkGrades(config.grades, scale, problems);
}

/**
 * Validates a scorecard configuration (parsed JSON or an in-memory object). Never throws on bad
 * input: cycles, unknown versions, shape errors and inconsistencies all come back as problems.
 */
export function validateConfig(config: unknown, options: ValidateOptions = {}): ValidationResult {
  const graph = checkJsonGraph(config);
  if (graph.items.length > 0) return finish(graph.items);
  const problems = new ProblemList();
  const migrated = migrate(config, problems);
  if (migrated === undefined) return finish(problems.items);
  const schema = checkSchema(migrated.doc);
  if (schema.items.length > 0) return finish([...problems.items, ...schema.items]);
  const typed = migrated.doc as ScorecardConfig;
  checkSemantics(typed, problems, options);
  return finish(problems.items, typed);
}
