import { Emitter, type Event } from '../../base/event.ts';
import { type IDisposable, toDisposable } from '../../base/lifecycle.ts';
import { isMacintosh } from '../../base/platform-info.ts';
import { parseWhen } from '../contextkey/when-expression.ts';
import { type KeyChord, chordsEqual, formatKeybinding, parseKeybinding } from './keybinding.ts';

export interface KeybindingRule {
  key: string;
  mac?: string;
  command: string;
  when?: string;
  args?: unknown[];
  /** who contributed it (plugin id or 'workbench') */
  source?: string;
}

export interface ResolvedKeybinding {
  command: string;
  args: unknown[];
  rule: KeybindingRule;
}

interface Entry {
  readonly rule: KeybindingRule;
  /** undefined only for a removal rule with an empty key, which removes the command on every key. */
  readonly chord: KeyChord | undefined;
  readonly when: string | undefined;
}

/**
 * Maps key chords to commands, VS Code style: the most recently registered rule whose when-clause
 * holds wins (so user > plugin > default when registered in that order), and a rule whose command
 * is '-some.command' removes earlier bindings of that command on that key.
 */
export class KeybindingService implements IDisposable {
  private entries: Entry[] = [];
  /** Entries left after removal rules, latest first; rebuilt lazily after each change. */
  private effectiveCache: Entry[] | undefined;
  private readonly isMac: boolean;
  private readonly _onDidChange = new Emitter<void>();
  readonly onDidChange: Event<void> = this._onDidChange.event;

  constructor(
    private readonly contextKeys: { matches(when: string | undefined): boolean },
    options?: { isMac?: boolean },
  ) {
    this.isMac = options?.isMac ?? isMacintosh();
  }

  /** Parse errors in the key or the when-clause throw here, so a bad manifest fails loudly at load. */
  register(rule: KeybindingRule): IDisposable {
    const text = this.isMac && rule.mac !== undefined ? rule.mac : rule.key;
    const isRemoval = rule.command.startsWith('-');
    if (rule.command.replace(/^-/, '').trim() === '') throw new Error(`Keybinding "${text}": missing command`);
    const chord = isRemoval && text.trim() === '' ? undefined : parseKeybinding(text, this.isMac);
    const when = normalizeWhen(rule.when);
    if (when !== undefined) parseWhen(when);

    const entry: Entry = { rule, chord, when };
    this.entries = [...this.entries, entry];
    this.changed();
    return toDisposable(() => {
      const before = this.entries.length;
      this.entries = this.entries.filter((e) => e !== entry);
      if (this.entries.length !== before) this.changed();
    });
  }

  /** The command for a chord in the current context; later registrations win over earlier ones (like VS Code user > plugin > default); a rule whose when is false is skipped. */
  resolve(chord: KeyChord): ResolvedKeybinding | undefined {
    for (const entry of this.effective()) {
      if (!entry.chord || !chordsEqual(entry.chord, chord)) continue;
      if (!this.contextKeys.matches(entry.when)) continue;
      return { command: entry.rule.command, args: entry.rule.args ?? [], rule: entry.rule };
    }
    return undefined;
  }

  /** Label of the keybinding shown next to a command in the palette/menus (the winning rule for that command, ignoring when-clauses), e.g. 'Ctrl+Shift+P'. */
  lookupLabel(command: string): string | undefined {
    const effective = this.effective();
    for (let i = 0; i < effective.length; i++) {
      const entry = effective[i]!;
      if (entry.rule.command !== command || !entry.chord) continue;
      // Skip a binding that a later rule always takes over (same key, a when that holds at least
      // as often), as VS Code does, so menus do not advertise a key that runs something else.
      const chord = entry.chord;
      const shadowed = effective.slice(0, i).some((later) =>
        later.chord !== undefined && chordsEqual(later.chord, chord) && (later.when === undefined || later.when === entry.when));
      if (!shadowed) return formatKeybinding(chord, this.isMac);
    }
    return undefined;
  }

  getRules(): readonly KeybindingRule[] {
    return this.entries.map((e) => e.rule);
  }

  dispose(): void {
    this.entries = [];
    this.effectiveCache = undefined;
    this._onDidChange.dispose();
  }

  private changed(): void {
    this.effectiveCache = undefined;
    this._onDidChange.fire();
  }

  /**
   * Walks from the latest registration back, collecting removal rules as they appear: a removal
   * only affects rules registered before it, matching on command, key (unless it has none) and
   * when-clause (unless it has none).
   */
  private effective(): Entry[] {
    if (this.effectiveCache) return this.effectiveCache;
    const removals: Entry[] = [];
    const result: Entry[] = [];
    for (let i = this.entries.length - 1; i >= 0; i--) {
      const entry = this.entries[i]!;
      if (entry.rule.command.startsWith('-')) {
        removals.push(entry);
        continue;
      }
      const removed = removals.some((r) =>
        r.rule.command.slice(1) === entry.rule.command
        && (r.chord === undefined || (entry.chord !== undefined && chordsEqual(r.chord, entry.chord)))
        && (r.when === undefined || r.when === entry.when));
      if (!removed) result.push(entry);
    }
    this.effectiveCache = result;
    return result;
  }
}

/** Whitespace-only when-clauses mean "always", and surrounding space must not defeat when matching. */
function normalizeWhen(when: string | undefined): string | undefined {
  const trimmed = when?.trim();
  return trimmed === '' ? undefined : trimmed;
}
