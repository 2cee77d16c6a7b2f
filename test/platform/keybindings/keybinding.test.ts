import { describe, expect, it } from 'vitest';
import {
  type KeyChord,
  type KeyboardEventLike,
  chordFromKeyboardEvent,
  chordsEqual,
  formatKeybinding,
  parseKeybinding,
} from '../../../src/platform/keybindings/keybinding.ts';

function chord(key: string, mods: Partial<Omit<KeyChord, 'key'>> = {}): KeyChord {
  return { ctrl: false, shift: false, alt: false, meta: false, ...mods, key };
}

function event(key: string, code: string | undefined, mods: Partial<Omit<KeyboardEventLike, 'key' | 'code'>> = {}): KeyboardEventLike {
  return { key, ...(code === undefined ? {} : { code }), ctrlKey: false, shiftKey: false, altKey: false, metaKey: false, ...mods };
}

describe('parseKeybinding', () => {
  it('parses modifiers and a key, case-insensitively', () => {
    expect(parseKeybinding('ctrl+shift+p', false)).toEqual(chord('p', { ctrl: true, shift: true }));
    expect(parseKeybinding('Ctrl+P', false)).toEqual(chord('p', { ctrl: true }));
    expect(parseKeybinding('SHIFT+ALT+F5', false)).toEqual(chord('f5', { shift: true, alt: true }));
    expect(parseKeybinding(' ctrl + k ', false)).toEqual(chord('k', { ctrl: true }));
    expect(parseKeybinding('a', false)).toEqual(chord('a'));
  });

  it('maps mod to meta on mac and ctrl elsewhere', () => {
    expect(parseKeybinding('mod+,', true)).toEqual(chord(',', { meta: true }));
    expect(parseKeybinding('mod+,', false)).toEqual(chord(',', { ctrl: true }));
    // ctrl stays ctrl on mac, as in VS Code
    expect(parseKeybinding('ctrl+a', true)).toEqual(chord('a', { ctrl: true }));
  });

  it('accepts modifier aliases', () => {
    for (const m of ['cmd', 'command', 'meta', 'win', 'super']) expect(parseKeybinding(`${m}+x`, false).meta).toBe(true);
    for (const m of ['alt', 'option', 'opt']) expect(parseKeybinding(`${m}+x`, true).alt).toBe(true);
    expect(parseKeybinding('control+x', false).ctrl).toBe(true);
  });

  it('normalizes key aliases', () => {
    const cases: Array<[string, string]> = [
      ['esc', 'escape'], ['Escape', 'escape'], ['return', 'enter'], ['up', 'arrowup'], ['Down', 'arrowdown'],
      ['left', 'arrowleft'], ['right', 'arrowright'], ['ArrowUp', 'arrowup'], ['del', 'delete'], ['pgup', 'pageup'],
      ['PageDown', 'pagedown'], ['space', 'space'], ['backspace', 'backspace'], ['tab', 'tab'], ['home', 'home'],
      ['end', 'end'], ['f12', 'f12'], ['1', '1'], ['0', '0'], ['comma', ','], ['.', '.'], ['/', '/'], ['\\', '\\'],
      ['[', '['], [']', ']'], ['`', '`'], ['-', '-'], ['=', '='], [';', ';'], ["'", "'"],
    ];
    for (const [text, key] of cases) expect(parseKeybinding(`ctrl+${text}`, false).key, text).toBe(key);
  });

  it('parses "-" as a key even though it looks like a separator elsewhere', () => {
    expect(parseKeybinding('ctrl+-', false)).toEqual(chord('-', { ctrl: true }));
  });

  it.each([
    ['', 'Empty keybinding'],
    ['   ', 'Empty keybinding'],
    ['hyper+x', "unknown modifier 'hyper'"],
    ['ctrl+foo', "unknown key 'foo'"],
    ['ctrl+f13', "unknown key 'f13'"],
    ['ctrl+shift', "missing a key after the modifier 'shift'"],
    ['ctrl', 'missing a key'],
    ['p+ctrl', "the key 'p' must come last"],
    ['a+b', "the key 'a' must come last"],
    ['ctrl++', 'empty part'],
    ['+a', 'empty part'],
    ['ctrl+k ctrl+c', 'chord sequences'],
  ])('rejects %j', (text, message) => {
    expect(() => parseKeybinding(text, false)).toThrow(message);
  });

  it('names the whole binding in the error', () => {
    expect(() => parseKeybinding('ctrl+foo', false)).toThrow('"ctrl+foo"');
  });
});

