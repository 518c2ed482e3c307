/**
 * The report's whole stylesheet, inlined in its `<style>`: the system font stack (no web font is
 * fetched), a layout that fits a 1366 × 768 laptop (tables of the horizons side by side, two charts
 * a row), and a print stylesheet (no background colours, the winner kept by bold and ★, charts and
 * tables never split across pages).
 */
export const reportStyles = `
:root { color-scheme: light; --ink: #1d1d1f; --muted: #5f6368; --rule: #d9d9de; --accent: #0072b2; --win: #fff3cc; }
* { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; background: #f6f6f8; color: var(--ink);
  font: 15px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; }
.page { max-width: 1320px; margin: 0 auto; padding: 20px 24px 40px; }
header h1 { margin: 0 0 4px; font-size: 1.6rem; line-height: 1.25; }
header p { margin: 0; color: var(--muted); }
nav { margin: 12px 0 0; font-size: 0.9rem; }
nav a { color: var(--accent); margin-right: 14px; text-decoration: none; }
nav a:hover { text-decoration: underline; }
section { background: #fff; border: 1px solid var(--rule); border-radius: 8px; padding: 16px 20px; margin: 18px 0 0; }
h2 { margin: 0 0 10px; font-size: 1.2rem; }
h3 { margin: 18px 0 6px; font-size: 1rem; }
p { margin: 6px 0; }
.note, .muted, figcaption { color: var(--muted); font-size: 0.88rem; }
ul.verdicts { margin: 0 0 12px; padding-left: 20px; }
.horizons { display: grid; grid-template-columns: repeat(auto-fit, minmax(380px, 1fr)); gap: 14px 20px; }
.charts { display: grid; grid-template-columns: repeat(auto-fit, minmax(540px, 1fr)); gap: 16px 24px; }
figure { margin: 0; }
section > figure, table.sensitivity, table.percentiles { max-width: 860px; }
figure svg { display: block; width: 100%; height: auto; max-width: 100%; }
figcaption { margin-top: 4px; }
table { border-collapse: collapse; width: 100%; font-variant-numeric: tabular-nums; font-size: 0.92rem; }
caption { text-align: left; font-weight: 600; padding: 0 0 6px; }
th, td { padding: 4px 8px; border-bottom: 1px solid var(--rule); text-align: left; vertical-align: top; }
thead th { border-bottom: 2px solid #b9b9c0; font-weight: 600; color: var(--muted); white-space: nowrap; }
tbody th { font-weight: 500; overflow-wrap: anywhere; }
.num { text-align: right; white-space: nowrap; }
tr.winner > * { background: var(--win); font-weight: 700; }
tr.winner > th { box-shadow: inset 3px 0 0 #e69f00; }
table.inputs { max-width: 900px; }
.hypotheses { display: grid; grid-template-columns: repeat(auto-fit, minmax(400px, 1fr)); gap: 4px 24px; }
.hypothesis h3 { overflow-wrap: anywhere; }
ul.changes { margin: 4px 0 8px; padding-left: 20px; }
footer { margin-top: 18px; color: var(--muted); font-size: 0.85rem; }
@media (max-width: 700px) {
  .page { padding: 12px; }
  .horizons, .charts, .hypotheses { grid-template-columns: 1fr; }
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
  figure, table, .horizon, .hypothesis { break-inside: avoid; page-break-inside: avoid; }
  figure { margin: 0 0 10pt; }
  figure svg { max-height: 10cm; }
  .horizon { margin: 0 0 10pt; }
  tr.winner > * { background: none; }
  tr.winner > th { box-shadow: none; border-left: 2pt solid #000; }
  a { color: inherit; text-decoration: none; }
}
`;
