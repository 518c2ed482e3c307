import { describe, expect, it } from 'vitest';
import { valueSource } from '../../../src/analysis/uncertainty/valueSource';
import { parseScenarioFile } from '../../../src/scenarios/scenarioFile';
import { issueExample } from '../../schema/segmentedExample';

const file = parseScenarioFile({
  baseline: issueExample,
  hypotheses: {
    More: { segments: { engaged: { emailsPerMonth: 10 } } },
    Open: { segments: { engaged: { openRate: 0.6 } }, retention: { beta: 2 } },
    NoMoves: { moves: [] },
    Both: { combine: ['Open', 'More'] },
    BothSet: { combine: ['More', 'Open'], set: { segments: { engaged: { openRate: 0.7 } } } },
  },
});

describe('valueSource', () => {
  it('names the baseline for every value of the baseline', () => {
    for (const path of ['openRate', 'segments.engaged.openRate', 'retention.alpha', 'moves[0].sharePerMonth'])
      expect(valueSource(file, 'baseline', path)).toBe('baseline');
  });

  it('follows a patch into a segment and a retention key by key: writing one field leaves the others to the baseline', () => {
    expect(valueSource(file, 'More', 'segments.engaged.emailsPerMonth')).toBe('More');
    expect(valueSource(file, 'More', 'segments.engaged.openRate')).toBe('baseline');
    expect(valueSource(file, 'Open', 'segments.engaged.openRate')).toBe('Open');
    expect(valueSource(file, 'Open', 'retention.beta')).toBe('Open');
    expect(valueSource(file, 'Open', 'retention.alpha')).toBe('baseline');
    expect(valueSource(file, 'Open', 'segments.dormant.openRate')).toBe('baseline');
  });

  it('takes a list a patch gives as replacing the baseline’s whole', () => {
    expect(valueSource(file, 'NoMoves', 'moves[0].sharePerMonth')).toBe('NoMoves');
    expect(valueSource(file, 'More', 'moves[0].sharePerMonth')).toBe('baseline');
  });

  it('reads a combination as its patches in order, then its set: the last writer wins', () => {
    expect(valueSource(file, 'Both', 'segments.engaged.openRate')).toBe('Open');
    expect(valueSource(file, 'Both', 'segments.engaged.emailsPerMonth')).toBe('More');
    expect(valueSource(file, 'Both', 'retention.alpha')).toBe('baseline');
    expect(valueSource(file, 'BothSet', 'segments.engaged.openRate')).toBe('BothSet');
    expect(valueSource(file, 'BothSet', 'retention.beta')).toBe('Open');
  });
});
