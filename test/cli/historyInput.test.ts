import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { run } from './commands/support';

// The `history` key of a scenario file, through the built CLI: read and checked by every command, ignored by the
// analyses, kept by `calibrate --write`, drawn by `report`.
const article = JSON.parse(readFileSync('examples/moller-article.json', 'utf8')) as Record<string, unknown>;
const history = {
  campaigns: [
    { date: '2025-01-07', name: '<b>Sale</b>', delivered: 4000, openRate: 0.41, clickRate: 0.04 },
    { date: '2025-01-14', name: 'Digest', delivered: 4000, openRate: 0.39, clickRate: 0.042 },
  ],
  fitted: { openRate: { mean: 0.4, meanBand: [0.38, 0.42], campaignBand: [0.35, 0.45] } },
};
const folder = mkdtempSync(join(tmpdir(), 'email-npv-history-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

describe('the history key through the built CLI', () => {
  it('changes nothing compare prints', () => {
    const plain = run(['compare', '-'], JSON.stringify(article));
    const withHistory = run(['compare', '-'], JSON.stringify({ ...article, history }));
    expect(withHistory.status).toBe(0);
    expect(withHistory.stderr).toBe('');
    expect(withHistory.stdout).toBe(plain.stdout);
  });

  it('refuses a bad history with the located line, exit 2 and nothing on stdout', () => {
    const campaigns = [...history.campaigns, { delivered: 10 }, { delivered: 10, openRate: 1.4 }];
    const out = run(['compare', '-'], JSON.stringify({ ...article, history: { ...history, campaigns } }));
    expect(out.status).toBe(2);
    expect(out.stdout).toBe('');
    expect(out.stderr.split('\n')).toContain('history.campaigns[3].openRate: must be a fraction from 0 to 1 (unique opens / delivered)');
  });

  it('keeps it when calibrate writes the fitted values', () => {
    const file = join(folder, 'article.json');
    const written = join(folder, 'calibrated.json');
    writeFileSync(file, JSON.stringify({ ...article, history }));
    const observed = JSON.stringify({ observed: [{ hypothesis: 'baseline', years: 1, npv: 9485 }], unknowns: { churnPerEmail: { min: 0, max: 0.02 } } });
    writeFileSync(join(folder, 'observed.json'), observed);
    const out = run(['calibrate', file, '--observed', join(folder, 'observed.json'), '--write', written]);
    expect(out.stderr).toBe('');
    expect(out.status).toBe(0);
    expect((JSON.parse(readFileSync(written, 'utf8')) as { history: unknown }).history).toEqual(history);
  });

  it('is drawn by report, the campaign names escaped', () => {
    const out = run(['report', '-', '--out', '-'], JSON.stringify({ ...article, history }));
    expect(out.status).toBe(0);
    expect(out.stdout).toContain('<h2 id="history-title">What your history says</h2>');
    expect(out.stdout).not.toContain('<b>Sale</b>');
  });
});
