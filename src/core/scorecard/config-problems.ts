// What validateConfig reports: one problem per finding, located by a JSON pointer into the
// configuration and worded in both shipped languages, so the Problems panel, the CLI and Monaco
// markers can all show it without a message catalogue of their own.
import { type LocalizedText, resolveLocalized } from '../localized-text.ts';
import { childPointer } from '../logic/json-pointer.ts';

export type ProblemSeverity = 'error' | 'warning' | 'info';

export interface BilingualMessage {
  en: string;
  'zh-CN': string;
}

export interface ConfigProblem {
  /** RFC 6901 pointer into the configuration; `""` is the whole document. */
  pointer: string;
  severity: ProblemSeverity;
  /** Stable id of the kind of problem (`weights-sum`, `schema-required`, ...), for filters and tests. */
  code: string;
  message: BilingualMessage;
}

/** Collects problems; the checks only say where, how bad, which kind and what, in both languages. */
export class ProblemList {
  readonly items: ConfigProblem[] = [];

  error(pointer: string, code: string, en: string, zh: string): void {
    this.items.push({ pointer, severity: 'error', code, message: { en, 'zh-CN': zh } });
  }

  warning(pointer: string, code: string, en: string, zh: string): void {
    this.items.push({ pointer, severity: 'warning', code, message: { en, 'zh-CN': zh } });
  }

  info(pointer: string, code: string, en: string, zh: string): void {
    this.items.push({ pointer, severity: 'info', code, message: { en, 'zh-CN': zh } });
  }
}

/** The pointer of a descendant: `pointerOf('/root', 'children', 0)` is `/root/children/0`. */
export function pointerOf(base: string, ...tokens: Array<string | number>): string {
  return tokens.reduce<string>((pointer, token) => childPointer(pointer, token), base);
}

/** How a message names a thing: its name in the message's language, else its id, quoted per language. */
export function quoted(name: LocalizedText | undefined, id: string): BilingualMessage {
  const en = resolveLocalized(name, 'en') || id;
  const zh = resolveLocalized(name, 'zh-CN') || id;
  return { en: `"${en}"`, 'zh-CN': `“${zh}”` };
}

/** Numbers as people write them: no float noise like 99.99999999999999. */
export function num(value: number): string {
  return String(Number(value.toPrecision(12)));
}
