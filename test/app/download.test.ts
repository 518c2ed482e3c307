import { describe, expect, it } from 'vitest';
import { downloadName } from '../../app/src/files/download';

describe('the name of a download', () => {
  it('swaps the extension and keeps a name file systems accept', () => {
    expect(downloadName('moller-article.json', '.json')).toBe('moller-article.json');
    expect(downloadName('moller-article.json', '-report.html')).toBe('moller-article-report.html');
    expect(downloadName('<img src=x onerror=alert(1)>.json', '.json')).toBe('-img src=x onerror=alert(1)-.json');
    expect(downloadName('a/b\\c:d\u0000e', '.json')).toBe('a-b-c-d-e.json');
    expect(downloadName('', '.json')).toBe('scenarios.json');
    expect(downloadName('x'.repeat(300), '.json')).toHaveLength(105);
  });
});
