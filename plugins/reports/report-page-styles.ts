// The report pages' look: always light (paper is white whatever the app's theme), sized in
// millimetres so the screen shows what the printer will get. On screen each page is an A4 sheet with
// 15 mm margins drawn as padding; in print the margins come from @page (print-host.ts) and each page
// breaks after itself. The content box is 180 × 267 mm either way.
import { css } from 'lit';

export const reportPageStyles = css`
  :host {
    display: block;
    color-scheme: light;
    --ink: #1f1f1f;
    --muted: #666666;
    --rule: #d6d6d6;
    --up: #2e7d32;
    --down: #c62828;
    font-family: 'Segoe UI', 'PingFang SC', 'Microsoft YaHei', 'Noto Sans CJK SC', system-ui, sans-serif;
    font-size: 9pt;
    line-height: 1.3;
    color: var(--ink);
  }
  .page {
    box-sizing: border-box;
    width: 210mm;
    min-height: 297mm;
    padding: 15mm;
    margin: 0 auto 8mm;
    background: #ffffff;
    box-shadow: 0 1px 4px rgba(0, 0, 0, 0.3);
    display: flex;
    flex-direction: column;
    gap: 3.5mm;
  }
  h1 { font-size: 15pt; margin: 0; font-weight: 600; }
  h2, caption { font-size: 9.5pt; font-weight: 600; margin: 0 0 1.2mm; text-align: left; }
  .page-header { display: flex; justify-content: space-between; align-items: flex-end; border-bottom: 0.6mm solid var(--ink); padding-bottom: 2mm; }
  .kicker { color: var(--muted); font-size: 8.5pt; }
  .grade-chip { border: 0.5mm solid var(--grade); color: var(--grade); font-weight: 700; font-size: 12pt; padding: 1mm 4mm; border-radius: 2mm; }
  .figures { display: flex; gap: 2mm; }
  .figure { flex: 1 1 0; border: 0.3mm solid var(--rule); border-radius: 1mm; padding: 1.2mm 2mm; display: flex; flex-direction: column; }
  .figure .label { color: var(--muted); font-size: 7.5pt; }
  .figure .value { font-size: 11pt; font-weight: 600; font-variant-numeric: tabular-nums; }
  .figure.total .value { font-size: 14pt; }
  .two-columns { display: grid; grid-template-columns: 1fr 1fr; gap: 5mm; align-items: start; }
  .dimensions { grid-template-columns: 78mm 1fr; }
  .three-columns { display: grid; grid-template-columns: repeat(3, 1fr); gap: 4mm; }
  svg.radar { width: 78mm; height: auto; display: block; }
  table { border-collapse: collapse; width: 100%; font-size: 8.5pt; }
  th, td { padding: 0.5mm 1.5mm; border-bottom: 0.2mm solid var(--rule); text-align: left; vertical-align: top; }
  thead th { border-bottom: 0.4mm solid var(--ink); font-weight: 600; color: var(--muted); font-size: 7.5pt; white-space: nowrap; }
  tr.group th, tr.group td { font-weight: 600; background: #f2f2f2; border-bottom-color: var(--ink); }
  .page.dense { gap: 2.5mm; }
  .page.dense table, .page.dense ul { font-size: 7.5pt; line-height: 1.2; }
  .page.dense th, .page.dense td { padding: 0.35mm 1.2mm; }
  .page.dense svg.radar { width: 62mm; }
  .page.dense .dimensions { grid-template-columns: 62mm 1fr; }
  .page.dense .signatures { padding-top: 4mm; }
  .num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
  .up { color: var(--up); }
  .down, .lost { color: var(--down); }
  .muted { color: var(--muted); }
  ul, ol { margin: 0; padding-left: 4.5mm; }
  li { margin: 0.4mm 0; }
  li.veto { color: var(--down); }
  .failure { color: var(--down); margin: 0; }
  .signatures { margin-top: auto; display: grid; grid-template-columns: repeat(3, 1fr); gap: 6mm; padding-top: 6mm; }
  .signatures span { border-top: 0.3mm solid var(--ink); padding-top: 1mm; color: var(--muted); font-size: 8pt; }
  .bar-cell { position: relative; width: 45%; }
  .bar { height: 3mm; margin-top: 0.6mm; min-width: 0.4mm; }
  .bar.neutral { background: #1565c0; }
  .target { position: absolute; top: 0; bottom: 0; border-left: 0.5mm dashed var(--ink); }
  .swatch { display: inline-block; width: 2.5mm; height: 2.5mm; margin-right: 1.5mm; vertical-align: middle; }
  .indicator-list li { display: flex; justify-content: space-between; gap: 2mm; }
  @media print {
    :host { font-size: 9pt; }
    .page {
      width: auto;
      min-height: 0;
      padding: 0;
      margin: 0;
      box-shadow: none;
      break-after: page;
      break-inside: avoid;
    }
    .page:last-child { break-after: auto; }
    * { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  }
`;
