import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { ExactDecimal } from '../../src/calculator/decimalCalculator';
import { forecast } from '../../src/model/forecast';
import { forecastNpv } from '../../src/model/forecastNpv';
import { applyPatch } from '../../src/scenarios/applyPatch';
import { compareScenarios } from '../../src/scenarios/compareScenarios';
import { resolveHypotheses } from '../../src/scenarios/resolveHypotheses';
import { parseScenarioFile, type ScenarioFileData } from '../../src/scenarios/scenarioFile';
import { changeableFieldNames, numericFieldNames } from '../../src/schema/fields';
import { InputError } from '../../src/errors/inputError';
import { parseScenarioInput } from '../../src/schema/parseScenarioInput';
import { withFieldValues } from '../../src/schema/withFieldValues';
import { formatPath } from '../../src/errors/formatPath';
import { inputErrorOf } from '../model/support';
import { deepFreeze } from '../scenarios/support';
import { forEachNumber, hypothesisName, nonFinitePaths, propertyTimeout, runs, scenarioFile, scenarioInput, scenarioPatch } from './arbitraries';

const roundTrip = <T>(value: T): unknown => JSON.parse(JSON.stringify(value));

/** `value` with every Decimal written as its string, as JSON.stringify writes it. */
function withDecimalsAsStrings(value: unknown): unknown {
  if (ExactDecimal.isDecimal(value)) return String(value);
  if (Array.isArray(value)) return value.map(withDecimalsAsStrings);
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, withDecimalsAsStrings(v)]));
  return value;
}

/** Every Decimal inside `value` whose string in `parsed` (at the same path) is missing or reads as another number. */
function inexactStrings(value: unknown, parsed: unknown): string[] {
  const wrong: string[] = [];
  forEachNumber(value, (n, path) => {
    if (typeof n === 'number') return;
    const written = path.reduce<unknown>((node, key) => (node as Record<string | number, unknown>)[key], parsed);
    if (typeof written !== 'string' || !new ExactDecimal(written).equals(n)) wrong.push(formatPath(path));
  });
  return wrong;
}

/** A small file for the properties that run the exact model: no changes, up to two hypotheses, six months. */
const smallFile = scenarioFile({ maxHypotheses: 2, changes: false, horizonsYears: [0.5] });
/** Smaller still, for the property that runs every entry point: one hypothesis or none. */
const tinyFile = scenarioFile({ maxHypotheses: 1, changes: false, horizonsYears: [0.5] });

describe('JSON round trips', () => {
  const readers: readonly { what: string; data: fc.Arbitrary<unknown>; parse: (data: unknown) => unknown }[] = [
    { what: 'an input', data: scenarioInput(), parse: parseScenarioInput },
    { what: 'a scenario file', data: scenarioFile(), parse: parseScenarioFile },
  ];
  for (const { what, data: arbitrary, parse } of readers) {
    test.prop([arbitrary], runs)(
      `${what} written as JSON and read back parses to the same value, whether written before or after parsing`,
      (data) => {
        const parsed = parse(data);
        expect(parse(roundTrip(parsed))).toEqual(parsed);
        expect(parse(roundTrip(data))).toEqual(parsed);
      },
      propertyTimeout,
    );
  }

  test.prop([smallFile], runs)(
    'a comparison holds no NaN or Infinity anywhere, and written as JSON keeps every amount as an exact decimal string',
    (file) => {
      const comparison = compareScenarios(file);
      expect(nonFinitePaths(comparison)).toEqual([]);
      const parsed = roundTrip(comparison);
      expect(parsed).toEqual(withDecimalsAsStrings(comparison));
      expect(inexactStrings(comparison, parsed)).toEqual([]);
    },
    propertyTimeout,
  );

  test.prop({ data: scenarioInput(), months: fc.integer({ min: 6, max: 12 }) }, runs)(
    'a forecast written as JSON keeps every amount as an exact decimal string',
    ({ data, months }) => {
      const result = forecast(data, { months });
      const parsed = roundTrip(result);
      expect(parsed).toEqual(withDecimalsAsStrings(result));
      expect(inexactStrings(result, parsed)).toEqual([]);
    },
    propertyTimeout,
  );
});

