import { describe, expect, it } from 'vitest';
import { winnerText } from '../../src/render/winnerText';

describe('winnerText', () => {
  it('names the winner when a scenario breaks even, and the least loss when none does', () => {
    expect(winnerText({ winner: 'H2', allLose: false })).toBe('winner: H2');
    expect(winnerText({ winner: 'H2', allLose: true })).toBe('none breaks even; H2 loses least');
  });
});
