// Between JSON pointers (how validateConfig locates problems) and indicator ids (how the designer
// selects nodes), so a click in the Problems panel can reveal the node a problem is about.
import { childPointer, parsePointer } from '../../logic/json-pointer.ts';
import { type IndicatorNode, type ScorecardConfig, isGroup } from '../types.ts';
import { indexTree } from '../validate-tree.ts';

export interface PointerTarget {
  /** The deepest indicator the pointer reaches, or the group a weight derivation is for. */
  nodeId: string;
  /** The rest of the pointer below that node (`/scorer/worst`, `/children`), or below the derivation; "" for the node itself. */
  rest: string;
  /** Set when the pointer is inside `config.weighting`: the derivation's index. */
  derivation?: number;
}

function restOf(tokens: readonly string[], from: number): string {
  return tokens.slice(from).reduce<string>((pointer, token) => childPointer(pointer, token), '');
}

/**
 * The node a pointer is about: `/root/children/2/children/0/scorer/worst` → the node at
 * root.children[2].children[0] and `/scorer/worst`; `/weighting/1/matrix/0` → the group the
 * derivation is for. Undefined for pointers elsewhere (fields, policies, grades) or not parseable.
 */
export function nodeAtPointer(config: ScorecardConfig, pointer: string): PointerTarget | undefined {
  let tokens: string[];
  try {
    tokens = parsePointer(pointer);
  } catch {
    return undefined;
  }
  if (tokens[0] === 'weighting' && tokens.length >= 2 && /^\d+$/.test(tokens[1]!)) {
    const index = Number(tokens[1]);
    const derivation = config.weighting?.[index];
    return derivation === undefined ? undefined : { nodeId: derivation.node, rest: restOf(tokens, 2), derivation: index };
  }
  if (tokens[0] !== 'root') return undefined;
  let node: IndicatorNode = config.root;
  let at = 1;
  while (at + 1 < tokens.length && tokens[at] === 'children' && isGroup(node) && /^\d+$/.test(tokens[at + 1]!)) {
    const child: IndicatorNode | undefined = node.children[Number(tokens[at + 1])];
    if (child === undefined) break;
    node = child;
    at += 2;
  }
  return { nodeId: node.id, rest: restOf(tokens, at) };
}

/** The pointer of the first node with this id (`/root/children/0/children/1`), or undefined. */
export function pointerOfNode(config: ScorecardConfig, id: string): string | undefined {
  return indexTree(config.root).nodes.find((placed) => placed.node.id === id)?.pointer;
}