describe('results and inputs', () => {
  test.prop({ data: scenarioInput(), file: tinyFile, patch: scenarioPatch(6) }, runs)(
    'no function changes the inputs it is given (deep-frozen, and equal to a copy afterwards)',
    ({ data, file, patch }) => {
      const dataCopy = structuredClone(data);
      const fileCopy = structuredClone(file);
      const frozenData = deepFreeze(data);
      const frozenFile = deepFreeze(file);
      const frozenPatch = deepFreeze(patch);
      const parsed = deepFreeze(parseScenarioInput(frozenData));
      forecast(frozenData, { months: 6 });
      forecastNpv(parsed, [6, 12]);
      withFieldValues(parsed, { openRate: parsed.openRate, budgetPerMonth: parsed.budgetPerMonth }, { changes: 'scale' });
      applyPatch(frozenData, frozenPatch);
      const parsedFile = deepFreeze(parseScenarioFile(frozenFile));
      resolveHypotheses(parsedFile);
      compareScenarios(frozenFile);
      expect(data).toEqual(dataCopy);
      expect(file).toEqual(fileCopy);
    },
    propertyTimeout,
  );
});

/** A key that cannot be a field anywhere: it never appears in the generated files. */
const MARKER = '@@marker-key@@';

/** The JSON text of `file` with the marker key (or the string value "@@marker-key@@") replaced by `text`. */
const textWith = (file: unknown, text: string) => JSON.stringify(file).replace(JSON.stringify(MARKER), () => text);

/** Where a key or value is put: a function that adds the marker to a copy of the file, and the path the error must name. */
type Placement = (file: ScenarioFileData, key: string) => { file: unknown; path: string };

const firstHypothesis = (file: ScenarioFileData) => Object.keys(file.hypotheses)[0];

const keyPlacements: Record<string, Placement> = {
  top: (file, key) => ({ file: { ...file, [MARKER]: { polluted: 'yes' } }, path: key }),
  baseline: (file, key) => ({ file: { ...file, baseline: { ...file.baseline, [MARKER]: { polluted: 'yes' } } }, path: `baseline.${key}` }),
  hypothesis: (file, key) => {
    const name = firstHypothesis(file) ?? 'Extra';
    const hypothesis = { ...(file.hypotheses[name] ?? {}), [MARKER]: { polluted: 'yes' } };
    return { file: { ...file, hypotheses: { ...file.hypotheses, [name]: hypothesis } }, path: `hypotheses.${name}.${key}` };
  },
  changeSet: (file, key) => {
    const changes = [...(file.baseline.changes ?? []), { fromMonth: 1, set: { openRate: 0.5, [MARKER]: { polluted: 'yes' } } }];
    return { file: { ...file, baseline: { ...file.baseline, changes } }, path: `baseline.changes[${changes.length - 1}].set.${key}` };
  },
};

