import { describe, expect, it } from 'vitest';
import { missingPlace } from '../../../src/analysis/search/missingPlace';
import { parseScenarioInput } from '../../../src/schema/parseScenarioInput';
import { flatList } from '../flatList';

const segmented = parseScenarioInput({
  ...flatList,
  segments: { engaged: { share: 0.3 }, dormant: { share: 0.7 } },
  moves: [{ from: 'engaged', to: 'dormant', sharePerMonth: 0.03 }],
});

describe('missingPlace', () => {
  it('finds nothing missing for a flat field or a place the input has', () => {
    for (const path of ['openRate', 'segments.engaged.openRate', 'segments.dormant.share', 'moves[0].sharePerMonth']) {
      expect(missingPlace(segmented, path, 'fields[0]')).toEqual([]);
    }
  });

  it('names the path and what the input lacks, at the place given', () => {
    expect(missingPlace(segmented, 'segments.x.openRate', 'fields[2]')).toEqual([
      { path: 'fields[2]', rule: '"segments.x.openRate" names no segment of the scenario (engaged, dormant)' },
    ]);
    expect(missingPlace(segmented, 'moves[1].sharePerMonth', 'field')).toEqual([
      { path: 'field', rule: '"moves[1].sharePerMonth" names no move of the scenario (it has 1)' },
    ]);
    expect(missingPlace(segmented, 'retention.alpha', 'field')[0]!.rule).toMatch(/^"retention\.alpha": the scenario has no retention/);
    expect(missingPlace(parseScenarioInput(flatList), 'segments.engaged.openRate', 'field')[0]!.rule).toBe(
      '"segments.engaged.openRate": the scenario has no segments',
    );
  });
});