describe('chordFromKeyboardEvent', () => {
  it('returns undefined for modifier-only presses', () => {
    expect(chordFromKeyboardEvent(event('Shift', 'ShiftLeft', { shiftKey: true }))).toBeUndefined();
    expect(chordFromKeyboardEvent(event('Control', 'ControlRight', { ctrlKey: true }))).toBeUndefined();
    expect(chordFromKeyboardEvent(event('Meta', 'MetaLeft', { metaKey: true }))).toBeUndefined();
    expect(chordFromKeyboardEvent(event('Alt', 'AltLeft', { altKey: true }))).toBeUndefined();
    expect(chordFromKeyboardEvent(event('AltGraph', 'AltRight'))).toBeUndefined();
    expect(chordFromKeyboardEvent(event('CapsLock', 'CapsLock'))).toBeUndefined();
    expect(chordFromKeyboardEvent(event('Unidentified', undefined))).toBeUndefined();
  });

  it('lowercases shifted letters and keeps the modifiers', () => {
    expect(chordFromKeyboardEvent(event('P', 'KeyP', { ctrlKey: true, shiftKey: true }))).toEqual(chord('p', { ctrl: true, shift: true }));
  });

  it('uses the physical key when alt or shift changed the character', () => {
    expect(chordFromKeyboardEvent(event('π', 'KeyP', { altKey: true, metaKey: true }))).toEqual(chord('p', { alt: true, meta: true }));
    expect(chordFromKeyboardEvent(event('!', 'Digit1', { shiftKey: true }))).toEqual(chord('1', { shift: true }));
    expect(chordFromKeyboardEvent(event('<', 'Comma', { shiftKey: true }))).toEqual(chord(',', { shift: true }));
    expect(chordFromKeyboardEvent(event('Dead', 'KeyE', { altKey: true }))).toEqual(chord('e', { alt: true }));
    expect(chordFromKeyboardEvent(event('?', 'Slash', { shiftKey: true }))).toEqual(chord('/', { shift: true }));
  });

  it('keeps the letter the user sees on non-QWERTY layouts', () => {
    // AZERTY: the key labelled A sits where QWERTY has Q.
    expect(chordFromKeyboardEvent(event('a', 'KeyQ', { ctrlKey: true }))?.key).toBe('a');
    // QWERTZ: Ctrl+Z is on the physical Y key.
    expect(chordFromKeyboardEvent(event('z', 'KeyY', { ctrlKey: true }))?.key).toBe('z');
  });

  it('maps named keys', () => {
    expect(chordFromKeyboardEvent(event('Enter', 'Enter'))?.key).toBe('enter');
    expect(chordFromKeyboardEvent(event('Enter', 'NumpadEnter'))?.key).toBe('enter');
    expect(chordFromKeyboardEvent(event('Escape', 'Escape'))?.key).toBe('escape');
    expect(chordFromKeyboardEvent(event(' ', 'Space'))?.key).toBe('space');
    expect(chordFromKeyboardEvent(event('ArrowUp', 'ArrowUp'))?.key).toBe('arrowup');
    expect(chordFromKeyboardEvent(event('F5', 'F5'))?.key).toBe('f5');
    expect(chordFromKeyboardEvent(event('PageDown', 'PageDown'))?.key).toBe('pagedown');
    // NumLock off: the numpad 1 key is End.
    expect(chordFromKeyboardEvent(event('End', 'Numpad1'))?.key).toBe('end');
    expect(chordFromKeyboardEvent(event('1', 'Numpad1'))?.key).toBe('1');
  });

  it('falls back to key when code is missing or unknown', () => {
    expect(chordFromKeyboardEvent(event('p', undefined, { ctrlKey: true }))).toEqual(chord('p', { ctrl: true }));
    expect(chordFromKeyboardEvent(event(',', undefined))?.key).toBe(',');
    expect(chordFromKeyboardEvent(event('Esc', undefined))?.key).toBe('escape');
    expect(chordFromKeyboardEvent(event('Up', undefined))?.key).toBe('arrowup');
    expect(chordFromKeyboardEvent(event(' ', undefined))?.key).toBe('space');
    expect(chordFromKeyboardEvent(event('F2', undefined))?.key).toBe('f2');
    expect(chordFromKeyboardEvent(event('Dead', undefined))).toBeUndefined();
  });

  it('produces chords that equal parsed bindings', () => {
    const fromEvent = chordFromKeyboardEvent(event('P', 'KeyP', { metaKey: true, shiftKey: true }));
    expect(fromEvent && chordsEqual(fromEvent, parseKeybinding('mod+shift+p', true))).toBe(true);
    expect(fromEvent && chordsEqual(fromEvent, parseKeybinding('mod+shift+p', false))).toBe(false);
  });
});

