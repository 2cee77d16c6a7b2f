// Line numbers in problems must match what an editor shows, whatever the file's line ends.

/** Line breaks in text[from, to): CRLF, LF and a lone CR each count once. */
export function countLineBreaks(text: string, from: number, to: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) count++;
  }
  return count;
}
