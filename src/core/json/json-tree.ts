// A JSON syntax tree with source offsets, so a JSON pointer (how the engine and the validators
// name a node) can be turned into the text range an editor underlines, and an editor position into
// the node under it. Built on the tolerant scanner: on a syntax error the tree holds everything read
// before it, and the error says where and what.
import { parsePointer } from '../logic/json-pointer.ts';
import { scanJson, type JsonToken } from './json-scanner.ts';

export interface JsonNode {
  type: 'object' | 'array' | 'string' | 'number' | 'boolean' | 'null';
  /** Offset of the first character (the quote, bracket or brace). */
  offset: number;
  length: number;
  parent?: JsonNode;
  /** The reference token under which the parent holds this node: a member name or an index. */
  key?: string | number;
  /** Object members only: where the member's name (with its quotes) is. */
  keyOffset?: number;
  keyLength?: number;
  /** Members' values (objects) or items (arrays), in text order. */
  children?: JsonNode[];
  /** Scalars: the value. */
  value?: string | number | boolean | null;
}

export type JsonSyntaxErrorCode = 'unexpected-end' | 'unexpected-token' | 'unterminated-string' | 'bad-string' | 'trailing-content';

export interface JsonSyntaxError {
  code: JsonSyntaxErrorCode;
  offset: number;
  length: number;
}

export interface JsonTree {
  /** The root value; partial when there is an error, undefined when nothing could be read. */
  root: JsonNode | undefined;
  /** The first syntax error, if any. */
  error?: JsonSyntaxError;
}

/** A span of text: where a pointer's node is. `exact` is false when only an ancestor was found. */
export interface JsonRange {
  offset: number;
  length: number;
  exact: boolean;
}

class SyntaxProblem {
  constructor(readonly error: JsonSyntaxError) {}
}

class TreeParser {
  private index = 0;
  /** Containers being read, so their lengths can be closed at the error when there is one. */
  private readonly open: JsonNode[] = [];

  constructor(private readonly tokens: readonly JsonToken[], private readonly textLength: number) {}

  parse(): JsonTree {
    try {
      const root = this.value(undefined, undefined, undefined);
      const extra = this.tokens[this.index];
      if (extra) return { root, error: { code: 'trailing-content', offset: extra.offset, length: extra.length } };
      return { root };
    } catch (problem) {
      if (!(problem instanceof SyntaxProblem)) throw problem;
      for (const node of this.open) node.length = Math.max(0, Math.min(problem.error.offset, this.textLength) - node.offset);
      return { root: this.open[0], error: problem.error };
    }
  }

  private fail(code: JsonSyntaxErrorCode, token: JsonToken | undefined): never {
    if (!token) throw new SyntaxProblem({ code: 'unexpected-end', offset: this.textLength, length: 0 });
    throw new SyntaxProblem({ code, offset: token.offset, length: token.length });
  }

  private next(): JsonToken | undefined {
    return this.tokens[this.index++];
  }

  private checkString(token: JsonToken): void {
    if (!token.terminated) this.fail('unterminated-string', token);
    if (!token.wellFormed) this.fail('bad-string', token);
  }

  /** Reads one value; it joins its parent's children at once, so a partial tree keeps it. */
  private value(parent: JsonNode | undefined, key: string | number | undefined, keyToken: JsonToken | undefined): JsonNode {
    const token = this.next();
    if (!token) return this.fail('unexpected-end', undefined);
    const node: JsonNode = { type: 'null', offset: token.offset, length: token.length };
    if (parent) {
      node.parent = parent;
      node.key = key;
      parent.children!.push(node);
    }
    if (keyToken) {
      node.keyOffset = keyToken.offset;
      node.keyLength = keyToken.length;
    }
    switch (token.kind) {
      case '{':
        node.type = 'object';
        node.children = [];
        return this.object(node);
      case '[':
        node.type = 'array';
        node.children = [];
        return this.array(node);
      case 'string':
        this.checkString(token);
        node.type = 'string';
        node.value = token.value as string;
        return node;
      case 'number':
        node.type = 'number';
        node.value = token.value as number;
        return node;
      case 'true':
      case 'false':
        node.type = 'boolean';
        node.value = token.kind === 'true';
        return node;
      case 'null':
        node.value = null;
        return node;
      default:
        return this.fail('unexpected-token', token);
    }
  }

