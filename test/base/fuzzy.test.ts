import { describe, expect, it } from 'vitest';
import { fuzzyMatch, highlightRuns } from '../../src/base/fuzzy.ts';

/** Labels that match, best first, as the command palette would list them. */
function rank(query: string, labels: string[]): string[] {
  return labels
    .map((label) => ({ label, match: fuzzyMatch(query, label) }))
    .filter((x) => x.match !== undefined)
    .sort((a, b) => b.match!.score - a.match!.score)
    .map((x) => x.label);
}

function matchedText(query: string, label: string): string {
  const match = fuzzyMatch(query, label);
  if (!match) throw new Error(`"${query}" should match "${label}"`);
  return match.positions.map((p) => label[p]).join('');
}

describe('fuzzyMatch', () => {
  it('ranks word-start matches above scattered ones', () => {
    expect(rank('ocp', ['Toggle Output Copy', 'Open Command Palette'])).toEqual(['Open Command Palette', 'Toggle Output Copy']);
    expect(rank('ocs', ['Toggle Docs', 'Open Command Settings'])).toEqual(['Open Command Settings', 'Toggle Docs']);
  });

  it('ranks a prefix match first and drops non-matches', () => {
    expect(rank('save', ['File: Save As', 'Save All', 'Reload Window', 'Save'])).toEqual(['Save', 'Save All', 'File: Save As']);
  });

  it('prefers the shorter label when everything else ties', () => {
    expect(rank('tt', ['Toggle Terminal', 'Toggle Tab'])).toEqual(['Toggle Tab', 'Toggle Terminal']);
  });

  it('gives a bonus for exact case', () => {
    expect(fuzzyMatch('O', 'Open')!.score).toBeGreaterThan(fuzzyMatch('o', 'Open')!.score);
  });

  it('returns undefined when characters are missing or out of order', () => {
    expect(fuzzyMatch('xyz', 'Open Command Palette')).toBeUndefined();
    expect(fuzzyMatch('po', 'Open')).toBeUndefined();
    expect(fuzzyMatch('abc', 'ab')).toBeUndefined();
    expect(fuzzyMatch('aa', 'a')).toBeUndefined();
    expect(fuzzyMatch('a', '')).toBeUndefined();
  });

  it('matches everything with score 0 for an empty or blank query', () => {
    expect(fuzzyMatch('', 'Anything')).toEqual({ score: 0, positions: [] });
    expect(fuzzyMatch('   ', 'Anything')).toEqual({ score: 0, positions: [] });
    expect(fuzzyMatch('', '')).toEqual({ score: 0, positions: [] });
  });

  it('ignores case and whitespace in the query', () => {
    expect(matchedText('OPEN cp', 'Open Command Palette')).toBe('OpenCP');
    expect(fuzzyMatch('open cp', 'Open Command Palette')!.positions).toEqual([0, 1, 2, 3, 5, 13]);
  });

  it('reports positions on word starts for highlighting', () => {
    expect(fuzzyMatch('ocp', 'Open Command Palette')!.positions).toEqual([0, 5, 13]);
    // the greedy first 'o' (in "Toggle") moves to the word start "Output"
    expect(fuzzyMatch('ocp', 'Toggle Output Copy')!.positions).toEqual([7, 14, 16]);
    expect(fuzzyMatch('sa', 'scorecard.addIndicator')!.positions).toEqual([0, 10]);
    expect(fuzzyMatch('ai', 'scorecard.addIndicator')!.positions).toEqual([10, 13]);
  });

  it('treats camelCase humps and separators as word starts', () => {
    expect(fuzzyMatch('ai', 'addIndicator')!.positions).toEqual([0, 3]);
    expect(fuzzyMatch('ab', 'xa_ab')!.positions).toEqual([3, 4]);
    expect(fuzzyMatch('wb', 'show-welcome/board')!.positions).toEqual([5, 13]);
  });

  it('returns positions that are strictly increasing and inside the label', () => {
    const pairs: Array<[string, string]> = [
      ['ocp', 'Toggle Output Copy'], ['set', 'Preferences: Open Settings'], ['aa', 'a_a'], ['wt', 'Weights: Toggle Table'],
    ];
    for (const [q, label] of pairs) {
      const { positions } = fuzzyMatch(q, label)!;
      expect(positions).toHaveLength(q.length);
      positions.forEach((p, i) => {
        expect(p).toBeLessThan(label.length);
        if (i > 0) expect(p).toBeGreaterThan(positions[i - 1]!);
        expect(label[p]!.toLowerCase()).toBe(q[i]);
      });
    }
  });

  it('matches Chinese labels, each character being a word of its own', () => {
    const match = fuzzyMatch('语言', '切换语言');
    expect(match?.positions).toEqual([2, 3]);
    expect(fuzzyMatch('切语', '切换语言')?.positions).toEqual([0, 2]);
    expect(fuzzyMatch('言语', '切换语言')).toBeUndefined();
    expect(fuzzyMatch('qh', '切换语言')).toBeUndefined();
    expect(rank('语言', ['显示语言设置', '切换语言', '打开命令面板'])).toEqual(['切换语言', '显示语言设置']);
  });

  it('matches mixed Chinese and Latin labels', () => {
    expect(matchedText('json设置', '打开 JSON 设置')).toBe('JSON设置');
  });

  it('keeps positions aligned when lowercasing would change the length (Turkish İ)', () => {
    // 'İ'.toLowerCase() is two code units; positions must still index the original label.
    expect(fuzzyMatch('x', 'İx')?.positions).toEqual([1]);
    expect(fuzzyMatch('İx', 'İx')?.positions).toEqual([0, 1]);
    expect(fuzzyMatch('ab', 'İİab')?.positions).toEqual([2, 3]);
  });
});

describe('highlightRuns', () => {
  it('splits a label into matched and unmatched runs', () => {
    const label = 'Open Command Palette';
    expect(highlightRuns(label, fuzzyMatch('ocp', label)!.positions)).toEqual([
      { text: 'O', match: true },
      { text: 'pen ', match: false },
      { text: 'C', match: true },
      { text: 'ommand ', match: false },
      { text: 'P', match: true },
      { text: 'alette', match: false },
    ]);
  });

  it('merges contiguous matches into one run', () => {
    expect(highlightRuns('Save All', [0, 1, 2, 3])).toEqual([
      { text: 'Save', match: true },
      { text: ' All', match: false },
    ]);
  });

  it('handles no positions, all positions and an empty label', () => {
    expect(highlightRuns('abc', [])).toEqual([{ text: 'abc', match: false }]);
    expect(highlightRuns('abc', [0, 1, 2])).toEqual([{ text: 'abc', match: true }]);
    expect(highlightRuns('', [])).toEqual([]);
  });

  it('highlights Chinese matches', () => {
    expect(highlightRuns('切换语言', fuzzyMatch('语言', '切换语言')!.positions)).toEqual([
      { text: '切换', match: false },
      { text: '语言', match: true },
    ]);
  });

  it('reassembles to the original label', () => {
    const label = 'Toggle Output Copy';
    const runs = highlightRuns(label, fuzzyMatch('ocp', label)!.positions);
    expect(runs.map((r) => r.text).join('')).toBe(label);
  });
});
