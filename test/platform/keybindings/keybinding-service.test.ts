import { describe, expect, it } from 'vitest';
import { ContextKeyService } from '../../../src/platform/contextkey/context-key-service.ts';
import { WhenSyntaxError } from '../../../src/platform/contextkey/when-expression.ts';
import { parseKeybinding } from '../../../src/platform/keybindings/keybinding.ts';
import { KeybindingService } from '../../../src/platform/keybindings/keybinding-service.ts';

function setup(isMac = false) {
  const contextKeys = new ContextKeyService();
  const service = new KeybindingService(contextKeys, { isMac });
  const resolve = (text: string) => service.resolve(parseKeybinding(text, isMac))?.command;
  return { contextKeys, service, resolve };
}

describe('KeybindingService', () => {
  it('resolves a chord to its command with args and rule', () => {
    const { service } = setup();
    const rule = { key: 'ctrl+shift+p', command: 'workbench.action.showCommands', args: [1, 'x'], source: 'workbench' };
    service.register(rule);
    const resolved = service.resolve(parseKeybinding('ctrl+shift+p', false));
    expect(resolved).toEqual({ command: 'workbench.action.showCommands', args: [1, 'x'], rule });
    expect(resolved?.rule).toBe(rule);
  });

  it('defaults args to an empty array and returns undefined for unbound chords', () => {
    const { service, resolve } = setup();
    service.register({ key: 'ctrl+p', command: 'quickOpen' });
    expect(service.resolve(parseKeybinding('ctrl+p', false))?.args).toEqual([]);
    expect(resolve('ctrl+shift+p')).toBeUndefined();
    expect(resolve('p')).toBeUndefined();
  });

  it('skips rules whose when-clause is false and falls back to earlier ones', () => {
    const { service, contextKeys, resolve } = setup();
    service.register({ key: 'enter', command: 'list.select', when: 'listFocus' });
    service.register({ key: 'enter', command: 'editor.newLine', when: 'editorFocus' });
    expect(resolve('enter')).toBeUndefined();
    contextKeys.set('listFocus', true);
    expect(resolve('enter')).toBe('list.select');
    contextKeys.set('editorFocus', true);
    expect(resolve('enter')).toBe('editor.newLine');
    contextKeys.set('listFocus', false);
    contextKeys.set('editorFocus', false);
    expect(resolve('enter')).toBeUndefined();
  });

  it('lets later registrations win (user > plugin > default)', () => {
    const { service, resolve } = setup();
    service.register({ key: 'ctrl+p', command: 'default.cmd', source: 'workbench' });
    const plugin = service.register({ key: 'ctrl+p', command: 'plugin.cmd', source: 'my.plugin' });
    expect(resolve('ctrl+p')).toBe('plugin.cmd');
    const user = service.register({ key: 'ctrl+p', command: 'user.cmd', source: 'user' });
    expect(resolve('ctrl+p')).toBe('user.cmd');
    user.dispose();
    expect(resolve('ctrl+p')).toBe('plugin.cmd');
    plugin.dispose();
    expect(resolve('ctrl+p')).toBe('default.cmd');
  });

  it('re-evaluates when-clauses at every resolve', () => {
    const { service, contextKeys, resolve } = setup();
    service.register({ key: 'escape', command: 'closeQuickInput', when: "activePanel == 'quickInput'" });
    contextKeys.set('activePanel', 'quickInput');
    expect(resolve('escape')).toBe('closeQuickInput');
    contextKeys.set('activePanel', 'output');
    expect(resolve('escape')).toBeUndefined();
  });

  it('distinguishes modifiers', () => {
    const { service, resolve } = setup();
    service.register({ key: 'ctrl+p', command: 'a' });
    service.register({ key: 'ctrl+shift+p', command: 'b' });
    service.register({ key: 'alt+p', command: 'c' });
    expect([resolve('ctrl+p'), resolve('ctrl+shift+p'), resolve('alt+p'), resolve('meta+p')]).toEqual(['a', 'b', 'c', undefined]);
  });

  describe('mac vs others', () => {
    it('uses the mac key on mac and key elsewhere', () => {
      const mac = setup(true);
      const other = setup(false);
      for (const { service } of [mac, other]) service.register({ key: 'ctrl+alt+n', mac: 'cmd+alt+n', command: 'newFile' });
      expect(mac.resolve('cmd+alt+n')).toBe('newFile');
      expect(mac.resolve('ctrl+alt+n')).toBeUndefined();
      expect(other.resolve('ctrl+alt+n')).toBe('newFile');
      expect(other.resolve('meta+alt+n')).toBeUndefined();
    });

    it('maps mod per platform', () => {
      const mac = setup(true);
      const other = setup(false);
      for (const { service } of [mac, other]) service.register({ key: 'mod+s', command: 'save' });
      expect(mac.resolve('meta+s')).toBe('save');
      expect(mac.resolve('ctrl+s')).toBeUndefined();
      expect(other.resolve('ctrl+s')).toBe('save');
    });

    it('only parses the mac key on mac, so a bad key elsewhere still throws there', () => {
      const mac = setup(true);
      expect(() => mac.service.register({ key: 'bogus+x', mac: 'cmd+x', command: 'cut' })).not.toThrow();
      const other = setup(false);
      expect(() => other.service.register({ key: 'bogus+x', mac: 'cmd+x', command: 'cut' })).toThrow("unknown modifier 'bogus'");
    });
  });

  describe('registration errors', () => {
    it('throws at register time for a bad key and registers nothing', () => {
      const { service } = setup();
      expect(() => service.register({ key: 'ctrl+nope', command: 'x' })).toThrow("unknown key 'nope'");
      expect(() => service.register({ key: '', command: 'x' })).toThrow('Empty keybinding');
      expect(service.getRules()).toEqual([]);
    });

    it('throws at register time for a bad when-clause', () => {
      const { service } = setup();
      expect(() => service.register({ key: 'ctrl+p', command: 'x', when: 'a &&' })).toThrow(WhenSyntaxError);
      expect(service.getRules()).toEqual([]);
    });

    it('throws for an empty command', () => {
      const { service } = setup();
      expect(() => service.register({ key: 'ctrl+p', command: '' })).toThrow('missing command');
      expect(() => service.register({ key: 'ctrl+p', command: '-' })).toThrow('missing command');
    });
  });

  describe('removal rules', () => {
    it('removes earlier bindings of the command on that key only', () => {
      const { service, resolve } = setup();
      service.register({ key: 'ctrl+p', command: 'workbench.action.quickOpen' });
      service.register({ key: 'ctrl+e', command: 'workbench.action.quickOpen' });
      service.register({ key: 'ctrl+p', command: '-workbench.action.quickOpen' });
      expect(resolve('ctrl+p')).toBeUndefined();
      expect(resolve('ctrl+e')).toBe('workbench.action.quickOpen');
      expect(service.lookupLabel('workbench.action.quickOpen')).toBe('Ctrl+E');
    });

    it('uncovers the previous command on that key', () => {
      const { service, resolve } = setup();
      service.register({ key: 'ctrl+p', command: 'print' });
      service.register({ key: 'ctrl+p', command: 'quickOpen' });
      service.register({ key: 'ctrl+p', command: '-quickOpen' });
      expect(resolve('ctrl+p')).toBe('print');
    });

    it('does not affect bindings registered after it', () => {
      const { service, resolve } = setup();
      service.register({ key: 'ctrl+p', command: '-quickOpen' });
      service.register({ key: 'ctrl+p', command: 'quickOpen' });
      expect(resolve('ctrl+p')).toBe('quickOpen');
    });

    it('with a when-clause removes only the binding with that same when-clause', () => {
      const { service, contextKeys, resolve } = setup();
      service.register({ key: 'ctrl+p', command: 'quickOpen', when: 'a' });
      service.register({ key: 'ctrl+p', command: 'quickOpen', when: 'b' });
      service.register({ key: 'ctrl+p', command: '-quickOpen', when: 'b' });
      contextKeys.set('b', true);
      expect(resolve('ctrl+p')).toBeUndefined();
      contextKeys.set('a', true);
      expect(resolve('ctrl+p')).toBe('quickOpen');
      expect(service.resolve(parseKeybinding('ctrl+p', false))?.rule.when).toBe('a');
    });

    it('without a key removes the command on every key', () => {
      const { service, resolve } = setup();
      service.register({ key: 'ctrl+p', command: 'quickOpen' });
      service.register({ key: 'ctrl+e', command: 'quickOpen' });
      service.register({ key: '', command: '-quickOpen' });
      expect(resolve('ctrl+p')).toBeUndefined();
      expect(resolve('ctrl+e')).toBeUndefined();
      expect(service.lookupLabel('quickOpen')).toBeUndefined();
    });

    it('restores the binding when the removal is disposed', () => {
      const { service, resolve } = setup();
      service.register({ key: 'ctrl+p', command: 'quickOpen' });
      const removal = service.register({ key: 'ctrl+p', command: '-quickOpen' });
      expect(resolve('ctrl+p')).toBeUndefined();
      removal.dispose();
      expect(resolve('ctrl+p')).toBe('quickOpen');
    });

    it('never resolves to a removal command', () => {
      const { service, resolve } = setup();
      service.register({ key: 'ctrl+p', command: '-quickOpen' });
      expect(resolve('ctrl+p')).toBeUndefined();
    });
  });

  describe('lookupLabel', () => {
    it('formats the winning rule for the command, ignoring when-clauses', () => {
      const { service } = setup();
      service.register({ key: 'ctrl+shift+p', command: 'showCommands', when: 'neverTrue' });
      expect(service.lookupLabel('showCommands')).toBe('Ctrl+Shift+P');
      service.register({ key: 'f1', command: 'showCommands' });
      expect(service.lookupLabel('showCommands')).toBe('F1');
      expect(service.lookupLabel('unbound')).toBeUndefined();
    });

    it('uses mac symbols on mac', () => {
      const { service } = setup(true);
      service.register({ key: 'ctrl+shift+p', mac: 'cmd+shift+p', command: 'showCommands' });
      expect(service.lookupLabel('showCommands')).toBe('⇧⌘P');
    });

    it('skips a binding a later rule always takes over', () => {
      const { service } = setup();
      service.register({ key: 'ctrl+e', command: 'quickOpen' });
      service.register({ key: 'ctrl+p', command: 'quickOpen' });
      service.register({ key: 'ctrl+p', command: 'print' });
      expect(service.lookupLabel('quickOpen')).toBe('Ctrl+E');
      expect(service.lookupLabel('print')).toBe('Ctrl+P');
    });

    it('keeps a binding that a later rule only sometimes takes over', () => {
      const { service } = setup();
      service.register({ key: 'ctrl+p', command: 'quickOpen' });
      service.register({ key: 'ctrl+p', command: 'print', when: 'editorFocus' });
      expect(service.lookupLabel('quickOpen')).toBe('Ctrl+P');
    });

    it('follows disposal', () => {
      const { service } = setup();
      service.register({ key: 'ctrl+e', command: 'quickOpen' });
      const later = service.register({ key: 'ctrl+p', command: 'quickOpen' });
      expect(service.lookupLabel('quickOpen')).toBe('Ctrl+P');
      later.dispose();
      expect(service.lookupLabel('quickOpen')).toBe('Ctrl+E');
    });
  });

  it('fires onDidChange on register and on dispose of a registration, once', () => {
    const { service } = setup();
    let count = 0;
    service.onDidChange(() => count++);
    const reg = service.register({ key: 'ctrl+p', command: 'x' });
    expect(count).toBe(1);
    reg.dispose();
    reg.dispose();
    expect(count).toBe(2);
  });

  it('does not fire for a registration that threw', () => {
    const { service } = setup();
    let count = 0;
    service.onDidChange(() => count++);
    expect(() => service.register({ key: 'nope+x', command: 'x' })).toThrow();
    expect(count).toBe(0);
  });

  it('returns rules in registration order, including removals', () => {
    const { service } = setup();
    const a = { key: 'ctrl+a', command: 'a' };
    const b = { key: 'ctrl+a', command: '-a' };
    service.register(a);
    service.register(b);
    expect(service.getRules()).toEqual([a, b]);
  });

  it('forgets everything and stops firing after dispose', () => {
    const { service, resolve } = setup();
    let count = 0;
    service.onDidChange(() => count++);
    const reg = service.register({ key: 'ctrl+p', command: 'x' });
    service.dispose();
    expect(resolve('ctrl+p')).toBeUndefined();
    expect(service.getRules()).toEqual([]);
    reg.dispose();
    expect(count).toBe(1);
  });

  it('works with any matcher, passing the rule when-clause through', () => {
    const seen: Array<string | undefined> = [];
    const service = new KeybindingService({ matches: (when) => (seen.push(when), when !== 'blocked') }, { isMac: false });
    service.register({ key: 'ctrl+p', command: 'a' });
    service.register({ key: 'ctrl+p', command: 'b', when: 'blocked' });
    expect(service.resolve(parseKeybinding('ctrl+p', false))?.command).toBe('a');
    expect(seen).toEqual(['blocked', undefined]);
  });
});
