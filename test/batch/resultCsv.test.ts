import { describe, expect, test } from 'vitest';
import { resultCsvHeader, resultCsvRows } from '../../src/batch/resultCsv';

describe('resultCsvHeader', () => {
  test('names the fields of the result line, with the draws columns when there are draws', () => {
    expect(resultCsvHeader(false)).toBe('line,id,horizon,scenario,npv,winner,error\n');
    expect(resultCsvHeader(true)).toBe('line,id,horizon,scenario,npv,winner,error,p5,p50,p95,pBeats\n');
  });
});

describe('resultCsvRows', () => {
  test('a scenario input: one row per horizon, numbers in full, no exponent', () => {
    expect(resultCsvRows({ line: 2, id: 7, npv: { '1': 1e-7, '5': -1234.5 } }, false)).toBe('2,7,1,,0.0000001,,\n2,7,5,,-1234.5,,\n');
  });

  test('a scenario file: one row per horizon and scenario, the winner on each; exact text as it is', () => {
    const rows = resultCsvRows({ line: 3, npv: { '1': { baseline: '10.5', 'H1, better': '12' } }, winner: { '1': 'H1, better' } }, false);
    expect(rows).toBe('3,,1,baseline,10.5,"H1, better",\n3,,1,"H1, better",12,"H1, better",\n');
  });

  test('draws: percentiles, and P(beats) for hypotheses only', () => {
    const rows = resultCsvRows(
      {
        line: 4,
        npv: { '5': { baseline: 1, H1: 2 } },
        winner: { '5': 'H1' },
        p5: { '5': { baseline: 0.5, H1: 1.5 } },
        p50: { '5': { baseline: 1, H1: 2 } },
        p95: { '5': { baseline: 1.5, H1: 2.5 } },
        pBeats: { '5': { H1: 0.75 } },
      },
      true,
    );
    expect(rows).toBe('4,,5,baseline,1,H1,,0.5,1,1.5,\n4,,5,H1,2,H1,,1.5,2,2.5,0.75\n');
  });

  test('a bad line: one row, its messages joined, a formula-like id neutralised', () => {
    expect(resultCsvRows({ line: 5, id: '=cmd', error: ['openRate: must be a fraction', 'subscribers: is required'] }, true)).toBe(
      "5,'=cmd,,,,,openRate: must be a fraction; subscribers: is required,,,,\n",
    );
  });
});
