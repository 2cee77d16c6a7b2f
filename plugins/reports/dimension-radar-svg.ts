// The dimension radar as inline SVG: a person's score on each dimension against the population's
// average. Drawn by hand because canvases print blurred or blank in some browsers, and SVG stays
// crisp at any printer resolution. Fewer than three dimensions make no polygon: bars instead.
import { svg, type SVGTemplateResult } from 'lit';
import type { ChartScale } from '../../src/core/scorecard/charts/chart-common.ts';
import type { ReportDimension } from '../../src/core/reports/report-types.ts';

const WIDTH = 320, HEIGHT = 240, CX = 160, CY = 112, RADIUS = 78;
const LABEL_SIZE = 12;
const PERSON = '#1565c0', AVERAGE = '#757575', GRID = '#d0d0d0', LABEL = '#333333';

export interface RadarLabels {
  person: string;
  average: string;
  title: string;
}

function fraction(scale: ChartScale, x: number | null): number {
  if (x === null) return 0;
  const span = scale.max - scale.min || 1;
  return Math.min(1, Math.max(0, (x - scale.min) / span));
}

/** Point of axis `a` of `n` at fraction `f` of the radius, the first axis pointing up. */
function point(a: number, n: number, f: number): [number, number] {
  const angle = -Math.PI / 2 + (2 * Math.PI * a) / n;
  return [CX + Math.cos(angle) * RADIUS * f, CY + Math.sin(angle) * RADIUS * f];
}

const points = (list: [number, number][]): string => list.map(([x, y]) => `${x.toFixed(1)},${y.toFixed(1)}`).join(' ');

export function dimensionRadarSvg(dimensions: readonly ReportDimension[], scale: ChartScale, labels: RadarLabels): SVGTemplateResult {
  const n = dimensions.length;
  const body = n >= 3 ? radar(dimensions, scale) : bars(dimensions, scale);
  return svg`<svg class="radar" viewBox="0 0 ${WIDTH} ${HEIGHT}" role="img" aria-label=${labels.title} xmlns="http://www.w3.org/2000/svg">
    ${body}
    <g class="legend" font-size="11" fill=${LABEL}>
      <line x1="4" y1="${HEIGHT - 18}" x2="20" y2="${HEIGHT - 18}" stroke=${PERSON} stroke-width="2"></line>
      <text x="24" y="${HEIGHT - 15}">${labels.person}</text>
      <line x1="4" y1="${HEIGHT - 6}" x2="20" y2="${HEIGHT - 6}" stroke=${AVERAGE} stroke-width="1.5" stroke-dasharray="3 2"></line>
      <text x="24" y="${HEIGHT - 3}">${labels.average}</text>
    </g>
  </svg>`;
}

function radar(dimensions: readonly ReportDimension[], scale: ChartScale): SVGTemplateResult {
  const n = dimensions.length;
  const rings = [0.25, 0.5, 0.75, 1].map((f) => svg`<polygon points=${points(dimensions.map((_, a) => point(a, n, f)))} fill="none" stroke=${GRID} stroke-width="0.6"></polygon>`);
  const spokes = dimensions.map((_, a) => {
    const [x, y] = point(a, n, 1);
    return svg`<line x1=${CX} y1=${CY} x2=${x.toFixed(1)} y2=${y.toFixed(1)} stroke=${GRID} stroke-width="0.6"></line>`;
  });
  const names = dimensions.map((d, a) => {
    const [x, y] = point(a, n, 1.1);
    const anchor = Math.abs(x - CX) < 4 ? 'middle' : x > CX ? 'start' : 'end';
    const room = anchor === 'middle' ? WIDTH : anchor === 'start' ? WIDTH - x - 2 : x - 2;
    return axisLabel(d.name, x, y, anchor, room);
  });
  const average = points(dimensions.map((d, a) => point(a, n, fraction(scale, d.average))));
  const person = points(dimensions.map((d, a) => point(a, n, fraction(scale, d.score))));
  return svg`${rings}${spokes}
    <polygon class="average" points=${average} fill="none" stroke=${AVERAGE} stroke-width="1.5" stroke-dasharray="3 2"></polygon>
    <polygon class="person" points=${person} fill=${PERSON} fill-opacity="0.15" stroke=${PERSON} stroke-width="2"></polygon>
    ${names}`;
}

/** Rough width of text at 1px font size: CJK characters are square, Latin ones about half as wide. */
function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += ch.charCodeAt(0) > 0x2e80 ? 1 : 0.56;
  return width;
}

/**
 * A dimension's name beside its axis, kept inside the drawing: on two lines when a space allows,
 * and in a smaller type when it is still too long (names are the user's, of any length).
 */
function axisLabel(name: string, x: number, y: number, anchor: string, room: number): SVGTemplateResult {
  const space = name.indexOf(' ', Math.floor(name.length / 2) - 4);
  const lines = textWidth(name) * LABEL_SIZE > room && space > 0 ? [name.slice(0, space), name.slice(space + 1)] : [name];
  const widest = Math.max(...lines.map(textWidth));
  const size = Math.max(7, Math.min(LABEL_SIZE, room / widest));
  const top = y + 4 - ((lines.length - 1) * size) / 2;
  return svg`<text x=${x.toFixed(1)} y=${top.toFixed(1)} text-anchor=${anchor} font-size=${size.toFixed(1)} fill=${LABEL}>${lines.map((line, i) => svg`<tspan x=${x.toFixed(1)} dy=${i === 0 ? 0 : size}>${line}</tspan>`)}</text>`;
}

function bars(dimensions: readonly ReportDimension[], scale: ChartScale): SVGTemplateResult {
  const left = 110, width = WIDTH - left - 10;
  return svg`${dimensions.map((d, i) => {
    const y = 20 + i * 50;
    return svg`<text x="4" y=${y + 14} font-size="12" fill=${LABEL}>${d.name}</text>
      <rect x=${left} y=${y} width=${(width * fraction(scale, d.score)).toFixed(1)} height="14" fill=${PERSON}></rect>
      <rect x=${left} y=${y + 18} width=${(width * fraction(scale, d.average)).toFixed(1)} height="8" fill=${AVERAGE}></rect>`;
  })}`;
}
