// Errors that end an import, each with a message for the user in both shipped languages. A cancel
// is not one of them: it rejects with the standard AbortError DOMException.
import type { DataMessage, RowProblem } from '../../core/data/index.ts';

export type ImportErrorCode =
  | 'stopped' // badRows 'stop' met a bad row
  | 'no-header' // the file has no non-blank row
  | 'unreadable' // the file could not be read (xlsx damaged, file gone)
  | 'store-unavailable'; // the worker has no workspace store to write to

export class ImportError extends Error {
  constructor(
    readonly code: ImportErrorCode,
    readonly userMessage: DataMessage,
    /** For 'stopped': the problem of the row it stopped at. */
    readonly problem?: RowProblem,
    options?: { cause?: unknown },
  ) {
    super(userMessage.en, options);
    this.name = 'ImportError';
  }
}

export function stoppedError(line: number, problem: RowProblem | undefined): ImportError {
  const detail = problem ? { en: ` ${problem.message.en}`, zh: problem.message['zh-CN'] } : { en: '', zh: '' };
  return new ImportError('stopped', {
    en: `The import stopped at line ${line}, as chosen for rows with bad cells; nothing was imported.${detail.en}`,
    'zh-CN': `按所选的坏行处理方式，导入在第 ${line} 行停止，没有导入任何数据。${detail.zh}`,
  }, problem);
}

export function noHeaderError(): ImportError {
  return new ImportError('no-header', {
    en: 'The file has no rows: there is no header line with column names.',
    'zh-CN': '文件中没有任何行：找不到包含列名的表头。',
  });
}

export function unreadableError(cause: unknown, message?: DataMessage): ImportError {
  return new ImportError('unreadable', message ?? {
    en: 'The file could not be read. Check that it still exists and is not open in another program, then try again.',
    'zh-CN': '无法读取文件。请确认文件仍然存在且未被其他程序占用，然后重试。',
  }, undefined, { cause });
}

export function storeUnavailableError(): ImportError {
  return new ImportError('store-unavailable', {
    en: 'The workspace store is not available to the import, so nothing was imported.',
    'zh-CN': '导入无法访问工作区存储，因此没有导入任何数据。',
  });
}

/** The error an aborted import rejects with: the signal's reason when it is an AbortError, else a new one. */
export function abortError(signal: AbortSignal): Error {
  const reason: unknown = signal.reason;
  if (reason instanceof Error && reason.name === 'AbortError') return reason;
  return new DOMException('The import was cancelled.', 'AbortError');
}

export function isAbortError(error: unknown): boolean {
  return error instanceof Error && error.name === 'AbortError';
}
