import { describe, expect, it } from 'vitest';
import { textTable } from '../../src/render/textTable';

describe('textTable', () => {
  it('aligns the first column left and the others right', () => {
    expect(
      textTable(
        ['month', 'npv'],
        [
          ['1', '$10.00'],
          ['12', '$1.00'],
        ],
      ),
    ).toBe(['month     npv', '-----  ------', '1      $10.00', '12      $1.00'].join('\n'));
  });
});
