import { describe, expect, it } from 'vitest';
import { renderTable } from '../../src/render/renderTable';

/** The one data cell of a one-column csv table. */
const cell = (text: string) => renderTable('csv', ['h'], [[text]]).slice('h\n'.length);

describe('renderTable csv', () => {
  it('writes one header row, then the rows, lines ending in \\n', () => {
    expect(
      renderTable(
        'csv',
        ['name', 'npv'],
        [
          ['H1', '10.00'],
          ['H2', '-5.50'],
        ],
      ),
    ).toBe('name,npv\nH1,10.00\nH2,-5.50');
  });

  it.each([
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\rhere', '"cr\rhere"'],
    ['plain text', 'plain text'],
  ])('quotes %j as RFC 4180 says', (text, written) => expect(cell(text)).toBe(written));

  it.each([
    ['=HYPERLINK("http://x","y")', `"'=HYPERLINK(""http://x"",""y"")"`],
    ['=1+2', "'=1+2"],
    ['+1', "'+1"],
    ['-2+3', "'-2+3"],
    ['-', "'-"],
    ['@SUM(A1)', "'@SUM(A1)"],
    ['\tx', "'\tx"],
    ['\rx', `"'\rx"`],
  ])('neutralises %j, which a spreadsheet would run as a formula', (text, written) => expect(cell(text)).toBe(written));

  it.each(['-15791.00', '-3', '0.25', '12'])('leaves the plain number %j a number', (text) => expect(cell(text)).toBe(text));

  it('neutralises the header too', () => {
    expect(renderTable('csv', ['=cmd'], [])).toBe("'=cmd");
  });
});

describe('renderTable md and table', () => {
  it('escapes | in Markdown and lays out a plain table', () => {
    expect(renderTable('md', ['a', 'b'], [['x|y', '1']])).toBe('| a | b |\n| --- | ---: |\n| x\\|y | 1 |');
    expect(renderTable('table', ['a'], [['x']])).toContain('x');
  });
});
