import { findNodeAtPointer, parseJsonTree, type JsonNode } from '../../core/json/json-tree.ts';

/** A problem the host found in the document (engine analysis, validation), in the current language. */
export interface JsonDocumentProblem {
  /** JSON pointer of the node concerned. */
  pointer: string;
  severity: 'error' | 'warning' | 'info';
  message: string;
}

export interface ProblemRange {
  problem: JsonDocumentProblem;
  offset: number;
  length: number;
  /** False when the pointer's node is not in the text and an ancestor stands in. */
  exact: boolean;
}

/** The string holding the path of a {"var": …} node, if `node` is one. */
function varPathNode(node: JsonNode): JsonNode | undefined {
  if (node.type !== 'object' || node.children?.length !== 1) return undefined;
  const value = node.children[0]!;
  if (value.key !== 'var') return undefined;
  if (value.type === 'string') return value;
  const first = value.type === 'array' ? value.children?.[0] : undefined;
  return first?.type === 'string' ? first : undefined;
}

/**
 * What to underline for a node. Underlining a whole multi-line object says little and hides the
 * text, so: a field reference underlines its path; a JSON-logic operation ({"op": args}) its
 * operator; any other object or array its first line; a scalar itself.
 */
export function rangeForNode(text: string, node: JsonNode): { offset: number; length: number } {
  const path = varPathNode(node);
  if (path) return { offset: path.offset, length: path.length };
  if (node.type === 'object' && node.children?.length === 1) {
    const member = node.children[0]!;
    return { offset: member.keyOffset!, length: member.keyLength! };
  }
  if (node.type === 'object' || node.type === 'array') {
    const lineEnd = text.indexOf('\n', node.offset);
    const end = Math.min(node.offset + node.length, lineEnd < 0 ? text.length : lineEnd);
    return { offset: node.offset, length: Math.max(1, end - node.offset) };
  }
  return { offset: node.offset, length: node.length };
}

/**
 * Where each problem goes in `text`. Problems are computed for the last valid document; while the
 * text is being edited into invalid JSON the pointer may no longer resolve, and the nearest
 * existing ancestor stands in (or the start of the text when nothing could be read).
 */
export function problemRanges(text: string, problems: readonly JsonDocumentProblem[]): ProblemRange[] {
  const { root } = parseJsonTree(text);
  return problems.map((problem) => {
    const found = findNodeAtPointer(root, problem.pointer);
    if (!found) return { problem, offset: 0, length: 0, exact: false };
    return { problem, ...rangeForNode(text, found.node), exact: found.exact };
  });
}
