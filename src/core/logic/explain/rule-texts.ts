// Plain language of the parts of one rule, cached per pointer: the same condition is explained
// for every record (and every item), so each part is rendered once per language.
//
// renderLogic(subRule) would render a part as if it were a whole rule, so a condition inside an
// iterator body would lose its item scope (`{"var": ""}` would read "the record", item fields
// would miss their `list.field` labels). Parts are therefore rendered with the renderer itself,
// in the scope the pointer leads into.
import { LOCALES, type Locale, type LocalizedText, resolveLocalized } from '../../localized-text.ts';
import { ROOT } from '../analysis/paths.ts';
import { ITERATORS, isPlainObject } from '../analysis/rule-shape.ts';
import { type RenderOptions, type RenderScope, Renderer } from '../render/renderer.ts';
import type { LogicEngine } from '../types.ts';
import { type Step, locate } from './pointer.ts';
import type { Bilingual } from './types.ts';

type Render = (r: Renderer, node: unknown, scope: RenderScope) => string;

interface Place {
  readonly node: unknown;
  readonly scope: RenderScope;
}

/** The scope a renderer sees at the end of `steps`: iterator bodies see the item, try fallbacks the error. */
function scopeOf(steps: readonly Step[], renderer: Renderer): RenderScope {
  let scope: RenderScope = ROOT;
  for (const { op, argIndex } of steps) {
    const reducing = op.name === 'reduce';
    if (ITERATORS.has(op.name) && op.listed && argIndex === 1 && op.args.length >= 2 && op.args.length <= (reducing ? 3 : 2)) {
      scope = { kind: reducing ? 'reduce' : 'item', origins: renderer.origins(op.args[0], scope), parent: scope, info: null };
    } else if (op.name === 'try' && argIndex >= 1) {
      scope = { kind: 'error', origins: [], parent: scope, info: null };
    }
  }
  return scope;
}

function labelsFor(labels: Record<string, LocalizedText> | undefined, locale: Locale): Record<string, string> {
  if (!isPlainObject(labels)) return {};
  // fromEntries defines own properties, so a "__proto__" field is a label, not a prototype.
  return Object.fromEntries(
    Object.entries(labels)
      .filter(([, v]) => typeof v === 'string' || isPlainObject(v))
      .map(([k, v]) => [k, resolveLocalized(v, locale)] as const)
      .filter(([, v]) => v !== ''),
  );
}

function operatorLabelsFor(engine: LogicEngine | undefined, locale: Locale): Record<string, string> {
  if (!engine) return {};
  const entries: Array<[string, string]> = [];
  for (const name of engine.operatorNames()) {
    const label = resolveLocalized(engine.getOperator(name)?.label, locale);
    if (label !== '') entries.push([name, label]);
  }
  return Object.fromEntries(entries);
}

export class RuleTexts {
  private readonly places = new Map<string, Place | null>();
  /** Texts by kind, then by pointer (no string keys built on the hot path). */
  private readonly cache = new Map<string, Map<string, Bilingual>>();
  private readonly options: Readonly<Record<Locale, RenderOptions>>;

  constructor(private readonly rule: unknown, fieldLabels: Record<string, LocalizedText> | undefined, engine: LogicEngine | undefined) {
    const options = (locale: Locale): RenderOptions => ({ fieldLabels: labelsFor(fieldLabels, locale), operatorLabels: operatorLabelsFor(engine, locale) });
    this.options = { en: options('en'), 'zh-CN': options('zh-CN') };
  }

  /** The rule's node at `pointer`, if the pointer leads anywhere. */
  node(pointer: string): unknown {
    return this.place(pointer)?.node;
  }

  /** The node at `pointer` in plain language: "satisfaction ≥ 90" / "满意度 ≥ 90". */
  at(pointer: string): Bilingual {
    return this.custom('', pointer, (r, node, scope) => r.render(node, scope, 0).text);
  }

  /** A truthiness test of the value at `pointer`: "active is true" / "active 为真". */
  truthyTest(pointer: string): Bilingual {
    return this.custom('!!', pointer, (r, node, scope) => r.render({ '!!': [node] }, scope, 0).text);
  }

  /** Any text derived from the node and its scope alone, cached under `key`. */
  custom(key: string, pointer: string, render: Render): Bilingual {
    let texts = this.cache.get(key);
    if (!texts) {
      texts = new Map();
      this.cache.set(key, texts);
    }
    let text = texts.get(pointer);
    if (!text) {
      text = this.fresh(pointer, render);
      texts.set(pointer, text);
    }
    return text;
  }

  /** A text that also depends on a record's values (names of missing fields): not cached. */
  fresh(pointer: string, render: Render): Bilingual {
    const place = this.place(pointer);
    const text: Bilingual = { en: pointer, 'zh-CN': pointer };
    for (const locale of LOCALES) {
      try {
        if (place) text[locale] = render(new Renderer(locale, this.options[locale]), place.node, place.scope);
      } catch {
        text[locale] = '…'; // hostile input (throwing getters): show something rather than fail
      }
    }
    return text;
  }

  private place(pointer: string): Place | null {
    let place = this.places.get(pointer);
    if (place === undefined) {
      let found: ReturnType<typeof locate>;
      try {
        found = locate(this.rule, pointer);
      } catch {
        found = undefined;
      }
      // Scopes hold data paths only, the same in every language.
      place = found ? { node: found.node, scope: scopeOf(found.steps, new Renderer('en', this.options.en)) } : null;
      this.places.set(pointer, place);
    }
    return place;
  }
}
