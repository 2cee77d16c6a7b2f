import { html, nothing, type TemplateResult } from 'lit';
import type { TraceNode } from '../../src/core/logic/trace.ts';

/** A compact rendering of a value in a trace (long arrays and strings shortened). */
export function shortValue(value: unknown): string {
  if (value === undefined) return '—';
  const text = JSON.stringify(value) ?? String(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function label(node: TraceNode): string {
  if (node.kind === 'literal') return shortValue(node.value);
  if (node.kind === 'array') return '[…]';
  if (node.op === 'var' || node.op === 'val') return `${node.op} ${shortValue(node.args?.[0])}`;
  return node.op ?? '?';
}

/**
 * The engine's trace as a tree of <details>: every evaluated node with its value and truthiness;
 * operator nodes are open down to `depth` levels, literals are leaves.
 */
export function renderTrace(node: TraceNode, depth = 3): TemplateResult {
  const mark = node.error ? '⚠' : node.truthy ? '✓' : '✗';
  const cls = node.error ? 'error' : node.truthy ? 'true' : 'false';
  const line = html`<span class="mark ${cls}" aria-hidden="true">${mark}</span> <code>${label(node)}</code> → <code class="value">${node.error ? node.error.message : shortValue(node.value)}</code>`;
  const children = node.children.filter((c) => c.kind !== 'literal');
  if (children.length === 0) return html`<li role="treeitem" aria-label=${`${label(node)} = ${shortValue(node.value)}`}>${line}</li>`;
  return html`<li role="treeitem" aria-expanded=${depth > 0 ? 'true' : 'false'}><details ?open=${depth > 0}><summary>${line}</summary>
    <ul role="group">${children.map((c) => renderTrace(c, depth - 1))}</ul></details></li>`;
}

export function renderTraceRoot(node: TraceNode | undefined): TemplateResult | typeof nothing {
  return node ? html`<ul class="trace" role="tree">${renderTrace(node)}</ul>` : nothing;
}
