// The XML tokenizer the xlsx reader uses in place of DOMParser (absent in workers and Node).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  XML_CLOSE, XML_END, XML_OPEN, XML_TEXT, XmlTokenizer, decodeOoxmlEscapes, decodeXmlText, encodeOoxmlEscapes, escapeXmlAttribute, escapeXmlText,
} from '../../../../src/core/data/xlsx/xml-tokenizer.ts';

function tokens(xml: string): string[] {
  const tok = new XmlTokenizer(xml);
  const out: string[] = [];
  for (let t = tok.next(); t !== XML_END; t = tok.next()) {
    if (t === XML_OPEN) out.push(`<${tok.name}${tok.selfClosing ? '/' : ''}>`);
    else if (t === XML_CLOSE) out.push(`</${tok.name}>`);
    else if (t === XML_TEXT) out.push(JSON.stringify(tok.text));
  }
  return out;
}

describe('XmlTokenizer', () => {
  it('reads tags by local name, text, CDATA, and skips the declaration, comments and a DOCTYPE', () => {
    const xml = '<?xml version="1.0"?><!DOCTYPE x [<!ENTITY e "boom">]><!-- c --><x:a xmlns:x="u"><b/>t&amp;u<![CDATA[<raw>&amp;]]></x:a >';
    expect(tokens(xml)).toEqual(['<a>', '<b/>', '"t&u"', '"<raw>&amp;"', '</a>']);
  });

  it('never expands DOCTYPE entities', () => {
    expect(tokens('<!DOCTYPE x [<!ENTITY e "boom">]><a>&e;</a>')).toEqual(['<a>', '"&e;"', '</a>']);
  });

  it('finds attributes by local name with either quote, entities decoded, ">" inside values', () => {
    const tok = new XmlTokenizer(`<sheet name="A &amp; B &gt; C" sheetId='7' r:id="rId3" odd=">"/>`);
    expect(tok.next()).toBe(XML_OPEN);
    expect(tok.selfClosing).toBe(true);
    expect(tok.attribute('name')).toBe('A & B > C');
    expect(tok.attribute('sheetId')).toBe('7');
    expect(tok.attribute('id')).toBe('rId3');
    expect(tok.attribute('odd')).toBe('>');
    expect(tok.attribute('missing')).toBeUndefined();
    expect(tok.next()).toBe(XML_END);
  });

  it('skips a whole element', () => {
    const tok = new XmlTokenizer('<a><f>1<g/>2<f>nested</f></f><v>3</v></a>');
    tok.next();
    tok.next();
    expect(tok.name).toBe('f');
    tok.skipElement();
    expect(tok.next()).toBe(XML_OPEN);
    expect(tok.name).toBe('v');
  });

  it('normalises line breaks in text as XML requires, but keeps character references', () => {
    expect(decodeXmlText('a\r\nb\rc&#13;d&#xD;&#10;')).toBe('a\nb\nc\rd\r\n');
  });

  it('keeps unknown entities and out-of-range references as written', () => {
    expect(decodeXmlText('&nbsp; &#x110000; &lt;')).toBe('&nbsp; &#x110000; <');
  });
});

describe('OOXML _xHHHH_ escapes', () => {
  it('decodes escapes, an escaped underscore included', () => {
    expect(decodeOoxmlEscapes('a_x000D_b_x005F_x000D_c_x0009_')).toBe('a\rb_x000D_c\t');
  });

  it('encodes what XML cannot carry, and decoding is the exact inverse', () => {
    expect(encodeOoxmlEscapes('a\rb\u0001c_x0041_\ud800')).toBe('a_x000D_b_x0001_c_x005F_x0041__xD800_');
    fc.assert(fc.property(fc.string({ unit: 'binary' }), fc.constantFrom('', '_x000D_', '_x005F_', '\r', '\u0000'), (text, extra) => {
      const s = text + extra + text;
      const encoded = encodeOoxmlEscapes(s);
      // Only characters XML 1.0 allows remain (tab, LF, no CR, no lone surrogates).
      expect(/[\u0000-\u0008\u000b-\u001f\ufffe\uffff]/.test(encoded)).toBe(false);
      expect(decodeOoxmlEscapes(decodeXmlText(escapeXmlText(encoded)))).toBe(s);
    }));
  });

  it('escapes attribute values so they read back exactly', () => {
    const value = 'a"b<c>&d\te\nf\rg';
    const tok = new XmlTokenizer(`<x v="${escapeXmlAttribute(value)}"/>`);
    tok.next();
    expect(tok.attribute('v')).toBe(value);
  });
});
