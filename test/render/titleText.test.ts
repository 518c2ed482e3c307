import { describe, expect, it } from 'vitest';
import { titleText } from '../../src/render/titleText';

describe('titleText', () => {
  it('is a Markdown heading in md, the text itself in the other formats', () => {
    expect(titleText('md', 'Sensitivity')).toBe('### Sensitivity');
    expect(titleText('table', 'Sensitivity')).toBe('Sensitivity');
    expect(titleText('csv', 'Sensitivity')).toBe('Sensitivity');
  });
});
