// Turns the leaves found in a trace into FailingLeaf records: the condition in plain language
// (rendered once per pointer) and what this record had (its operands' values).
import { valPath } from '../analysis/paths.ts';
import { COMPARISONS, argPointer, isNamespaced, readOperation } from '../analysis/rule-shape.ts';
import type { TraceNode } from '../trace.ts';
import type { Reason } from './reasons.ts';
import { errorOrigin } from './trace-view.ts';
import type { RuleTexts } from './rule-texts.ts';
import type { Bilingual, ExplainedItem, FailingLeaf } from './types.ts';
import { WORDS, bilingual } from './words.ts';

/** Operators that are conditions in their own right; any other value is tested for truthiness. */
const CONDITIONS: ReadonlySet<string> = new Set([...COMPARISONS, 'in', 'missing', 'missing_some', 'exists']);

/** A custom (or date/time) operator is a predicate when it answered true or false. */
function isCondition(node: TraceNode): boolean {
  return node.op !== null && (CONDITIONS.has(node.op) || (isNamespaced(node.op) && typeof node.value === 'boolean'));
}

function isLiteral(node: TraceNode): boolean {
  return node.kind === 'literal' || (node.kind === 'array' && node.children.every(isLiteral));
}

export class LeafWriter {
  constructor(private readonly texts: RuleTexts) {}

  write(reason: Reason): FailingLeaf {
    const { node, ctx } = reason;
    const condition = reason.kind === 'leaf' && isCondition(node);
    const leaf: FailingLeaf = {
      pointer: node.pointer,
      rule: this.texts.node(node.pointer),
      value: node.value,
      truthy: node.truthy,
      text: reason.kind === 'leaf' && !condition && node.op !== null ? this.texts.truthyTest(node.pointer) : this.texts.at(node.pointer),
      actual: this.actual(reason, condition),
    };
    if (condition && node.args) leaf.args = node.args;
    if (ctx.items.length > 0) {
      leaf.items = ctx.items.map((item) => ({ ...item }));
      leaf.where = this.where(ctx.items);
    }
    return leaf;
  }

  /** "satisfaction is 72, complaints is 2": the operands that are not written as literals. */
  operands(node: TraceNode): Bilingual | undefined {
    let out: Bilingual | undefined;
    const seen: string[] = [];
    for (const child of node.children) {
      // A child with its own scope was evaluated on other data (a lazy operator's items).
      if (isLiteral(child) || 'scope' in child || seen.includes(child.pointer)) continue;
      seen.push(child.pointer);
      const subject = this.texts.at(child.pointer);
      const part = child.error ? bilingual((l) => WORDS[l].notEvaluated(subject[l])) : this.is(child);
      // The same operand written twice ("0 < x and x < 10" reads x once) is named once.
      if (!out) out = part;
      else if (!out.en.split(WORDS.en.separator).includes(part.en)) out = bilingual((l) => `${out![l]}${WORDS[l].separator}${part[l]}`);
    }
    return out;
  }

  /** "item 3 of tickets" / "tickets 第 3 项". */
  where(items: readonly ExplainedItem[]): Bilingual {
    const parts = items.map((item) => ({ index: item.index, source: this.source(item.pointer) }));
    return bilingual((l) => WORDS[l].items(parts.map((p) => ({ index: p.index, source: p.source[l] }))));
  }

  /** How an iterator's list reads ("tickets"). */
  source(pointer: string): Bilingual {
    const op = readOperation(this.texts.node(pointer));
    return op ? this.texts.at(argPointer(pointer, op, 0)) : this.texts.at(pointer);
  }

  /** What the record had: operands' values, missing names, "no items", or where evaluation failed. */
  private actual(reason: Reason, condition: boolean): Bilingual {
    const node = reason.node;
    if (reason.kind === 'quantifier') return this.quantifierActual(node);
    if (reason.kind === 'error') return this.failure(node);
    return condition ? this.conditionActual(node) : this.is(node);
  }

  /** "1 ÷ d could not be evaluated: NaN, d is 0": where inside the node the error was raised. */
  private failure(node: TraceNode): Bilingual {
    const origin = errorOrigin(node, node.error?.pointer) ?? node;
    const subject = this.texts.at(origin.pointer);
    const operands = this.operands(origin);
    return bilingual((l) => WORDS[l].notEvaluated(subject[l], node.error?.type, operands?.[l]));
  }

  private is(node: TraceNode): Bilingual {
    const subject = this.texts.at(node.pointer);
    return bilingual((l) => WORDS[l].is(subject[l], node.value));
  }

  private conditionActual(node: TraceNode): Bilingual {
    if (node.op === 'missing' || node.op === 'missing_some') {
      const names = Array.isArray(node.value) ? node.value : [];
      return this.texts.fresh(node.pointer, (r, _rule, scope) => WORDS[r.locale].missing(r.names(names, scope) ?? names.map(String)));
    }
    if (node.op === 'exists') {
      return this.texts.custom(`exists:${node.truthy}`, node.pointer, (r, rule, scope) => {
        const op = readOperation(rule);
        return WORDS[r.locale].present(op ? r.read({ ...valPath(op), jump: 0 }, scope) : r.render(rule, scope, 0).text, node.truthy);
      });
    }
    return this.operands(node) ?? this.is(node);
  }

  private quantifierActual(node: TraceNode): Bilingual {
    const list = node.children[0]?.value;
    const count = Array.isArray(list) ? list.length : 0;
    if (count > 0) return bilingual((l) => WORDS[l].noneSatisfied(count));
    const source = this.source(node.pointer);
    return bilingual((l) => WORDS[l].noItems(source[l]));
  }
}
