// How a list value reads where there is room for one line (a grid cell, a preview table): its
// items joined with ", ", cut after about LIST_DISPLAY_CHARS characters with "… (+N)" for the
// items left out, and the whole list for a tooltip. Pure: runs in Node for the tests.
import type { ListItem } from '../../../src/core/data/list-text.ts';

/** About how many characters of items a cell shows before it cuts the list. */
export const LIST_DISPLAY_CHARS = 40;

export interface ListDisplay {
  /** The items that fit, then "… (+N)" when some were left out. */
  readonly text: string;
  /** Every item, for the title (tooltip). */
  readonly title: string;
}

/** `format` writes one item (the grid shows yes/no items in the display language). */
export function listDisplay(items: readonly ListItem[], format: (item: ListItem) => string = String, maxChars = LIST_DISPLAY_CHARS): ListDisplay {
  const texts = items.map(format);
  const title = texts.join(', ');
  if (title.length <= maxChars) return { text: title, title };
  // At least one item, then as many as fit.
  let shown = 1;
  let length = texts[0]!.length;
  while (shown < texts.length && length + 2 + texts[shown]!.length <= maxChars) length += 2 + texts[shown++]!.length;
  return { text: `${texts.slice(0, shown).join(', ')}, … (+${texts.length - shown})`, title };
}
