import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scanJson } from '../../../src/core/json/json-scanner.ts';
import {
  findNodeAtPointer, nodeAtOffset, offsetToLineColumn, parseJsonTree, pointerOfNode, pointerToRange, type JsonNode,
} from '../../../src/core/json/json-tree.ts';
import { minimalEdit } from '../../../src/core/json/minimal-edit.ts';

/** The text a pointer's range covers. */
function at(text: string, pointer: string): string | undefined {
  const range = pointerToRange(text, pointer);
  return range && text.slice(range.offset, range.offset + range.length);
}

const DOC = `{
  "name": "Complaints",
  "rules": [
    { "id": "r1", "when": { ">": [{ "var": "complaints" }, 0] } },
    { "id": "a/b~c", "tags": [] }
  ],
  "a/b": { "~x": 1.5e3 },
  "": null
}`;

describe('scanJson', () => {
  it('tokenizes with offsets, decodes strings and keeps going past errors', () => {
    const tokens = scanJson('{"a\\n\\u0041": [-1.5e2, true, null, x]} ');
    expect(tokens.map((t) => t.kind)).toEqual(['{', 'string', ':', '[', 'number', ',', 'true', ',', 'null', ',', 'invalid', ']', '}']);
    expect(tokens[1]).toMatchObject({ offset: 1, length: 11, value: 'a\nA', terminated: true, wellFormed: true });
    expect(tokens[4]).toMatchObject({ value: -150, offset: 15, length: 6 });
  });

  it('ends an unterminated string at the line end', () => {
    const tokens = scanJson('{"var": "comp\n}');
    expect(tokens[3]).toMatchObject({ kind: 'string', value: 'comp', terminated: false, offset: 8, length: 5 });
    expect(tokens[4]!.kind).toBe('}');
  });

  it('marks strings JSON.parse would reject', () => {
    expect(scanJson('"a\\qb"')[0]).toMatchObject({ wellFormed: false, value: 'aqb' });
    expect(scanJson('"a\tb"')[0]).toMatchObject({ wellFormed: false, terminated: true });
    expect(scanJson('"\\u12G4"')[0]!.wellFormed).toBe(false);
  });
});

