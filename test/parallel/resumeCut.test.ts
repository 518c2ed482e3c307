import { describe, expect, test } from 'vitest';
import { resumeCut } from '../../src/parallel/resumeCut';

const ndjson = (text: string, whole = true) => resumeCut(Buffer.from(text), whole, false);
const csv = (text: string, whole = true) => resumeCut(Buffer.from(text), whole, true);

describe('resumeCut', () => {
  test('NDJSON: keeps the whole lines, cuts a half-written one, continues after the last line written', () => {
    const two = '{"line":1,"npv":{}}\n{"line":3,"error":["x"]}\n';
    expect(ndjson(two)).toEqual({ keep: two.length, after: 3 });
    expect(ndjson(`${two}{"line":4,"np`)).toEqual({ keep: two.length, after: 3 });
    expect(ndjson('{"line":1,')).toEqual({ keep: 0, after: 0 });
    expect(ndjson('')).toEqual({ keep: 0, after: 0 });
  });

  test('CSV: keeps the header, and cuts the rows of the last line, which may be incomplete', () => {
    const header = 'line,id,horizon,scenario,npv,winner,error\n';
    const line2 = '2,a,1,baseline,1,H1,\n2,a,1,H1,2,H1,\n';
    expect(csv(`${header}${line2}3,b,1,baseline,1,H1,\n3,b,1,H`)).toEqual({ keep: header.length + line2.length, after: 2 });
    expect(csv(`${header}${line2}`)).toEqual({ keep: header.length, after: 0 });
    expect(csv(header.slice(0, 10))).toEqual({ keep: 0, after: 0 });
  });

  test('asks for more of the end when what it has does not reach back far enough', () => {
    expect(ndjson('"line":3}\n', false)).toBeUndefined();
    expect(csv('3,b\n3,c\n', false)).toBeUndefined();
  });

  test('refuses a file that is not a batch output', () => {
    expect(() => ndjson('hello\n')).toThrow('is not a batch');
  });
});
