import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { forecast, forecastNpv, irr, npv, parseScenarioInput } from '../src/index';
import { tourInput } from './docs/exampleFixtures';

// The README's API tour shows results as comments; the same calls run here and must print what it says.
const readme = readFileSync('README.md', 'utf8');
const tour = readme.slice(readme.indexOf('## API tour'), readme.indexOf('## Scenario files'));

/** The comment the README writes after a line starting with `code`, e.g. `'70847.65'`. */
function shown(code: string): string {
  const line = tour.split('\n').find((l) => l.startsWith(code));
  if (line === undefined) throw new Error(`the API tour has no line starting with ${code}`);
  return line
    .slice(line.indexOf('//') + 2)
    .trim()
    .split(' ')[0]!;
}

const input = tourInput;

describe('the README API tour', () => {
  test('shows the input the test runs', () => {
    expect(tour).toContain('averageOrderValue: 100, budgetPerMonth: 1200, discountRateAnnual: 0.256,');
  });

  test('prints the NPV and the first month orders that forecast gives', () => {
    const result = forecast(input, { years: 5 });
    expect(`'${result.npv.toFixed(2)}'`).toBe(shown('result.npv.toFixed(2);'));
    expect(`'${result.rows[0]!.orders.toString()}'`).toBe(shown('result.rows[0].orders.toString();'));
  });

  test('prints the finance primitives as they compute', () => {
    expect(`'${npv(0.1, [-100, 60, 60]).toFixed(4)}'`).toBe(shown('npv(0.1, [-100, 60, 60]).toFixed(4);'));
    expect(String(irr([-100, 60, 60]))).toBe(shown('irr([-100, 60, 60]);'));
  });

  test('says the fast path gives the NPV at 1, 3 and 5 years, the 5-year one equal to the exact one', () => {
    const [, , fiveYears] = forecastNpv(parseScenarioInput(input), [12, 36, 60]);
    expect(fiveYears).toBeCloseTo(forecast(input, { years: 5 }).npv.toNumber(), 6);
  });
});
