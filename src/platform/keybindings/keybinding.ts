/**
 * One key press with modifiers: parsed from manifest text ('ctrl+shift+p', 'mod+,'), built from
 * keyboard events and formatted for menus. Only the shape of KeyboardEvent is used, so this runs
 * in Node and workers too.
 */
export interface KeyChord {
  ctrl: boolean;
  shift: boolean;
  alt: boolean;
  meta: boolean;
  /** Normalized lowercase key name: 'p', '1', 'f5', 'enter', 'arrowup', ',' ... */
  key: string;
}

export interface KeyboardEventLike {
  key: string;
  code?: string;
  ctrlKey: boolean;
  shiftKey: boolean;
  altKey: boolean;
  metaKey: boolean;
}

type Modifier = 'ctrl' | 'shift' | 'alt' | 'meta' | 'mod';

const MODIFIER_ALIASES: Readonly<Record<string, Modifier>> = {
  ctrl: 'ctrl',
  control: 'ctrl',
  shift: 'shift',
  alt: 'alt',
  option: 'alt',
  opt: 'alt',
  meta: 'meta',
  cmd: 'meta',
  command: 'meta',
  win: 'meta',
  super: 'meta',
  mod: 'mod',
};

const NAMED_KEYS = [
  'enter', 'escape', 'tab', 'space', 'backspace', 'delete',
  'arrowup', 'arrowdown', 'arrowleft', 'arrowright', 'home', 'end', 'pageup', 'pagedown',
] as const;
const PUNCTUATION = [',', '.', '/', '\\', '[', ']', '`', '-', '=', ';', "'"] as const;

const KEY_ALIASES: Readonly<Record<string, string>> = {
  esc: 'escape',
  return: 'enter',
  del: 'delete',
  up: 'arrowup',
  down: 'arrowdown',
  left: 'arrowleft',
  right: 'arrowright',
  pgup: 'pageup',
  pgdn: 'pagedown',
  comma: ',',
  period: '.',
  slash: '/',
  backslash: '\\',
  bracketleft: '[',
  bracketright: ']',
  backquote: '`',
  minus: '-',
  equal: '=',
  semicolon: ';',
  quote: "'",
};

const KNOWN_KEYS: ReadonlySet<string> = new Set<string>([
  ...'abcdefghijklmnopqrstuvwxyz0123456789',
  ...Array.from({ length: 12 }, (_, i) => `f${i + 1}`),
  ...NAMED_KEYS,
  ...PUNCTUATION,
]);

/**
 * 'ctrl+shift+p', 'Ctrl+P', 'mod+,' (mod = meta on mac, ctrl elsewhere). Exactly one key, last.
 * Throws with a message naming the bad part; sequences ('ctrl+k ctrl+c') are not supported.
 */
export function parseKeybinding(text: string, isMac: boolean): KeyChord {
  const trimmed = text.trim();
  if (trimmed === '') throw new Error('Empty keybinding');
  if (/\s/.test(trimmed.replace(/\s*\+\s*/g, '+'))) {
    throw new Error(`Keybinding "${text}": chord sequences (keys separated by spaces) are not supported`);
  }
  const parts = trimmed.split(/\s*\+\s*/);
  const chord: KeyChord = { ctrl: false, shift: false, alt: false, meta: false, key: '' };
  parts.forEach((raw, index) => {
    const part = raw.toLowerCase();
    const isLast = index === parts.length - 1;
    if (part === '') throw new Error(`Keybinding "${text}": empty part (a '+' with nothing next to it)`);
    const modifier = MODIFIER_ALIASES[part];
    if (modifier !== undefined) {
      if (isLast) throw new Error(`Keybinding "${text}": missing a key after the modifier '${raw}'`);
      const resolved = modifier === 'mod' ? (isMac ? 'meta' : 'ctrl') : modifier;
      chord[resolved] = true;
      return;
    }
    const key = KEY_ALIASES[part] ?? part;
    if (!KNOWN_KEYS.has(key)) {
      throw new Error(isLast
        ? `Keybinding "${text}": unknown key '${raw}'`
        : `Keybinding "${text}": unknown modifier '${raw}' (use ctrl, shift, alt, meta/cmd or mod)`);
    }
    if (!isLast) throw new Error(`Keybinding "${text}": the key '${raw}' must come last, after the modifiers`);
    chord.key = key;
  });
  return chord;
}

