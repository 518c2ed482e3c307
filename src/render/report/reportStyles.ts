/**
 * The report's whole stylesheet, inlined in its `<style>`: the system font stack (no web font is
 * fetched), a layout that fits every screen from a 360 px phone to a laptop and never scrolls the page
 * sideways (grids that stack when their columns do not fit, every table in its own scrolling box with
 * a shadow at the side that has more, names broken only at spaces and hyphens), charts drawn for the screen's width (`chartFigure`: the
 * narrow drawing up to 720 px, so that chart text stays at 10 px or more), and a print stylesheet
 * (no background colours, the winner kept by bold and ★, charts and tables never split across pages).
 */
export const reportStyles = `
:root { color-scheme: light; --ink: #1d1d1f; --muted: #5f6368; --rule: #d9d9de; --accent: #0072b2; --win: #fff3cc; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: #f6f6f8; color: var(--ink); overflow-wrap: break-word;
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
.page { max-width: 1320px; margin: 0 auto; padding: 20px 24px 40px; }
header h1 { margin: 0 0 4px; font-size: 1.6rem; line-height: 1.25; }
header p { margin: 0; color: var(--muted); }
nav { margin: 12px 0 0; font-size: 0.9rem; }
nav a { color: var(--accent); margin-right: 14px; text-decoration: none; display: inline-block; }
nav a:hover { text-decoration: underline; }
section { background: #fff; border: 1px solid var(--rule); border-radius: 8px; padding: 16px 20px; margin: 18px 0 0; min-width: 0; }
h2 { margin: 0 0 10px; font-size: 1.2rem; }
h3 { margin: 18px 0 6px; font-size: 1rem; }
p { margin: 6px 0; }
.note, .muted, figcaption { color: var(--muted); font-size: 0.88rem; }
ul.verdicts { margin: 0 0 12px; padding-left: 20px; }
.horizons { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(380px, 100%), 1fr)); gap: 14px 20px; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(600px, 100%), 1fr)); gap: 16px 24px; }
.horizons > *, .charts > *, .hypotheses > * { min-width: 0; }
figure { margin: 0; }
section > figure, .table-scroll:has(table.sensitivity), .table-scroll:has(table.percentiles) { max-width: 780px; }
figure svg { display: block; width: 100%; height: auto; }
.chart-wide svg { max-width: 860px; }
.chart-narrow { display: none; }
.chart-narrow svg { max-width: 480px; }
figcaption { margin-top: 4px; }
.table-scroll { overflow-x: auto; max-width: 100%; }
.table-scroll { background: linear-gradient(to right, #fff 30%, #fff0) 0 0 / 40px 100% no-repeat local,
  linear-gradient(to left, #fff 30%, #fff0) 100% 0 / 40px 100% no-repeat local,
  radial-gradient(farthest-side at 0 50%, #0003, #0000) 0 0 / 12px 100% no-repeat scroll,
  radial-gradient(farthest-side at 100% 50%, #0003, #0000) 100% 0 / 12px 100% no-repeat scroll; }
.table-scroll:focus-visible { outline: 2px solid var(--accent); outline-offset: 2px; }
table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; font-size: 0.92rem; }
caption { text-align: left; font-weight: 600; padding: 0 0 6px; }
th, td { padding: 4px 8px; border-bottom: 1px solid var(--rule); text-align: left; vertical-align: top; overflow-wrap: normal; }
thead th { border-bottom: 2px solid #b9b9c0; font-weight: 600; color: var(--muted); }
tbody th { font-weight: 500; min-width: 8em; }
.num { text-align: right; white-space: nowrap; }
tr.winner > * { background: var(--win); font-weight: 700; }
tr.winner > th { box-shadow: inset 3px 0 0 #e69f00; }
.table-scroll:has(table.inputs) { max-width: 900px; }
ul.uncertain { padding-left: 20px; }
ul.uncertain li { margin: 0 0 8px; }
.hypotheses { display: grid; grid-template-columns: repeat(auto-fit, minmax(min(400px, 100%), 1fr)); gap: 4px 24px; }
ul.changes { margin: 4px 0 8px; padding-left: 20px; }
footer { margin-top: 18px; color: var(--muted); font-size: 0.85rem; }
@media screen and (max-width: 720px) {
  .page { padding: 12px; }
  section { padding: 12px; }
  header h1 { font-size: 1.35rem; }
  table { font-size: 0.86rem; }
  th, td { padding: 4px 6px; }
  .horizons, .charts, .hypotheses { grid-template-columns: 1fr; }
  .chart-wide { display: none; }
  .chart-narrow { display: block; }
}
@media print {
  @page { margin: 14mm 12mm; }
  body { background: none; font-size: 10pt; }
  .page { max-width: none; padding: 0; }
  nav { display: none; }
  section { border: none; border-radius: 0; padding: 0; margin: 14pt 0 0; }
  h2 { break-after: avoid; page-break-after: avoid; }
  h3 { break-after: avoid; page-break-after: avoid; }
  .charts, .horizons, .hypotheses { display: block; }
  .table-scroll { overflow: visible; background: none; }
  figure, table, .horizon, .hypothesis { break-inside: avoid; page-break-inside: avoid; }
  figure { margin: 0 0 10pt; }
  figure svg { max-height: 10cm; }
  .horizon { margin: 0 0 10pt; }
  tr.winner > * { background: none; }
  tr.winner > th { box-shadow: none; border-left: 2pt solid #000; }
  a { color: inherit; text-decoration: none; }
}
`;
