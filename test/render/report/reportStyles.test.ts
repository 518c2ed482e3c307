import { describe, expect, it } from 'vitest';
import { reportStyles } from '../../../src/render/report/reportStyles';

/** The rules inside `@media <query> { … }`, found by matching braces. */
function mediaBlock(query: string): string {
  const start = reportStyles.indexOf(`@media ${query} {`);
  expect(start, query).toBeGreaterThanOrEqual(0);
  let depth = 0;
  for (let i = reportStyles.indexOf('{', start); i < reportStyles.length; i++) {
    if (reportStyles[i] === '{') depth++;
    if (reportStyles[i] === '}' && --depth === 0) return reportStyles.slice(start, i + 1);
  }
  throw new Error(`@media ${query} is not closed`);
}

describe('reportStyles', () => {
  it('is one stylesheet whose braces balance', () => {
    const opened = reportStyles.match(/\{/g)!.length;
    expect(reportStyles.match(/\}/g)!.length).toBe(opened);
    expect(reportStyles).not.toMatch(/<\/?style/i); // the report wraps it in <style> itself
  });

  it('fetches nothing: the system font stack, no web font, import or url', () => {
    expect(reportStyles).toMatch(/font: [^;]*system-ui[^;]*sans-serif;/);
    expect(reportStyles).not.toMatch(/@import|@font-face|url\(/);
  });

  it('styles the classes the report sections use', () => {
    for (const selector of ['.num {', 'tr.winner > *', 'table.sensitivity', 'table.percentiles', 'table.inputs', '.horizons {', '.charts {', '.note']) {
      expect(reportStyles, selector).toContain(selector);
    }
    expect(reportStyles).toMatch(/\.num \{[^}]*text-align: right/);
  });

  it('stacks the grids in one column on a narrow screen and shows the narrow drawing of each chart there', () => {
    const narrow = mediaBlock('screen and (max-width: 720px)');
    expect(narrow).toMatch(/\.horizons, \.charts, \.hypotheses \{ grid-template-columns: 1fr; \}/);
    expect(narrow).toContain('.chart-wide { display: none; }');
    expect(narrow).toContain('.chart-narrow { display: block; }');
    expect(reportStyles).toContain('.chart-narrow { display: none; }');
  });

  it('never widens the page: grid columns no wider than their box, tables in their own scrolling box, no breaking of names anywhere', () => {
    for (const min of ['380px', '600px', '400px']) expect(reportStyles).toContain(`minmax(min(${min}, 100%), 1fr)`);
    expect(reportStyles).toMatch(/\.table-scroll \{ overflow-x: auto; max-width: 100%; \}/);
    expect(reportStyles).not.toMatch(/overflow-wrap: anywhere|word-break: break-all|word-break: break-word/);
    expect(reportStyles).toMatch(/th, td \{[^}]*overflow-wrap: normal/);
  });

  it('prints without the navigation or background colours, keeps the winner by a rule, and never splits a chart or table', () => {
    const print = mediaBlock('print');
    expect(print).toContain('nav { display: none; }');
    expect(print).toMatch(/body \{[^}]*background: none/);
    expect(print).toMatch(/tr\.winner > \* \{ background: none; \}/);
    expect(print).toMatch(/tr\.winner > th \{[^}]*border-left: 2pt solid #000/);
    expect(print).toMatch(/figure, table[^{]*\{[^}]*break-inside: avoid/);
  });
});