describe('parseJsonTree and pointerToRange', () => {
  it('maps pointers to the exact text of their value', () => {
    expect(at(DOC, '')).toBe(DOC);
    expect(at(DOC, '/name')).toBe('"Complaints"');
    expect(at(DOC, '/rules/0/when/>/0')).toBe('{ "var": "complaints" }');
    expect(at(DOC, '/rules/0/when/>/0/var')).toBe('"complaints"');
    expect(at(DOC, '/rules/0/when/>/1')).toBe('0');
    expect(at(DOC, '/rules/1/id')).toBe('"a/b~c"');
    expect(at(DOC, '/rules/1/tags')).toBe('[]');
    expect(at(DOC, '/a~1b/~0x')).toBe('1.5e3');
    expect(at(DOC, '/')).toBe('null'); // the member named ""
  });

  it('knows where member names are and names nodes by pointer', () => {
    const { root } = parseJsonTree(DOC);
    const found = findNodeAtPointer(root, '/rules/0/when/>/0/var')!;
    expect(found.exact).toBe(true);
    expect(DOC.slice(found.node.keyOffset!, found.node.keyOffset! + found.node.keyLength!)).toBe('"var"');
    expect(pointerOfNode(found.node)).toBe('/rules/0/when/>/0/var');
    expect(pointerOfNode(findNodeAtPointer(root, '/a~1b/~0x')!.node)).toBe('/a~1b/~0x');
  });

  it('falls back to the deepest existing ancestor, marked inexact', () => {
    expect(pointerToRange(DOC, '/rules/5/when')).toMatchObject({ exact: false });
    expect(at(DOC, '/rules/5/when')).toBe(at(DOC, '/rules'));
    expect(at(DOC, '/name/0')).toBe('"Complaints"');
    expect(pointerToRange(DOC, '/rules/01')!.exact).toBe(false); // not an array index
    expect(pointerToRange(DOC, 'rules')).toBeUndefined(); // not a pointer
    expect(pointerToRange('', '/a')).toBeUndefined();
  });

  it('uses the last of duplicate members, as JSON.parse does', () => {
    expect(at('{"a": 1, "a": 2}', '/a')).toBe('2');
  });

  it('reports the first syntax error and keeps the tree read before it', () => {
    const text = '{\n  "rules": [\n    { "id": "r1" },\n    { "id": \n';
    const tree = parseJsonTree(text);
    expect(tree.error).toMatchObject({ code: 'unexpected-end', offset: text.length });
    expect(at(text, '/rules/0/id')).toBe('"r1"');
    expect(pointerToRange(tree, '/rules/1')).toMatchObject({ exact: true });
    expect(tree.root!.length).toBe(text.length);

    expect(parseJsonTree('{"a": 1,}').error).toMatchObject({ code: 'unexpected-token', offset: 8 });
    expect(parseJsonTree('{"a" 1}').error).toMatchObject({ code: 'unexpected-token', offset: 5 });
    expect(parseJsonTree('{"a": "x').error).toMatchObject({ code: 'unterminated-string', offset: 6 });
    expect(parseJsonTree('["a\\x"]').error).toMatchObject({ code: 'bad-string', offset: 1 });
    expect(parseJsonTree('[1] 2').error).toMatchObject({ code: 'trailing-content', offset: 4 });
    expect(parseJsonTree('[01]').error).toMatchObject({ code: 'unexpected-token', offset: 2 });
    expect(parseJsonTree('   ').error).toMatchObject({ code: 'unexpected-end', offset: 3 });
    expect(parseJsonTree('tru').error).toMatchObject({ code: 'unexpected-token', offset: 0 });
  });

  it('agrees with JSON.parse on what is valid, and ranges re-parse to the values (property)', () => {
    fc.assert(fc.property(fc.jsonValue(), fc.integer({ min: 0, max: 4 }), (value, indent) => {
      const text = JSON.stringify(value, null, indent);
      const tree = parseJsonTree(text);
      expect(tree.error).toBeUndefined();
      const visit = (node: JsonNode, expected: unknown): void => {
        expect(JSON.parse(text.slice(node.offset, node.offset + node.length))).toEqual(expected);
        const range = pointerToRange(tree, pointerOfNode(node))!;
        expect(range).toEqual({ offset: node.offset, length: node.length, exact: true });
        for (const child of node.children ?? []) visit(child, (expected as Record<string | number, unknown>)[child.key!]);
      };
      visit(tree.root!, JSON.parse(text));
    }), { numRuns: 300 });
  });

  it('rejects what JSON.parse rejects (property over mutated texts)', () => {
    fc.assert(fc.property(fc.jsonValue(), fc.nat(), fc.constantFrom('', '{', '}', ',', '"', ':', '0', '\\', ']', ' x'), (value, at, insert) => {
      const base = JSON.stringify(value);
      const i = at % (base.length + 1);
      const text = base.slice(0, i) + insert + base.slice(i);
      let valid = true;
      try {
        JSON.parse(text);
      } catch {
        valid = false;
      }
      expect(parseJsonTree(text).error === undefined).toBe(valid);
    }), { numRuns: 500 });
  });
});

describe('nodeAtOffset and offsetToLineColumn', () => {
  it('finds the innermost node at a position', () => {
    const { root } = parseJsonTree(DOC);
    const inside = DOC.indexOf('complaints') + 3;
    expect(pointerOfNode(nodeAtOffset(root, inside)!)).toBe('/rules/0/when/>/0/var');
    expect(pointerOfNode(nodeAtOffset(root, DOC.indexOf('"rules"'))!)).toBe('');
    expect(nodeAtOffset(root, DOC.length + 1)).toBeUndefined();
  });

  it('counts lines and columns from 1, with \\n, \\r\\n and \\r', () => {
    expect(offsetToLineColumn('ab\ncd', 4)).toEqual({ line: 2, column: 2 });
    expect(offsetToLineColumn('ab\r\ncd', 4)).toEqual({ line: 2, column: 1 });
    expect(offsetToLineColumn('a\rb', 2)).toEqual({ line: 2, column: 1 });
    expect(offsetToLineColumn('abc', 0)).toEqual({ line: 1, column: 1 });
  });
});

describe('minimalEdit', () => {
  it('replaces only what differs', () => {
    expect(minimalEdit('abc', 'abc')).toBeUndefined();
    expect(minimalEdit('{ "a": 1, "b": 2 }', '{ "a": 1, "b": 3 }')).toEqual({ start: 15, end: 16, text: '3' });
    expect(minimalEdit('aaa', 'aaaa')).toEqual({ start: 3, end: 3, text: 'a' });
    expect(minimalEdit('abc', '')).toEqual({ start: 0, end: 3, text: '' });
  });

  it('never splits a surrogate pair', () => {
    const edit = minimalEdit('x😀y', 'x😃y')!;
    expect(edit).toEqual({ start: 1, end: 3, text: '😃' });
  });

  it('applied to the old text gives the new text (property)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary' }), fc.string({ unit: 'binary' }), (a, b) => {
      const edit = minimalEdit(a, b);
      const result = edit ? a.slice(0, edit.start) + edit.text + a.slice(edit.end) : a;
      expect(result).toBe(b);
    }));
  });
});
