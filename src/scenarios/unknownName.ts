/**
 * Splits the name of a calibration unknown into the scenario it belongs to and the input field: `field`
 * alone is the baseline's, `scenario.field` a scenario's (the last dot separates them, so a hypothesis
 * name may hold dots: `H2.v2.openRate`).
 *
 * @param key - the unknown's name as written, e.g. `openRate` or `H4.investment`
 * @returns the scenario's name (undefined for the baseline) and the field's name, not checked here
 *
 * @example
 * unknownName('H4.investment') //=> { scenario: 'H4', field: 'investment' }
 * unknownName('openRate') //=> { scenario: undefined, field: 'openRate' }
 */
export function unknownName(key: string): { scenario: string | undefined; field: string } {
  const dot = key.lastIndexOf('.');
  return { scenario: dot < 0 ? undefined : key.slice(0, dot), field: key.slice(dot + 1) };
}