describe('hostile and mistyped JSON', () => {
  const reserved = fc.constantFrom('__proto__', 'constructor', 'prototype');
  const hostile = fc.oneof(
    ...Object.entries(keyPlacements).map(([where, place]) => fc.constant({ where, place, rule: /^is not a known field/ })),
    fc.constant({
      where: 'hypothesis name',
      place: ((file, key) => ({ file: { ...file, hypotheses: { ...file.hypotheses, [MARKER]: {} } }, path: `hypotheses.${key}` })) as Placement,
      rule: /is reserved: choose another scenario name/,
    }),
    fc.constant({
      where: 'baselineName',
      place: ((file) => ({ file: { ...file, baselineName: MARKER }, path: 'baselineName' })) as Placement,
      rule: /is reserved: choose another scenario name/,
    }),
    fc.constant({
      where: 'combine',
      place: ((file) => ({
        file: { ...file, hypotheses: { ...file.hypotheses, Extra: { combine: [MARKER] } } },
        path: 'hypotheses.Extra.combine[0]',
      })) as Placement,
      rule: /is not a hypothesis of this file/,
    }),
  );
  test.prop({ file: scenarioFile({ maxHypotheses: 2 }), key: reserved, hostile }, runs)(
    'prototype keys (__proto__, constructor, prototype) anywhere in a file are rejected as field: rule and pollute nothing',
    ({ file, key, hostile: { place, rule } }) => {
      const prototypeNames = Object.getOwnPropertyNames(Object.prototype);
      const { file: marked, path } = place(file, key);
      const error = inputErrorOf(() => compareScenarios(JSON.parse(textWith(marked, JSON.stringify(key)))));
      expect(error.problems.filter((p) => p.path === path && rule.test(p.rule))).toHaveLength(1);
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.getOwnPropertyNames(Object.prototype)).toEqual(prototypeNames);
    },
    propertyTimeout,
  );

  const knownKeys = new Set<string>([
    ...numericFieldNames,
    'churnModel',
    'clickRateBasis',
    'pricesFollowInflation',
    'startDate',
    'changes',
    'name',
    'baselineName',
    'horizonsYears',
    'baseline',
    'hypotheses',
    'combine',
    'set',
    'fromMonth',
  ]);
  /** A field name with one letter dropped, doubled or changed in case, or any text: never a field's name. */
  const typo = fc
    .oneof(
      fc.tuple(fc.constantFrom(...numericFieldNames), fc.nat(), fc.constantFrom('drop', 'double', 'case')).map(([field, at, how]) => {
        const i = at % field.length;
        const letter = field[i]!;
        const swapped = letter === letter.toLowerCase() ? letter.toUpperCase() : letter.toLowerCase();
        return field.slice(0, i) + (how === 'drop' ? '' : how === 'double' ? letter + letter : swapped) + field.slice(i + 1);
      }),
      fc.string({ minLength: 1, maxLength: 12 }),
    )
    .filter((key) => !knownKeys.has(key) && key !== MARKER && !['__proto__', 'constructor', 'prototype'].includes(key));
  test.prop({ file: scenarioFile({ maxHypotheses: 2 }), key: typo, where: fc.constantFrom(...Object.keys(keyPlacements)) }, runs)(
    'a mistyped or unknown key anywhere is named with "is not a known field"',
    ({ file, key, where }) => {
      const { file: marked, path } = keyPlacements[where]!(file, key);
      const error = inputErrorOf(() => compareScenarios(JSON.parse(textWith(marked, JSON.stringify(key)))));
      expect(error.problems).toContainEqual({ path, rule: 'is not a known field (check the spelling)' });
    },
    propertyTimeout,
  );

  const junk = fc.constantFrom('"0.4"', 'null', 'true', '[]', '{}', '1e999', '-1e999', '"NaN"', '"Infinity"', '[0.4]', '{"value":0.4}', '""');
  const numberPlacement = fc.oneof(
    fc.constantFrom(...numericFieldNames).map((field) => ({ field, where: 'baseline' as const })),
    fc.constantFrom(...numericFieldNames).map((field) => ({ field, where: 'hypothesis' as const })),
    fc.constantFrom(...changeableFieldNames).map((field) => ({ field, where: 'change' as const })),
  );
  test.prop({ file: scenarioFile({ maxHypotheses: 2 }), junk, at: numberPlacement, name: hypothesisName }, runs)(
    'anything but a finite number where a number belongs (text, null, true, a list, an object, 1e999) is named with "must be a number"',
    ({ file, junk: text, at: { field, where }, name }) => {
      let marked: unknown;
      let path: string;
      if (where === 'baseline') {
        marked = { ...file, baseline: { ...file.baseline, [field]: MARKER } };
        path = `baseline.${field}`;
      } else if (where === 'hypothesis') {
        marked = { ...file, hypotheses: { ...file.hypotheses, [`${name} ✓`]: { [field]: MARKER } } };
        path = `hypotheses.${name} ✓.${field}`;
      } else {
        const changes = [...(file.baseline.changes ?? []), { fromMonth: 1, set: { [field]: MARKER } }];
        marked = { ...file, baseline: { ...file.baseline, changes } };
        path = `baseline.changes[${changes.length - 1}].set.${field}`;
      }
      const error = inputErrorOf(() => compareScenarios(JSON.parse(textWith(marked, text))));
      expect(error).toBeInstanceOf(InputError);
      expect(error.problems.filter((p) => p.path === path && /^must be a number/.test(p.rule))).toHaveLength(1);
    },
    propertyTimeout,
  );
});
