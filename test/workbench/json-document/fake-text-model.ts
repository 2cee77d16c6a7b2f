// A stand-in for Monaco's ITextModel with just what the JSON view's providers read: the text and
// the conversions between offsets and 1-based line/column positions.
export interface FakePosition {
  lineNumber: number;
  column: number;
}

export function fakeTextModel(text: string) {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  return {
    getValue: () => text,
    getOffsetAt: (p: FakePosition) => lineStarts[p.lineNumber - 1]! + p.column - 1,
    getPositionAt: (offset: number) => {
      let line = 0;
      while (line + 1 < lineStarts.length && lineStarts[line + 1]! <= offset) line++;
      return { lineNumber: line + 1, column: offset - lineStarts[line]! + 1 };
    },
  };
}

/** The position just after the first occurrence of `marker` in `text` (the marker included). */
export function positionAfter(text: string, marker: string): FakePosition {
  const offset = text.indexOf(marker) + marker.length;
  const before = text.slice(0, offset).split('\n');
  return { lineNumber: before.length, column: before[before.length - 1]!.length + 1 };
}
