import { readFileSync } from 'node:fs';
import { fieldPathLabel } from '../../../src/schema/fieldPathLabel';
import { describe, expect, it } from 'vitest';
import { simulate } from '../../../src/analysis/uncertainty/simulate';
import { forecast } from '../../../src/model/forecast';
import { buildReport } from '../../../src/report/buildReport';
import { analysisSectionData } from '../../../src/render/report/analysisSectionData';
import type { MonteCarloSectionData } from '../../../src/render/report/monteCarloSection';
import type { SensitivitySectionData } from '../../../src/render/report/sensitivitySection';
import { compareScenarios } from '../../../src/scenarios/compareScenarios';
import { resolveHypotheses } from '../../../src/scenarios/resolveHypotheses';
import { parseScenarioFile, type ScenarioFileData } from '../../../src/scenarios/scenarioFile';
import type { ScenarioInputData } from '../../../src/schema/scenarioInput';
import { inputErrorOf } from '../../model/support';

type Json = Record<string, unknown>;
const read = (path: string) => JSON.parse(readFileSync(path, 'utf8')) as Json & { baseline: Json; report: Json; simulation: Json };
const example = read('examples/moller-uncertain.json');
const article = read('examples/moller-article.json');
// The example with fewer draws, so that the tests stay quick.
const uncertain = { ...example, simulation: { draws: 400, seed: 1 } };
/** A copy of `data` without the keys named. */
const without = <T extends object>(data: T, ...keys: string[]) => Object.fromEntries(Object.entries(data).filter(([key]) => !keys.includes(key))) as T;
const uncertainWithoutReport = without(uncertain, 'report');

/** The plain file written by hand: every distribution replaced by its `value`, no `simulation` or `report` section. */
function pointValues(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(pointValues);
  if (typeof value !== 'object' || value === null) return value;
  if ('dist' in value) return (value as unknown as { value: number }).value;
  return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, pointValues(item)]));
}
const plainByHand = pointValues(without(example, 'report', 'simulation')) as Json & { baseline: Json };

const sensitivityOf = (sections: readonly { kind: string }[]) => sections.find((s) => s.kind === 'sensitivity') as SensitivitySectionData;
const monteCarloOf = (sections: readonly { kind: string }[]) => sections.filter((s) => s.kind === 'monteCarlo') as MonteCarloSectionData[];
const npvOf = (input: Json, years: number) => forecast(input as ScenarioInputData, { years }).npv.toNumber();
const close = (actual: number, expected: number) => expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));

/**
 * The report's analyses as sections, and the plain file they report on: `buildReport` computes them
 * (at the horizons asked for), `analysisSectionData` writes them (labels in the currency and locale asked for).
 */
function analysisSections(
  data: unknown,
  { horizonsYears, currency = 'USD', locale = 'en-US' }: { horizonsYears?: readonly number[]; currency?: string; locale?: string } = {},
) {
  const report = buildReport(data as never, horizonsYears === undefined ? {} : { horizonsYears });
  return {
    file: report.plainFile,
    sections: analysisSectionData(report, { currency, locale }),
    ...(report.title === undefined ? {} : { title: report.title }),
  };
}

