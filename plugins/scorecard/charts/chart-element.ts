// The behaviour every chart element shares: Chart.js loaded on first data, one Chart instance kept
// for the element's life and updated in place (edits re-render many times a second), colours
// re-read on a theme change, labels rebuilt on a locale change, and the accessible side: an image
// role with a summary and a visually hidden table of the same numbers.
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit';
import { styleMap } from 'lit/directives/style-map.js';
import type { Chart, ChartConfiguration, ChartData, ChartType } from 'chart.js';
import type { DisposableStore } from '../../../src/base/lifecycle.ts';
import { WorkbenchElement, type WorkbenchServices } from '../../../src/workbench/api.ts';
import { loadChartJs } from './chart-loader.ts';
import { chartStyles } from './chart-styles.ts';
import { type ChartTheme, readChartTheme } from './chart-theme.ts';

/** The numbers behind a chart, as a table for screen readers. */
export interface ChartTable {
  columns: string[];
  /** The first cell of each row heads it. */
  rows: string[][];
}

/** Formatters are costly to build and a table formats dozens of numbers per update: one per kind is kept. */
const formatters = new Map<string, Intl.NumberFormat>();
function formatter(locale: string, style: 'decimal' | 'percent', digits: number): Intl.NumberFormat {
  const key = `${locale}|${style}|${digits}`;
  let f = formatters.get(key);
  if (!f) formatters.set(key, (f = new Intl.NumberFormat(locale, { style, maximumFractionDigits: digits })));
  return f;
}

export abstract class ChartElement<TData, TType extends ChartType> extends WorkbenchElement {
  static override properties: PropertyDeclarations = {
    ...WorkbenchElement.properties,
    data: { attribute: false },
    loadFailed: { state: true },
  };

  static override styles = [chartStyles];

  /** The prepared data (src/core/scorecard/charts); undefined shows an empty state and loads nothing. */
  declare data: TData | undefined;
  declare protected loadFailed: boolean;

  private instance: Chart<TType> | undefined;
  private loading: Promise<void> | undefined;
  private colors: ChartTheme | undefined;

  constructor() {
    super();
    this.data = undefined;
    this.loadFailed = false;
  }

  /**
   * The Chart.js instance, once Chart.js has loaded and the element had data (undefined before).
   * Tests and callers (an image export) read it; the element owns it, so do not destroy it.
   */
  get chart(): Chart<TType> | undefined {
    return this.instance;
  }

  /** Resolves when the chart shows the current data: after rendering and, the first time, loading Chart.js. */
  async chartReady(): Promise<Chart<TType> | undefined> {
    await this.updateComplete;
    while (this.loading) await this.loading;
    await this.updateComplete;
    return this.instance;
  }

  /** The heading above the chart. */
  protected abstract chartTitle(): string;
  /** One or two sentences saying what the chart shows, for the image's accessible name. */
  protected abstract summary(data: TData): string;
  protected abstract table(data: TData): ChartTable;
  /** The full configuration for `data`; called again on every update, and merged into the live chart. */
  protected abstract chartConfig(data: TData, theme: ChartTheme): ChartConfiguration<TType>;
  /** Data with nothing to draw shows `emptyText()` instead of a chart. */
  protected isEmpty(_data: TData): boolean {
    return false;
  }
  /** A height in pixels for charts that grow with their data (one bar per indicator); default: the CSS height. */
  protected chartHeight(_data: TData): number | undefined {
    return undefined;
  }
  protected emptyText(): string {
    return this.t('scorecard.charts.empty');
  }

  protected override servicesReady(services: WorkbenchServices, store: DisposableStore): void {
    store.add(services.theme.onDidChange(() => {
      this.colors = undefined;
      this.requestUpdate();
    }));
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    // Chart.js watches the canvas's size and the window; a detached chart would keep both alive.
    this.instance?.destroy();
    this.instance = undefined;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The theme may have changed while the element was out of the page (and not listening).
    this.colors = undefined;
    if (this.hasUpdated) this.requestUpdate();
  }

  protected theme(): ChartTheme {
    return (this.colors ??= readChartTheme(this, this.services?.theme.theme));
  }

  protected get locale(): string {
    return this.services?.i18n.locale ?? 'en';
  }

  /** A number in the display language, with at most `digits` decimals. */
  protected number(value: number | null | undefined, digits = 1): string {
    if (value === null || value === undefined || Number.isNaN(value)) return '—';
    return formatter(this.locale, 'decimal', digits).format(value);
  }