const CODE_KEYS: Readonly<Record<string, string>> = {
  Comma: ',', Period: '.', Slash: '/', Backslash: '\\', BracketLeft: '[', BracketRight: ']',
  Backquote: '`', Minus: '-', Equal: '=', Semicolon: ';', Quote: "'",
  Enter: 'enter', NumpadEnter: 'enter', Escape: 'escape', Tab: 'tab', Space: 'space',
  Backspace: 'backspace', Delete: 'delete', ArrowUp: 'arrowup', ArrowDown: 'arrowdown',
  ArrowLeft: 'arrowleft', ArrowRight: 'arrowright', Home: 'home', End: 'end',
  PageUp: 'pageup', PageDown: 'pagedown',
};

// Old browsers' and legacy `key` values, mapped to today's names.
const LEGACY_KEYS: Readonly<Record<string, string>> = {
  ' ': 'space', spacebar: 'space', esc: 'escape', del: 'delete',
  up: 'arrowup', down: 'arrowdown', left: 'arrowleft', right: 'arrowright',
};

const MODIFIER_KEYS: ReadonlySet<string> = new Set(['shift', 'control', 'alt', 'altgraph', 'meta', 'os', 'capslock', 'fn', 'hyper', 'super']);

/** undefined for modifier-only presses and keys the browser cannot identify. */
export function chordFromKeyboardEvent(e: KeyboardEventLike): KeyChord | undefined {
  const key = keyFromEvent(e);
  if (key === undefined) return undefined;
  return { ctrl: e.ctrlKey, shift: e.shiftKey, alt: e.altKey, meta: e.metaKey, key };
}

function keyFromEvent(e: KeyboardEventLike): string | undefined {
  const lowerKey = e.key.toLowerCase();
  if (MODIFIER_KEYS.has(lowerKey) || lowerKey === '' || lowerKey === 'unidentified') return undefined;
  // A plain Latin letter in `key` is what the user sees on the keycap: trusting it keeps Ctrl+Z on
  // the Z key of AZERTY/QWERTZ layouts. Shifted letters are still letters, so this loses nothing.
  if (/^[a-z]$/.test(lowerKey)) return lowerKey;
  // Named keys are not altered by modifiers, and with NumLock off Numpad1 reports 'End'.
  const named = LEGACY_KEYS[lowerKey] ?? lowerKey;
  if ((NAMED_KEYS as readonly string[]).includes(named) || /^f([1-9]|1[0-2])$/.test(named)) return named;
  // Otherwise the physical key: Shift+1 gives '!', Alt+P on a Mac gives 'π', dead keys give 'Dead'.
  const code = e.code ?? '';
  if (/^(Shift|Control|Alt|Meta|OS)(Left|Right)?$/.test(code)) return undefined;
  const fromCode = /^Key([A-Z])$/.exec(code)?.[1]?.toLowerCase()
    ?? /^(?:Digit|Numpad)([0-9])$/.exec(code)?.[1]
    ?? (/^F([1-9]|1[0-2])$/.test(code) ? code.toLowerCase() : undefined)
    ?? CODE_KEYS[code];
  if (fromCode !== undefined) return fromCode;
  if (lowerKey === 'dead') return undefined;
  return named;
}

export function chordsEqual(a: KeyChord, b: KeyChord): boolean {
  return a.key === b.key && a.ctrl === b.ctrl && a.shift === b.shift && a.alt === b.alt && a.meta === b.meta;
}

const KEY_LABELS: Readonly<Record<string, string>> = {
  enter: 'Enter', escape: 'Esc', tab: 'Tab', space: 'Space', backspace: 'Backspace', delete: 'Delete',
  arrowup: 'Up', arrowdown: 'Down', arrowleft: 'Left', arrowright: 'Right',
  home: 'Home', end: 'End', pageup: 'PageUp', pagedown: 'PageDown',
};

/** 'Ctrl+Shift+P' elsewhere; '⇧⌘P' on mac, in VS Code's modifier order ⌃⌥⇧⌘. */
export function formatKeybinding(chord: KeyChord, isMac: boolean): string {
  const key = KEY_LABELS[chord.key] ?? (chord.key.length === 1 ? chord.key.toUpperCase() : titleCase(chord.key));
  if (isMac) {
    return `${chord.ctrl ? '⌃' : ''}${chord.alt ? '⌥' : ''}${chord.shift ? '⇧' : ''}${chord.meta ? '⌘' : ''}${key}`;
  }
  const parts: string[] = [];
  if (chord.ctrl) parts.push('Ctrl');
  if (chord.shift) parts.push('Shift');
  if (chord.alt) parts.push('Alt');
  if (chord.meta) parts.push('Meta');
  parts.push(key);
  return parts.join('+');
}

function titleCase(name: string): string {
  // 'f5' → 'F5'; unknown multi-letter keys get a capital first letter.
  return name.charAt(0).toUpperCase() + name.slice(1);
}
