// The user-facing side of the store's failures: bilingual messages that say what happened, whether
// anything was lost, and what to do; and the mapping from DOMExceptions to WorkspaceError codes.
import { WorkspaceError, type WorkspaceMessage } from './workspace-api.ts';

export const messages = {
  quota: (): WorkspaceMessage => ({
    en: 'The browser refused to store more data: the storage space for this site is full. Nothing already saved was lost, and your latest edits are kept in this tab. Free space (delete old datasets or versions) or export a backup; saving is retried with your next edit.',
    'zh-CN': '浏览器拒绝存储更多数据：本网站的存储空间已满。已保存的内容没有丢失，最新的修改仍保留在此标签页中。请释放空间（删除旧的数据集或版本）或导出备份；下次编辑时会自动重试保存。',
  }),
  unavailable: (): WorkspaceMessage => ({
    en: 'This browser does not allow the designer to save here (IndexedDB is unavailable, for example in a private window or with site data blocked). You can keep working, but your work lives only in this tab: export a backup before closing it, or allow site data and reload.',
    'zh-CN': '此浏览器不允许设计器在此保存数据（IndexedDB 不可用，例如处于无痕/隐私窗口或已禁止网站数据）。你可以继续工作，但内容只保存在此标签页中：关闭前请导出备份，或允许网站数据后重新加载。',
  }),
  upgradeFailed: (detail: string): WorkspaceMessage => ({
    en: `The workspace database could not be upgraded to this version of the designer (${detail}). Nothing stored was changed or lost. You can keep working in this tab only; export a backup before closing it and report the problem.`,
    'zh-CN': `无法将工作区数据库升级到此版本的设计器（${detail}）。已存储的内容没有被修改或丢失。你可以仅在此标签页中继续工作；关闭前请导出备份并报告此问题。`,
  }),
  blocked: (): WorkspaceMessage => ({
    en: 'The workspace needs a database upgrade, but another tab or window of the designer still uses the old version. Close the other tabs of the designer (or reload them); this tab continues by itself once they are closed. Nothing stored was lost.',
    'zh-CN': '工作区需要升级数据库，但设计器的另一个标签页或窗口仍在使用旧版本。请关闭（或重新加载）设计器的其他标签页；关闭后此标签页会自动继续。已存储的内容没有丢失。',
  }),
  versionChange: (): WorkspaceMessage => ({
    en: 'Another tab upgraded the workspace to a newer version of the designer, so this tab stopped saving. Reload this tab to keep working; everything saved so far is kept.',
    'zh-CN': '另一个标签页已将工作区升级到更新版本的设计器，因此此标签页已停止保存。请重新加载此标签页以继续工作；已保存的内容都会保留。',
  }),
  newerVersion: (): WorkspaceMessage => ({
    en: 'The workspace was saved by a newer version of the designer than this page. Reload the page to get the newest version (close old tabs of the designer too). Nothing stored was changed.',
    'zh-CN': '工作区是由更新版本的设计器保存的，比当前页面更新。请重新加载页面以获取最新版本（同时关闭设计器的旧标签页）。已存储的内容没有被修改。',
  }),
  corrupt: (what: string): WorkspaceMessage => ({
    en: `A stored ${what} is damaged and could not be read. It was moved aside (not deleted) and the rest of the workspace keeps working. Export a backup to keep a copy of it.`,
    'zh-CN': `一个已存储的${zhWhat(what)}已损坏，无法读取。它已被移到隔离区（没有删除），工作区的其余部分可以继续使用。请导出备份以保留它的副本。`,
  }),
  conflict: (name: string): WorkspaceMessage => ({
    en: `"${name}" was changed in another tab since it was read here, so this change was not saved over it. Nothing was lost: reload the document and apply the change again.`,
    'zh-CN': `“${name}”在读取后已在另一个标签页中被修改，因此此次修改没有覆盖它。没有任何内容丢失：请重新加载该文档并再次修改。`,
  }),
  notFound: (what: WorkspaceMessage): WorkspaceMessage => ({
    en: `${what.en} does not exist (it may have been deleted in another tab). Nothing else was changed.`,
    'zh-CN': `${what['zh-CN']}不存在（可能已在另一个标签页中被删除）。其他内容没有被修改。`,
  }),
  importGone: (): WorkspaceMessage => ({
    en: 'This import can no longer be completed: its rows were discarded (it was cancelled, or the tab that started it closed). Nothing already stored was changed; start the import again.',
    'zh-CN': '此次导入已无法完成：导入的行已被丢弃（导入已取消，或启动它的标签页已关闭）。已存储的内容没有被修改；请重新开始导入。',
  }),
  notADataset: (name: string): WorkspaceMessage => ({
    en: `"${name}" is not a dataset, so it has no records. Nothing was changed.`,
    'zh-CN': `“${name}”不是数据集，没有数据记录。没有任何内容被修改。`,
  }),
  connectionLost: (): WorkspaceMessage => ({
    en: 'The browser closed the workspace database of this tab (for example because site data was cleared or storage failed), so this tab stopped saving. Reload the tab to keep working.',
    'zh-CN': '浏览器关闭了此标签页的工作区数据库（例如网站数据被清除或存储出错），因此此标签页已停止保存。请重新加载此标签页以继续工作。',
  }),
  invalidBackup: (count: number, first: WorkspaceMessage): WorkspaceMessage => ({
    en: `This file is not a valid workspace backup (${count} problem${count === 1 ? '' : 's'}; the first: ${first.en}). Nothing was changed.`,
    'zh-CN': `此文件不是有效的工作区备份（共 ${count} 个问题；第一个：${first['zh-CN']}）。没有任何内容被修改。`,
  }),
  closed: (): WorkspaceMessage => ({
    en: 'The workspace is closed in this tab, so the change was not saved. Reload the tab to keep working; everything saved so far is kept.',
    'zh-CN': '此标签页中的工作区已关闭，因此修改没有保存。请重新加载此标签页以继续工作；已保存的内容都会保留。',
  }),
};