  private object(node: JsonNode): JsonNode {
    this.open.push(node);
    let token = this.next();
    if (token?.kind !== '}') {
      for (;;) {
        if (token?.kind !== 'string') this.fail('unexpected-token', token);
        this.checkString(token);
        const colon = this.next();
        if (colon?.kind !== ':') this.fail('unexpected-token', colon);
        this.value(node, token.value as string, token);
        token = this.next();
        if (token?.kind === '}') break;
        if (token?.kind !== ',') this.fail('unexpected-token', token);
        token = this.next();
      }
    }
    return this.close(node, token!); // the loop ends only at a closing brace
  }

  private array(node: JsonNode): JsonNode {
    this.open.push(node);
    if (this.tokens[this.index]?.kind === ']') return this.close(node, this.next()!);
    for (let i = 0; ; i++) {
      this.value(node, i, undefined);
      const token = this.next();
      if (token?.kind === ']') return this.close(node, token);
      if (token?.kind !== ',') this.fail('unexpected-token', token);
    }
  }

  private close(node: JsonNode, end: JsonToken): JsonNode {
    node.length = end.offset + end.length - node.offset;
    this.open.pop();
    return node;
  }
}

/** Parses `text` into a tree with offsets; never throws. */
export function parseJsonTree(text: string): JsonTree {
  return new TreeParser(scanJson(text), text.length).parse();
}

/** The child of an object (the last member of that name, as JSON.parse keeps) or of an array. */
function childFor(node: JsonNode, token: string): JsonNode | undefined {
  if (node.type === 'object') {
    const members = node.children ?? [];
    for (let i = members.length - 1; i >= 0; i--) if (members[i]!.key === token) return members[i];
    return undefined;
  }
  if (node.type === 'array' && /^(0|[1-9]\d*)$/.test(token)) return node.children?.[Number(token)];
  return undefined;
}

/**
 * The node a JSON pointer names, or its deepest existing ancestor (`exact: false`). Undefined only
 * for an empty tree or a malformed pointer.
 */
export function findNodeAtPointer(root: JsonNode | undefined, pointer: string): { node: JsonNode; exact: boolean } | undefined {
  if (!root) return undefined;
  let tokens: string[];
  try {
    tokens = parsePointer(pointer);
  } catch {
    return undefined;
  }
  let node = root;
  for (const token of tokens) {
    const child = childFor(node, token);
    if (!child) return { node, exact: false };
    node = child;
  }
  return { node, exact: true };
}

/** Where the value a JSON pointer names is in `text` (see findNodeAtPointer for inexact results). */
export function pointerToRange(text: string | JsonTree, pointer: string): JsonRange | undefined {
  const tree = typeof text === 'string' ? parseJsonTree(text) : text;
  const found = findNodeAtPointer(tree.root, pointer);
  return found && { offset: found.node.offset, length: found.node.length, exact: found.exact };
}

/** The innermost node whose text contains `offset` (its end included, as a cursor after it). */
export function nodeAtOffset(root: JsonNode | undefined, offset: number): JsonNode | undefined {
  if (!root || offset < root.offset || offset > root.offset + root.length) return undefined;
  let node = root;
  for (;;) {
    const child = node.children?.find((c) => offset >= c.offset && offset <= c.offset + c.length);
    if (!child) return node;
    node = child;
  }
}

/** The JSON pointer of a node of a tree. */
export function pointerOfNode(node: JsonNode): string {
  const tokens: string[] = [];
  for (let n: JsonNode | undefined = node; n?.parent; n = n.parent) tokens.push(String(n.key).replace(/~/g, '~0').replace(/\//g, '~1'));
  return tokens.reverse().map((t) => `/${t}`).join('');
}

/** Line and column (both from 1) of an offset, as editors and messages count them. */
export function offsetToLineColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i++) {
    const ch = text.charCodeAt(i);
    // \r\n counts once: the \n completes the line the \r began.
    if (ch === 10 || (ch === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: end - lineStart + 1 };
}
