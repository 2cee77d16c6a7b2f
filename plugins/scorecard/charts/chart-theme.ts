// Colours for a chart, read from the workbench's CSS custom properties where the element sits (so
// they follow the theme), and re-read when services.theme fires. Canvas drawing cannot use var(),
// hence the explicit read. Series colours follow VS Code's `charts.*` tokens; the workbench does not
// define them yet, so each theme has its own fallback set, readable on its background.
import type { ThemeId } from '../../../src/workbench/api.ts';

export interface ChartTheme {
  /** Labels and titles. */
  foreground: string;
  /** Tick labels and secondary text. */
  muted: string;
  /** Grid and axis lines. */
  grid: string;
  /** The canvas background (segment borders of a doughnut, so neighbours stay apart). */
  background: string;
  /** The population average and other reference series. */
  accent: string;
  fontFamily: string;
  /** Colours for series and branches, in order: blue, orange, green, purple, red, yellow. */
  series: string[];
  /** Whether the theme is a high-contrast one (thicker lines, no translucent fills). */
  highContrast: boolean;
}

const SERIES_TOKENS = ['blue', 'orange', 'green', 'purple', 'red', 'yellow'] as const;

const SERIES_FALLBACK: Record<ThemeId, string[]> = {
  light: ['#1a85ff', '#d18616', '#388a34', '#652d90', '#e51400', '#bf8803'],
  dark: ['#3794ff', '#d18616', '#89d185', '#b180d7', '#f14c4c', '#cca700'],
  'high-contrast': ['#3794ff', '#f38518', '#89d185', '#b180d7', '#f48771', '#ffd700'],
};

const BASE_FALLBACK: Record<ThemeId, Omit<ChartTheme, 'series' | 'highContrast' | 'fontFamily'>> = {
  light: { foreground: '#3b3b3b', muted: '#6f6f6f', grid: '#e5e5e5', background: '#ffffff', accent: '#005fb8' },
  dark: { foreground: '#cccccc', muted: '#9d9d9d', grid: '#313131', background: '#1f1f1f', accent: '#0078d4' },
  'high-contrast': { foreground: '#ffffff', muted: '#ffffff', grid: '#6fc3df', background: '#000000', accent: '#f38518' },
};

export function readChartTheme(element: Element, theme: ThemeId = 'light'): ChartTheme {
  const style = getComputedStyle(element);
  const read = (name: string, fallback: string): string => style.getPropertyValue(name).trim() || fallback;
  const base = BASE_FALLBACK[theme];
  return {
    foreground: read('--vscode-foreground', base.foreground),
    muted: read('--vscode-descriptionForeground', base.muted),
    grid: read('--vscode-widget-border', base.grid),
    background: read('--vscode-editor-background', base.background),
    accent: read('--vscode-focusBorder', base.accent),
    fontFamily: read('--vscode-font-family', 'system-ui, sans-serif'),
    series: SERIES_TOKENS.map((token, i) => read(`--vscode-charts-${token}`, SERIES_FALLBACK[theme][i]!)),
    highContrast: theme === 'high-contrast',
  };
}

/** A colour with an alpha, for fills: '#rrggbb' and '#rgb' get one; anything else is returned unchanged. */
export function withAlpha(color: string, alpha: number): string {
  const rgb = parseHex(color);
  return rgb ? `rgba(${rgb.join(', ')}, ${alpha})` : color;
}

/** `color` moved `amount` (0..1) of the way toward `toward`: lighter shades on light themes, darker on dark ones. */
export function shade(color: string, amount: number, toward: string): string {
  const a = parseHex(color);
  const b = parseHex(toward);
  if (!a || !b) return color;
  const mix = a.map((c, i) => Math.round(c + (b[i]! - c) * amount));
  return `#${mix.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

function parseHex(color: string): number[] | undefined {
  const m = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(color.trim()) ?? /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(color.trim());
  if (!m) return undefined;
  return m.slice(1).map((c) => parseInt(c.length === 1 ? c + c : c, 16));
}