  /** A fraction (0..1) as a percentage in the display language. */
  protected percent(fraction: number | null | undefined, digits = 1): string {
    if (fraction === null || fraction === undefined || Number.isNaN(fraction)) return '—';
    return formatter(this.locale, 'percent', digits).format(fraction);
  }

  /** Options every chart starts from: sizing to its box, theme colours and font, no animation when the user asked for less motion. */
  protected baseOptions(theme: ChartTheme): Record<string, unknown> {
    const still = typeof matchMedia === 'function' && matchMedia('(prefers-reduced-motion: reduce)').matches;
    return {
      responsive: true,
      maintainAspectRatio: false,
      animation: still ? false : { duration: 250 },
      color: theme.foreground,
      borderColor: theme.grid,
      font: { family: theme.fontFamily, size: 12 },
      locale: this.locale,
    };
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    super.updated(changed);
    this.syncChart();
  }

  override render(): TemplateResult {
    const data = this.data;
    const empty = data === undefined || this.isEmpty(data);
    const title = this.chartTitle();
    const height = empty ? undefined : this.chartHeight(data);
    let body: TemplateResult;
    if (this.loadFailed) body = html`<p class="empty" role="alert">${this.t('scorecard.charts.loadFailed')}</p>`;
    else if (empty) body = html`<p class="empty">${this.emptyText()}</p>`;
    else body = html`${this.renderTable(title, this.table(data))}`;
    return html`
      <figure>
        <div class="title">${title}</div>
        <div class="canvas-box" role="img" aria-label=${empty || this.loadFailed ? title : this.summary(data)} ?hidden=${empty || this.loadFailed}
          style=${styleMap({ height: height === undefined ? undefined : `${height}px` })}>
          <canvas></canvas>
        </div>
        ${body}
      </figure>
    `;
  }

  /** A table ignores a small width, so it sits in a clipped box instead of being clipped itself. */
  private renderTable(caption: string, table: ChartTable): TemplateResult | typeof nothing {
    if (table.rows.length === 0) return nothing;
    return html`
      <div class="visually-hidden">
        <table>
          <caption>${caption}</caption>
          <thead><tr>${table.columns.map((c) => html`<th scope="col">${c}</th>`)}</tr></thead>
          <tbody>${table.rows.map(([head, ...cells]) => html`<tr><th scope="row">${head}</th>${cells.map((c) => html`<td>${c}</td>`)}</tr>`)}</tbody>
        </table>
      </div>
    `;
  }

  private syncChart(): void {
    const data = this.data;
    if (data === undefined || this.isEmpty(data) || !this.isConnected || this.loadFailed) return;
    if (this.instance) {
      mergeConfig(this.instance, this.chartConfig(data, this.theme()));
      this.instance.update('none');
      return;
    }
    if (this.loading) return; // the load's completion draws the data current by then
    this.loading = loadChartJs().then(
      ({ Chart: ChartClass }) => {
        this.loading = undefined;
        const latest = this.data;
        const canvas = this.renderRoot.querySelector('canvas');
        if (this.instance || !this.isConnected || !canvas || latest === undefined || this.isEmpty(latest)) return;
        this.instance = new ChartClass(canvas, this.chartConfig(latest, this.theme())) as unknown as Chart<TType>;
      },
      () => {
        this.loading = undefined;
        this.loadFailed = true;
      },
    );
  }
}

/** Keys Chart.js or this code may add to a dataset object that a new configuration does not list. */
const KEEP = /^[_$]/;

/**
 * Puts a new configuration's data and options into a live chart: dataset objects are updated in
 * place (Chart.js keys its per-dataset state by object, so new objects would rebuild it), options
 * are replaced (Chart.js re-resolves them on update()).
 */
function mergeConfig<TType extends ChartType>(chart: Chart<TType>, next: ChartConfiguration<TType>): void {
  const target: ChartData<TType> = chart.data;
  target.labels = next.data.labels ?? [];
  const incoming = next.data.datasets;
  incoming.forEach((dataset, i) => {
    const existing = target.datasets[i];
    if (!existing) {
      target.datasets.push(dataset);
      return;
    }
    const record = existing as unknown as Record<string, unknown>;
    for (const key of Object.keys(record)) if (!(key in dataset) && !KEEP.test(key)) delete record[key];
    Object.assign(existing, dataset);
  });
  target.datasets.length = incoming.length;
  if (next.options) chart.options = next.options as Chart<TType>['options'];
}