describe('chordsEqual', () => {
  it('compares every field', () => {
    const base = chord('p', { ctrl: true });
    expect(chordsEqual(base, chord('p', { ctrl: true }))).toBe(true);
    expect(chordsEqual(base, chord('o', { ctrl: true }))).toBe(false);
    for (const m of ['ctrl', 'shift', 'alt', 'meta'] as const) {
      expect(chordsEqual(chord('p'), chord('p', { [m]: true }))).toBe(false);
    }
  });
});

describe('formatKeybinding', () => {
  it('formats with words and + elsewhere', () => {
    expect(formatKeybinding(parseKeybinding('ctrl+shift+p', false), false)).toBe('Ctrl+Shift+P');
    expect(formatKeybinding(chord('p', { ctrl: true, shift: true, alt: true, meta: true }), false)).toBe('Ctrl+Shift+Alt+Meta+P');
    expect(formatKeybinding(parseKeybinding('mod+,', false), false)).toBe('Ctrl+,');
    expect(formatKeybinding(chord('f1'), false)).toBe('F1');
  });

  it("formats with symbols in VS Code's order on mac", () => {
    expect(formatKeybinding(parseKeybinding('mod+shift+p', true), true)).toBe('⇧⌘P');
    expect(formatKeybinding(chord('k', { ctrl: true, shift: true, alt: true, meta: true }), true)).toBe('⌃⌥⇧⌘K');
    expect(formatKeybinding(parseKeybinding('mod+,', true), true)).toBe('⌘,');
  });

  it('titles key names', () => {
    const labels: Array<[string, string]> = [
      ['enter', 'Enter'], ['escape', 'Esc'], ['f12', 'F12'], ['arrowup', 'Up'], ['arrowdown', 'Down'],
      ['arrowleft', 'Left'], ['arrowright', 'Right'], ['space', 'Space'], ['tab', 'Tab'], ['backspace', 'Backspace'],
      ['delete', 'Delete'], ['pageup', 'PageUp'], ['pagedown', 'PageDown'], ['home', 'Home'], ['end', 'End'],
      ['1', '1'], ['/', '/'], ['\\', '\\'], ['`', '`'],
    ];
    for (const [key, label] of labels) expect(formatKeybinding(chord(key), false), key).toBe(label);
  });

  it('round-trips through parse for every formatted non-mac label', () => {
    for (const text of ['ctrl+shift+p', 'alt+f4', 'ctrl+enter', 'shift+escape', 'ctrl+,', 'meta+up']) {
      const parsed = parseKeybinding(text, false);
      expect(parseKeybinding(formatKeybinding(parsed, false), false)).toEqual(parsed);
    }
  });
});
