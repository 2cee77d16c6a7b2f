// Checks a backup before anything is restored: the JSON Schema (schemas/workspace.schema.json, one
// source for ajv, editors and docs), then what a schema cannot say. Problems name a JSON pointer and
// say what is wrong in both languages, since the restore dialog shows them as they are.
import type { ErrorObject } from 'ajv';
// ajv's standalone code, generated from schemas/workspace.schema.json ahead of time (no `new Function`).
import { validate as generatedValidator } from './generated/workspace-backup-validator.js';
import type { BackupProblem, WorkspaceBackup, WorkspaceDocument, WorkspaceMessage } from './workspace-api.ts';
import { messages } from './workspace-errors.ts';
import { escapePointerSegment } from './json-patch.ts';


const TYPE_ZH: Record<string, string> = { object: '对象', array: '数组', string: '字符串', number: '数字', integer: '整数', boolean: '布尔值' };

function describe(error: ErrorObject): WorkspaceMessage {
  const params = error.params as Record<string, unknown>;
  switch (error.keyword) {
    case 'required':
      return { en: `missing property "${String(params.missingProperty)}"`, 'zh-CN': `缺少属性“${String(params.missingProperty)}”` };
    case 'additionalProperties':
      return { en: `unknown property "${String(params.additionalProperty)}"`, 'zh-CN': `未知属性“${String(params.additionalProperty)}”` };
    case 'type': {
      const type = String(params.type);
      return { en: `must be ${type === 'integer' ? 'an' : 'a'} ${type}`, 'zh-CN': `必须是${type.split(',').map((t) => TYPE_ZH[t] ?? t).join('或')}` };
    }
    case 'const':
      return { en: `must be ${JSON.stringify(params.allowedValue)}`, 'zh-CN': `必须是 ${JSON.stringify(params.allowedValue)}` };
    case 'enum': {
      const allowed = (params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ');
      return { en: `must be one of ${allowed}`, 'zh-CN': `必须是以下之一：${allowed}` };
    }
    case 'pattern':
      return { en: 'has the wrong format', 'zh-CN': '格式不正确' };
    case 'minimum':
      return { en: `must be at least ${String(params.limit)}`, 'zh-CN': `不能小于 ${String(params.limit)}` };
    case 'minLength':
      return { en: 'must not be empty', 'zh-CN': '不能为空' };
    default:
      return { en: error.message ?? error.keyword, 'zh-CN': `值无效（${error.message ?? error.keyword}）` };
  }
}

/** Schema problems first; when the shape is right, unique ids and rows and versions that belong. */
export function validateBackup(value: unknown): BackupProblem[] {
  if (!generatedValidator(value)) {
    const seen = new Set<string>();
    const problems: BackupProblem[] = [];
    for (const error of generatedValidator.errors ?? []) {
      if (error.keyword === 'if') continue; // its `then` branch reports the actual problem
      const problem = { pointer: error.instancePath, message: describe(error) };
      const key = `${problem.pointer}\u0000${problem.message.en}`;
      if (!seen.has(key)) problems.push(problem);
      seen.add(key);
    }
    return problems;
  }
  const backup = value as WorkspaceBackup;
  const problems: BackupProblem[] = [];
  const docs = new Map<string, WorkspaceDocument>();
  backup.documents.forEach((doc, i) => {
    if (docs.has(doc.id)) problems.push({ pointer: `/documents/${i}/id`, message: { en: `the id "${doc.id}" appears twice`, 'zh-CN': `id“${doc.id}”出现了两次` } });
    docs.set(doc.id, doc);
  });
  for (const [datasetId, rows] of Object.entries(backup.records)) {
    const pointer = `/records/${escapePointerSegment(datasetId)}`;
    if (docs.get(datasetId)?.kind !== 'dataset') {
      problems.push({ pointer, message: { en: `no dataset document has the id "${datasetId}"`, 'zh-CN': `没有 id 为“${datasetId}”的数据集文档` } });
    }
    const rowIds = new Set<number>();
    rows.forEach((row, i) => {
      if (rowIds.has(row.rowId)) {
        problems.push({ pointer: `${pointer}/${i}/rowId`, message: { en: `the row id ${row.rowId} appears twice`, 'zh-CN': `行 id ${row.rowId} 出现了两次` } });
      }
      rowIds.add(row.rowId);
    });
  }
  const versionIds = new Set<string>();
  backup.versions.forEach((version, i) => {
    if (versionIds.has(version.id)) {
      problems.push({ pointer: `/versions/${i}/id`, message: { en: `the version id "${version.id}" appears twice`, 'zh-CN': `版本 id“${version.id}”出现了两次` } });
    }
    versionIds.add(version.id);
    if (!docs.has(version.docId)) {
      problems.push({ pointer: `/versions/${i}/docId`, message: { en: `no document of the backup has the id "${version.docId}"`, 'zh-CN': `备份中没有 id 为“${version.docId}”的文档` } });
    }
  });
  return problems;
}

/** restoreBackup() of an invalid backup: nothing was changed; `problems` says why. */
export class BackupValidationError extends Error {
  readonly userMessage: WorkspaceMessage;

  constructor(readonly problems: BackupProblem[]) {
    const first = problems[0]!;
    const where = (m: WorkspaceMessage): WorkspaceMessage => ({ en: `${first.pointer || '/'}: ${m.en}`, 'zh-CN': `${first.pointer || '/'}：${m['zh-CN']}` });
    const userMessage = messages.invalidBackup(problems.length, where(first.message));
    super(userMessage.en);
    this.userMessage = userMessage;
    this.name = 'BackupValidationError';
  }
}