describe('analysisSectionData of buildReport', () => {
  it('gives the sections the file asks for: the sensitivity of the baseline, then a Monte Carlo section per scenario named', () => {
    const { sections, title } = analysisSections(uncertain);
    expect(sections.map((s) => `${s.kind} ${s.scenario}`)).toEqual(['sensitivity baseline', 'monteCarlo baseline', 'monteCarlo H2+H4']);
    expect(title).toBeUndefined();
  });

  it('gives the plain file: each distribution at its point value, without the simulation and report sections', () => {
    const { file } = analysisSections(uncertain);
    expect(file).toEqual(plainByHand);
    // so the report's comparison is what compare gives for the plain file
    expect(JSON.stringify(compareScenarios(file))).toBe(JSON.stringify(compareScenarios(plainByHand as ScenarioFileData)));
    expect(
      compareScenarios(file)
        .horizons[2]!.results.find((r) => r.name === 'H2+H4')!
        .npv.toFixed(0),
    ).toBe('163724'); // the article's published value
  });

  it('maps the tornado: base and each bar are the 5-year NPVs of the baseline with that input 10 % down and up (forecast run by hand)', () => {
    const section = sensitivityOf(analysisSections(uncertain).sections);
    expect(section.horizonYears).toBe(5);
    close(section.base, npvOf(plainByHand.baseline, 5));
    const asked = (example.report.sensitivity as { fields: string[] }).fields;
    // Each bar is labelled by its input's label from the field metadata, then its two values.
    const fieldOf = (label: string) => asked.filter((f) => label.startsWith(`${fieldPathLabel(f)} `));
    for (const bar of section.bars) expect(fieldOf(bar.label), bar.label).toHaveLength(1);
    expect(section.bars.map((b) => fieldOf(b.label)[0]).sort()).toEqual([...asked].sort());
    for (const bar of section.bars) {
      const field = fieldOf(bar.label)[0]!;
      const value = plainByHand.baseline[field] as number;
      close(bar.low, npvOf({ ...plainByHand.baseline, [field]: value * 0.9 }, 5));
      close(bar.high, npvOf({ ...plainByHand.baseline, [field]: value * 1.1 }, 5));
    }
    const labels = section.bars.map((b) => b.label);
    // The two values are held together by no-break spaces (a wrapped label keeps them on one line).
    expect(labels).toContain('Open rate (OR) 36%\u00a0to\u00a044%');
    expect(labels).toContain('Budget (B) $1,080.00\u00a0to\u00a0$1,320.00');
    expect(labels).toContain('Emails per month (e) 1.8\u00a0to\u00a02.2');
    expect(labels.join(' ')).not.toMatch(/[a-z][A-Z]|…/); // no camelCase field name, nothing cut
    expect(section.note).toContain('Each input moved down and up by 10 %');
  });

  it('maps one simulation: the fan is the scenario’s monthly band, the table its percentiles and its chance to beat the baseline', () => {
    const [baseline, combined] = monteCarloOf(analysisSections(uncertain).sections);
    const simulation = simulate(uncertainWithoutReport);
    for (const section of [baseline!, combined!]) {
      expect(section.runs).toBe(400);
      expect(section.seed).toBe(1);
      expect(section.band).toEqual(simulation.monthly.map((m) => ({ month: m.month, ...m.cumulativeNpv[section.scenario] })));
      const expected = simulation.horizons.map((h) => {
        const s = h.scenarios.find((x) => x.name === section.scenario)!;
        return {
          years: h.years,
          p5: s.npv.p5,
          p50: s.npv.p50,
          p95: s.npv.p95,
          probabilityNegative: s.probabilityNegative,
          probabilityBeatsBaseline: s.probabilityBeatsBaseline ?? undefined,
        };
      });
      expect(section.percentiles).toEqual(expected);
    }
    expect(baseline!.percentiles.every((p) => p.probabilityBeatsBaseline === undefined)).toBe(true);
    expect(combined!.baseline).toBe('baseline');
    expect(combined!.note).toContain('Investment (C) (from H4): triangular(15000, mode 17000, 24000)');
    expect(combined!.note).toContain('Open rate (OR) (from baseline): beta(α 40, β 60)');
    expect(baseline!.note).toContain('Open rate (OR): beta(α 40, β 60)');
    expect(baseline!.note).not.toContain('Investment');
    expect(baseline!.note).not.toMatch(/baseline\.|hypotheses\./);
  });

  it('without distributions, the fan collapses onto the forecast and the chances are 0 or 1', () => {
    const { sections } = analysisSections({ ...article, report: { monteCarlo: { draws: 20 } } });
    // by default the baseline and the hypothesis worth most at the longest horizon (H2+H4: $163,724 at 5 years)
    const [baseline, combined] = monteCarloOf(sections);
    expect(monteCarloOf(sections).map((s) => s.scenario)).toEqual(['baseline', 'H2+H4']);
    const input = resolveHypotheses(parseScenarioFile(article)).find((s) => s.name === 'H2+H4')!.input;
    const rows = forecast(input, { years: 5 }).rows;
    combined!.band.forEach((point, m) => {
      expect(point.month).toBe(m + 1);
      close(point.p5, rows[m]!.cumulativeNpv.toNumber());
      expect(point.p95).toBe(point.p5);
    });
    // H2+H4 is behind the baseline at 1 year ($6,429 < $9,485) and ahead at 3 and 5 years
    expect(combined!.percentiles.map((p) => p.probabilityBeatsBaseline)).toEqual([0, 1, 1]);
    expect(baseline!.percentiles.map((p) => p.probabilityNegative)).toEqual([0, 0, 0]);
    expect(baseline!.note).toBe('No input of baseline is uncertain: every run gives the point forecast.');
  });

  it('simulates a file with distributions even when it has no report section', () => {
    const { sections } = analysisSections(uncertainWithoutReport);
    expect(sections.map((s) => `${s.kind} ${s.scenario}`)).toEqual(['monteCarlo baseline', 'monteCarlo H2+H4']);
  });

  it('gives no section for a plain file, and the title of its report section', () => {
    const plain = analysisSections(article);
    expect(plain.sections).toEqual([]);
    expect(plain.file).toEqual(article);
    expect(plain.title).toBeUndefined();
    expect(analysisSections({ ...article, report: { title: 'Q3 <plan>' } })).toEqual({ file: article, sections: [], title: 'Q3 <plan>' });
  });

  it('takes the horizons and the sensitivity scenario, years and change asked for', () => {
    const { sections } = analysisSections(
      {
        ...article,
        report: { sensitivity: { scenario: 'H4', years: 2, fields: ['investment'], change: 0.2 }, monteCarlo: { scenarios: ['H1'], draws: 5, seed: 9 } },
      },
      { horizonsYears: [2, 4], currency: 'EUR', locale: 'de-DE' },
    );
    const tornado = sensitivityOf(sections);
    const h4 = resolveHypotheses(parseScenarioFile(article)).find((s) => s.name === 'H4')!.input;
    expect(tornado.scenario).toBe('H4');
    expect(tornado.horizonYears).toBe(2);
    expect(tornado.bars).toHaveLength(1);
    close(tornado.bars[0]!.high, npvOf({ ...h4, investment: h4.investment * 1.2 }, 2));
    expect(tornado.bars[0]!.label).toMatch(/^Investment \(C\) 13\.600,08\s€\u00a0to\u00a020\.400,12\s€$/);
    const [h1] = monteCarloOf(sections);
    expect(h1!.scenario).toBe('H1');
    expect(h1!.seed).toBe(9);
    expect(h1!.runs).toBe(5);
    expect(h1!.percentiles.map((p) => p.years)).toEqual([2, 4]);
    expect(h1!.band).toHaveLength(48);
  });

  it('names each problem of the report section by its place, with the file’s own problems at once', () => {
    const problems = (report: unknown, data: Json = article) => inputErrorOf(() => analysisSections({ ...data, report })).problems;
    expect(problems({ sensitivity: { fields: ['opens', 'openRate'] } })).toEqual([
      { path: 'report.sensitivity.fields[0]', rule: expect.stringContaining('must be numeric input fields') },
    ]);
    expect(problems({ colour: 'red', monteCarlo: { draws: 0 } })).toEqual([
      { path: 'report.monteCarlo.draws', rule: 'must be at least 1 draw' },
      { path: 'report.colour', rule: 'is not a known field (check the spelling)' },
    ]);
    expect(problems({ sensitivity: { scenario: 'H9' }, monteCarlo: { scenarios: ['baseline', 'H9'] } })).toEqual([
      { path: 'report.sensitivity.scenario', rule: '"H9" is not in the file (names: baseline, H1, H2, H3, H4, H2+H4)' },
      { path: 'report.monteCarlo.scenarios[1]', rule: '"H9" is not in the file (names: baseline, H1, H2, H3, H4, H2+H4)' },
    ]);
    expect(problems({ sensitivity: { years: 200 } })).toEqual([{ path: 'report.sensitivity.years', rule: 'must be at most 100 years' }]);
    const badFile = { ...uncertainWithoutReport, baseline: { ...uncertain.baseline, openRate: { dist: 'normal', mean: 0.4, sd: -1 } } };
    expect(problems({ title: 7 }, badFile).map((p) => p.path)).toEqual(['report.title', 'baseline.openRate.sd']);
  });

  it('names the problems the analyses find in the report section’s settings', () => {
    const ctr = { ...article, baseline: { ...article.baseline, clickRateBasis: 'delivered', openRate: undefined, clickRate: 0.04 } };
    expect(inputErrorOf(() => analysisSections({ ...ctr, report: { sensitivity: { fields: ['openRate'] } } })).message).toBe(
      'report.sensitivity.fields: openRate is not set in this scenario (it has no effect with clickRateBasis "delivered")',
    );
    const hundredYears = { ...article, horizonsYears: [100] };
    expect(inputErrorOf(() => analysisSections({ ...hundredYears, report: { monteCarlo: { draws: 100000 } } })).message).toMatch(
      /^report\.monteCarlo\.draws: must be at most 10000 with a 1200-month horizon/,
    );
    expect(inputErrorOf(() => analysisSections({ ...hundredYears, simulation: { draws: 100000 }, report: { monteCarlo: {} } })).message).toMatch(
      /^simulation\.draws: must be at most 10000/,
    );
  });

  it('does not mutate the file', () => {
    const copy = structuredClone(uncertain);
    analysisSections(copy);
    expect(copy).toEqual(uncertain);
  });

  it('labels the bars of a tornado with segment fields by their metadata labels, never by camelCase names', () => {
    const baseline = {
      ...(article.baseline as Json),
      segments: { engaged: { share: 0.3, openRate: 0.5 }, dormant: { share: 0.7, openRate: 0.1 } },
    };
    const { sections } = analysisSections({
      baseline,
      hypotheses: {},
      report: { sensitivity: { years: 1, fields: ['segments.engaged.openRate', 'clickRate'] } },
    });
    const section = sensitivityOf(sections);
    expect(section.bars.map((b) => b.label).sort()).toEqual(['Click rate 9%\u00a0to\u00a011%', 'Open rate (OR), segment engaged 45%\u00a0to\u00a055%'].sort());
    expect(section.note).toContain('Open rate (OR), segment engaged');
    expect(section.note).not.toMatch(/segments\.|openRate|clickRate/);
  });
});
