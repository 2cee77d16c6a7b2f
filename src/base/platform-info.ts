/** True on Apple platforms, where the primary modifier is Cmd instead of Ctrl. */
export function isMacintosh(): boolean {
  const nav = (globalThis as { navigator?: { platform?: string; userAgent?: string } }).navigator;
  if (!nav) return false;
  return /Mac|iPhone|iPad/.test(nav.platform ?? '') || /Macintosh/.test(nav.userAgent ?? '');
}