function zhWhat(what: string): string {
  if (what.startsWith('document')) return '文档';
  if (what.startsWith('record')) return '数据记录';
  if (what.startsWith('version')) return '历史版本';
  if (what.startsWith('undo')) return '撤销记录';
  return '数据';
}

function nameOf(error: unknown): string | undefined {
  return typeof error === 'object' && error !== null && typeof (error as { name?: unknown }).name === 'string'
    ? (error as { name: string }).name
    : undefined;
}

/**
 * Quota errors come as QuotaExceededError on the request, or — when the browser fails the commit —
 * as an AbortError whose transaction error (or `inner`/`cause`, as wrappers put it) is the quota one.
 */
export function isQuotaError(error: unknown, transactionError?: unknown): boolean {
  const seen = new Set<unknown>();
  const visit = (e: unknown): boolean => {
    if (e === null || e === undefined || seen.has(e)) return false;
    seen.add(e);
    const name = nameOf(e);
    if (name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED') return true;
    // Older Safari: a DOMException with the legacy QUOTA_ERR code.
    if (typeof e === 'object' && (e as { code?: unknown }).code === 22 && name !== 'AbortError') return true;
    if (typeof e !== 'object') return false;
    const { inner, cause } = e as { inner?: unknown; cause?: unknown };
    return visit(inner) || visit(cause);
  };
  return visit(error) || visit(transactionError);
}

/** The WorkspaceError for a failed operation; errors that are not the store's problem pass through. */
export function toWorkspaceError(error: unknown, transactionError?: unknown): unknown {
  if (error instanceof WorkspaceError) return error;
  if (isQuotaError(error, transactionError)) return new WorkspaceError('quota', messages.quota(), { cause: error });
  const name = nameOf(error);
  if (name === 'InvalidStateError' && /clos/i.test(String((error as Error).message))) {
    return new WorkspaceError('version-change', messages.closed(), { cause: error });
  }
  return error;
}

/** Opening failures: a newer database, or no usable IndexedDB at all. */
export function toOpenError(error: unknown): WorkspaceError {
  if (error instanceof WorkspaceError) return error;
  if (nameOf(error) === 'VersionError') return new WorkspaceError('newer-version', messages.newerVersion(), { cause: error });
  if (isQuotaError(error)) return new WorkspaceError('quota', messages.quota(), { cause: error });
  return new WorkspaceError('unavailable', messages.unavailable(), { cause: error });
}
