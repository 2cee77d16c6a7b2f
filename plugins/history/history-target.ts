// Which workspace document the history view follows: the one the active editor edits. Editors
// say so in their input's data ({ documentId } — datasets use { datasetId }).
import type { EditorInput } from '../../src/workbench/api.ts';

export function documentIdOf(input: EditorInput | undefined): string | undefined {
  const data = input?.data as { documentId?: unknown; datasetId?: unknown } | undefined;
  if (typeof data?.documentId === 'string') return data.documentId;
  if (typeof data?.datasetId === 'string') return data.datasetId;
  return undefined;
}

/** A JSON pointer as a readable path: "/rules/0/effect/amount" → "rules › 1 › effect › amount" (positions count from 1). */
export function readablePointer(pointer: string): string {
  if (pointer === '') return '(document)';
  return pointer.slice(1).split('/').map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~')).map((s) => (/^\d+$/.test(s) ? String(Number(s) + 1) : s)).join(' › ');
}

/** A value in a diff, shortened for reading. */
export function diffValue(value: unknown): string {
  if (value === undefined) return '';
  const text = JSON.stringify(value);
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}
