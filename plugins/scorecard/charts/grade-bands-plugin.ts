// Grade bands drawn behind a chart's data: a faint fill per band, a dashed line at each boundary and
// the band's label. A small inline Chart.js plugin, given to the charts that need it through their
// configuration (not registered globally), with its settings under options.plugins.scGradeBands.
import type { Chart, ChartType, Plugin } from 'chart.js';
import { withAlpha } from './chart-theme.ts';

export interface GradeBandArea {
  from: number;
  to: number;
  color: string;
  label: string;
}

export interface GradeBandsOptions {
  bands: GradeBandArea[];
  /** The axis the bands run along: x for a histogram of totals, y for totals against rank. */
  axis: 'x' | 'y';
  /**
   * The values at the two ends of a category axis (a histogram's first bin's lower edge and last
   * bin's upper edge), which maps totals onto it linearly; leave out for a linear axis.
   */
  domain?: [number, number];
  fillAlpha: number;
  labelColor: string;
  font: string;
}

declare module 'chart.js' {
  interface PluginOptionsByType<TType extends ChartType> {
    /** Options of the grade-bands plugin (grade-bands-plugin.ts). */
    scGradeBands?: GradeBandsOptions | false;
  }
}

/** Pixel position of a total along the bands' axis. */
function position(chart: Chart, options: GradeBandsOptions, value: number): number | undefined {
  const scale = options.axis === 'x' ? chart.scales.x : chart.scales.y;
  if (!scale) return undefined;
  if (!options.domain) return scale.getPixelForValue(value);
  const [lo, hi] = options.domain;
  if (hi <= lo) return undefined;
  const start = options.axis === 'x' ? scale.left : scale.bottom;
  const end = options.axis === 'x' ? scale.right : scale.top;
  return start + ((value - lo) / (hi - lo)) * (end - start);
}

export const gradeBandsPlugin: Plugin = {
  id: 'scGradeBands',
  beforeDatasetsDraw(chart, _args, raw) {
    const options = raw as GradeBandsOptions | false | undefined;
    if (!options || !options.bands?.length) return;
    const { ctx, chartArea: area } = chart;
    ctx.save();
    ctx.beginPath();
    ctx.rect(area.left, area.top, area.right - area.left, area.bottom - area.top);
    ctx.clip();
    ctx.font = options.font;
    for (const band of options.bands) {
      const a = position(chart, options, band.from);
      const b = position(chart, options, band.to);
      if (a === undefined || b === undefined) continue;
      ctx.fillStyle = withAlpha(band.color, options.fillAlpha);
      if (options.axis === 'x') ctx.fillRect(Math.min(a, b), area.top, Math.abs(b - a), area.bottom - area.top);
      else ctx.fillRect(area.left, Math.min(a, b), area.right - area.left, Math.abs(b - a));
      // The boundary at the band's lower edge, and its label just inside the band.
      ctx.strokeStyle = band.color;
      ctx.setLineDash([4, 3]);
      ctx.lineWidth = 1;
      ctx.beginPath();
      if (options.axis === 'x') {
        ctx.moveTo(a, area.top);
        ctx.lineTo(a, area.bottom);
      } else {
        ctx.moveTo(area.left, a);
        ctx.lineTo(area.right, a);
      }
      ctx.stroke();
      ctx.fillStyle = options.labelColor;
      if (options.axis === 'x') {
        ctx.textAlign = 'left';
        ctx.textBaseline = 'top';
        if (Math.abs(b - a) > ctx.measureText(band.label).width + 6) ctx.fillText(band.label, Math.min(a, b) + 3, area.top + 2);
      } else {
        ctx.textAlign = 'right';
        ctx.textBaseline = 'bottom';
        if (Math.abs(b - a) > 14) ctx.fillText(band.label, area.right - 3, Math.max(a, b) - 2);
      }
    }
    ctx.restore();
  },
};
