// The usage note of the runtime bundle (README.md in the zip), in the designer's UI language: what
// the files are, the fields a record needs, and two runnable examples (Node, and a browser
// <script type="module">) that validate the configuration and evaluate records with it.
import { generateRecords } from '../data/generate-records.ts';
import { type Locale, resolveLocalized } from '../localized-text.ts';
import type { FieldDef, ScorecardConfig } from '../scorecard/types.ts';

interface ReadmeTexts {
  title(name: string): string;
  intro: string;
  files: string[];
  fields: string;
  fieldsNote: string;
  nodeHeading: string;
  nodeIntro: string;
  nodeRun: string;
  browserHeading: string;
  browserIntro: string;
  results: string;
}

const TEXTS: Record<Locale, ReadmeTexts> = {
  en: {
    title: (name) => `# ${name}: scorecard runtime`,
    intro: 'Everything needed to score records with this scorecard outside the designer. Nothing to install: the runtime has no dependencies and no DOM code; it runs in Node 20 or later and in current browsers.',
    files: [
      '- `scorecard.json`: the scorecard configuration (validated when it was exported; its `$schema` lets editors check it).',
      '- `scorecard-runtime.js`: the designer\'s engine as one ES module (`validateConfig`, `evaluate`, `toSQL`, `applyLogic`, the weighting functions...).',
      '- `package.json`: tells Node that `.js` files here are ES modules.',
    ],
    fields: '## The fields of a record',
    fieldsNote: 'A record is a JSON object with these keys; a missing value is `null` or an absent key. Dates are "YYYY-MM-DD" texts, times "HH:mm".',
    nodeHeading: '## Node',
    nodeIntro: 'Save this as `score.mjs` next to the other files, put the records (a JSON array) in `records.json`, then run it:',
    nodeRun: 'It prints one line per record: its id, total, grade and status.',
    browserHeading: '## Browser',
    browserIntro: 'Browsers load modules only over HTTP: serve this folder (for example `npx http-server` or `python3 -m http.server`) and open a page holding:',
    results: '`evaluate` returns `records` (per record: `total`, `grade`, `status`, `fired` policies, `flags`, `rank`, `percentile`...), `nodes` and `scores` (every indicator\'s score), and summary `stats`.',
  },
  'zh-CN': {
    title: (name) => `# ${name}：评分卡运行时`,
    intro: '在设计器之外用此评分卡给记录打分所需的全部文件。无需安装：运行时没有依赖，也不含 DOM 代码，可在 Node 20 及以上版本和当前浏览器中运行。',
    files: [
      '- `scorecard.json`：评分卡配置（导出时已校验；其 `$schema` 可让编辑器检查它）。',
      '- `scorecard-runtime.js`：设计器的计算引擎，一个 ES 模块（`validateConfig`、`evaluate`、`toSQL`、`applyLogic`、赋权函数等）。',
      '- `package.json`：告诉 Node 此处的 `.js` 文件是 ES 模块。',
    ],
    fields: '## 记录的字段',
    fieldsNote: '一条记录是含以下键的 JSON 对象；缺失值写 `null` 或省略该键。日期为 "YYYY-MM-DD" 文本，时间为 "HH:mm"。',
    nodeHeading: '## Node',
    nodeIntro: '将以下代码保存为 `score.mjs`，与其他文件放在一起，把记录（JSON 数组）放进 `records.json`，然后运行：',
    nodeRun: '每条记录输出一行：编号、总分、等级和状态。',
    browserHeading: '## 浏览器',
    browserIntro: '浏览器只通过 HTTP 加载模块：用 HTTP 服务此文件夹（例如 `npx http-server` 或 `python3 -m http.server`），打开包含以下内容的页面：',
    results: '`evaluate` 返回 `records`（每条记录的 `total`、`grade`、`status`、触发的政策 `fired`、`flags`、`rank`、`percentile` 等）、`nodes` 与 `scores`（每个指标的得分）以及汇总 `stats`。',
  },
};

function fieldLine(field: FieldDef, locale: Locale): string {
  const label = resolveLocalized(field.label, locale);
  const unit = resolveLocalized(field.unit, locale);
  const type = field.type === 'list' ? `list of ${field.items ?? 'string'}` : field.type;
  const values = field.values?.length ? ` (${field.values.join(', ')})` : '';
  return `- \`${field.key}\`: ${type}${values}${label ? `, ${label}` : ''}${unit ? ` [${unit}]` : ''}`;
}

function nodeExample(language: Locale): string {
  return [
    '```js',
    "import { readFile } from 'node:fs/promises';",
    "import { evaluate, validateConfig } from './scorecard-runtime.js';",
    '',
    "const config = JSON.parse(await readFile(new URL('./scorecard.json', import.meta.url), 'utf8'));",
    "const records = JSON.parse(await readFile(process.argv[2] ?? 'records.json', 'utf8'));",
    'const report = validateConfig(config);',
    `if (!report.valid) throw new Error(report.problems.map((p) => \`\${p.pointer} \${p.message['${language}']}\`).join('\\n'));`,
    'const result = evaluate(report.config, records);',
    'for (const r of result.records) console.log(JSON.stringify({ id: r.id, total: r.total, grade: r.grade, status: r.status }));',
    '```',
    '',
    '```sh',
    'node score.mjs records.json',
    '```',
  ].join('\n');
}

function browserExample(sample: readonly Record<string, unknown>[], language: Locale): string {
  const records = sample.map((r) => `    ${JSON.stringify(r)},`).join('\n');
  return [
    '```html',
    '<script type="module">',
    "  import { evaluate, validateConfig } from './scorecard-runtime.js';",
    '',
    "  const config = await (await fetch('./scorecard.json')).json();",
    '  const report = validateConfig(config);',
    `  if (!report.valid) throw new Error(report.problems.map((p) => p.message['${language}']).join('\\n'));`,
    '  const records = [',
    records,
    '  ];',
    '  const result = evaluate(report.config, records);',
    '  console.table(result.records.map((r) => ({ id: r.id, total: r.total, grade: r.grade, status: r.status })));',
    '</script>',
    '```',
  ].join('\n');
}

/** README.md of the runtime bundle; the sample records are generated with a fixed seed (same config, same text). */
export function runtimeReadme(config: ScorecardConfig, locale: Locale): string {
  const x = TEXTS[locale];
  const name = resolveLocalized(config.name, locale).replace(/[\r\n]+/g, ' ').trim() || config.id;
  const sample = generateRecords(config.fields, 2, { seed: 1, edgeCases: false, ...(config.subject?.id ? { idField: config.subject.id } : {}) });
  return [
    x.title(name),
    '',
    x.intro,
    '',
    ...x.files,
    '',
    x.fields,
    '',
    x.fieldsNote,
    '',
    ...config.fields.map((f) => fieldLine(f, locale)),
    '',
    x.nodeHeading,
    '',
    x.nodeIntro,
    '',
    nodeExample(locale),
    '',
    x.nodeRun,
    '',
    x.browserHeading,
    '',
    x.browserIntro,
    '',
    browserExample(sample, locale),
    '',
    x.results,
    '',
  ].join('\n');
}
