import { fc, test } from '@fast-check/vitest';
import { describe, expect } from 'vitest';
import { floatCalculator } from '../../src/calculator/floatCalculator';
import { forecast } from '../../src/model/forecast';
import { runModel } from '../../src/model/runModel';
import { applyPatch } from '../../src/scenarios/applyPatch';
import { compareScenarios } from '../../src/scenarios/compareScenarios';
import { resolveHypotheses } from '../../src/scenarios/resolveHypotheses';
import { parseScenarioFile, type ScenarioFileData } from '../../src/scenarios/scenarioFile';
import { scenarioInputOf } from '../../src/scenarios/scenarioInputOf';
import { numericFieldNames } from '../../src/schema/fields';
import { InputError } from '../../src/errors/inputError';
import { parseScenarioInput } from '../../src/schema/parseScenarioInput';
import type { ScenarioInput } from '../../src/schema/scenarioInput';
import { withFieldValues } from '../../src/schema/withFieldValues';
import { D } from '../model/support';
import { fieldValue, patchFieldNames, propertyTimeout, ruleRange, runs, scenarioFile, scenarioInput, scenarioPatch } from './arbitraries';

const omitChanges = (input: object) => Object.fromEntries(Object.entries(input).filter(([key]) => key !== 'changes'));
const floatRows = (input: unknown, months: number) => runModel(floatCalculator, parseScenarioInput(input), { months, keepRows: true }).rows;

/** The resolved input of the scenario called `name`. */
const resolvedInput = (file: ScenarioFileData, name: string): ScenarioInput => resolveHypotheses(parseScenarioFile(file)).find((s) => s.name === name)!.input;

/** A file with at least one hypothesis, and the name of one of them. */
const fileAndName = (options = {}) =>
  scenarioFile({ minHypotheses: 1, ...options }).chain((file) => fc.tuple(fc.constant(file), fc.constantFrom(...Object.keys(file.hypotheses))));

/** A name the file generator never gives (it starts every name with a known word). */
const EXTRA = 'Extra ✓';

describe('patches', () => {
  test.prop([scenarioInput()], runs)(
    'applying an empty patch gives a copy equal to the input',
    (data) => {
      const patched = applyPatch(data, {});
      expect(patched).toEqual(data);
      expect(patched).not.toBe(data);
      if (data.changes !== undefined) expect(patched.changes).not.toBe(data.changes);
    },
    propertyTimeout,
  );

  const disjointPatches = fc.shuffledSubarray([...patchFieldNames]).chain((mine) =>
    fc.tuple(
      scenarioPatch(
        6,
        patchFieldNames.filter((f) => !mine.includes(f)),
      ),
      scenarioPatch(6, mine),
    ),
  );
  test.prop({ data: scenarioInput(), patches: disjointPatches }, runs)(
    'two patches that touch different fields give the same scenario in either order',
    ({ data, patches: [p, q] }) => {
      const pq = applyPatch(applyPatch(data, p), q);
      const qp = applyPatch(applyPatch(data, q), p);
      expect(omitChanges(pq)).toEqual(omitChanges(qp));
      expect(floatRows(pq, 12)).toEqual(floatRows(qp, 12));
    },
    propertyTimeout,
  );
});

describe('combinations', () => {
  test.prop([fileAndName()], runs)(
    'combining a hypothesis with itself gives that hypothesis',
    ([file, name]) => {
      const withTwice = { ...file, hypotheses: { ...file.hypotheses, [EXTRA]: { combine: [name, name] } } };
      expect(resolvedInput(withTwice, EXTRA)).toEqual(resolvedInput(file, name));
    },
    propertyTimeout,
  );

  test.prop([fileAndName()], runs)(
    'a combination of one hypothesis is that hypothesis',
    ([file, name]) => {
      const withOne = { ...file, hypotheses: { ...file.hypotheses, [EXTRA]: { combine: [name] } } };
      expect(resolvedInput(withOne, EXTRA)).toEqual(resolvedInput(file, name));
    },
    propertyTimeout,
  );

  test.prop([scenarioFile().chain((file) => fc.tuple(fc.constant(file), fc.nat()))], runs)(
    'the scenarios are the baseline and then every hypothesis in file order, each a valid input that scenarioInputOf finds by name',
    ([file, pick]) => {
      const parsed = parseScenarioFile(file);
      const scenarios = resolveHypotheses(parsed);
      expect(scenarios.map((s) => s.name)).toEqual([parsed.baselineName, ...Object.keys(file.hypotheses)]);
      for (const { input } of scenarios) expect(parseScenarioInput(input)).toEqual(input);
      const { name, input } = scenarios[pick % scenarios.length]!;
      expect(scenarioInputOf(file, name)).toEqual(input);
    },
    propertyTimeout,
  );
});

describe('comparisons', () => {
  const smallFile = scenarioFile({ maxHypotheses: 2, changes: false, horizonsYears: [0.5, 1] });
  test.prop([smallFile], runs)(
    'ranks order the scenarios by NPV, equal NPVs share a rank, and the winner is the first with the highest NPV',
    (file) => {
      const comparison = compareScenarios(file);
      for (const horizon of comparison.horizons) {
        const { results } = horizon;
        for (const a of results) {
          for (const b of results) {
            const order = a.npv.comparedTo(b.npv);
            expect(Math.sign(b.rank - a.rank)).toBe(order);
          }
        }
        expect(Math.min(...results.map((r) => r.rank))).toBe(1);
        const best = results.reduce((top, r) => (r.npv.greaterThan(top.npv) ? r : top));
        expect(horizon.winner).toBe(best.name);
        const baseline = results[0]!;
        for (const r of results) {
          const scale = new D(r.npv.abs().toString()).plus(baseline.npv.abs().toString()).plus(1);
          expect(new D(r.deltaVsBaseline.toString()).plus(baseline.npv.toString()).minus(r.npv.toString()).abs().lte(scale.times('1e-35'))).toBe(true);
        }
        const month = comparison.monthly[horizon.months - 1]!;
        expect(results.every((r) => month.cumulativeNpv[r.name]!.equals(r.npv))).toBe(true);
      }
    },
    propertyTimeout,
  );

  const sixMonths = scenarioFile({ maxHypotheses: 2, changes: false, horizonsYears: [0.5] });
  test.prop([sixMonths.chain((file) => fc.tuple(fc.constant(file), fc.nat(), fc.nat()))], runs)(
    'each NPV of a comparison is the one forecast gives for that scenario and horizon',
    ([file, pick, horizonPick]) => {
      const comparison = compareScenarios(file);
      const horizon = comparison.horizons[horizonPick % comparison.horizons.length]!;
      const result = horizon.results[pick % horizon.results.length]!;
      const input = resolveHypotheses(parseScenarioFile(file)).find((s) => s.name === result.name)!.input;
      expect(result.npv.equals(forecast(input, { months: horizon.months }).npv)).toBe(true);
    },
    propertyTimeout,
  );
});

describe('withFieldValues', () => {
  const anyNumericField = fc.constantFrom(...numericFieldNames);
  test.prop({ data: scenarioInput(), field: anyNumericField, scale: fc.boolean() }, runs)(
    'setting a field to the value it has gives an equal input',
    ({ data, field, scale }) => {
      const x = parseScenarioInput(data);
      expect(withFieldValues(x, { [field]: x[field] }, { changes: scale ? 'scale' : 'keep' })).toEqual(x);
    },
    propertyTimeout,
  );

  /** A field and any value: in the rule's range widened by half its width on each side, or not a finite number at all. */
  const fieldAndAnyValue = fc.oneof(
    ...numericFieldNames.map((field) => {
      const [lo, hi] = ruleRange(field);
      const width = Math.min(hi - lo, 1e6);
      const value = fc.oneof(
        fieldValue(field),
        fc.double({ min: lo - width / 2, max: hi + width / 2, noNaN: true }),
        fc.constantFrom(NaN, Infinity, -Infinity, -1e-9, hi * 2),
      );
      return fc.tuple(fc.constant(field), value);
    }),
  );
  test.prop([scenarioInput().chain((data) => fieldAndAnyValue.map(([field, value]) => [data, field, value] as const))], runs)(
    'setting a field accepts exactly what parsing the whole input again accepts, and gives the same input',
    ([data, field, value]) => {
      const x = parseScenarioInput(data);
      let reparsed: ScenarioInput | InputError;
      try {
        reparsed = parseScenarioInput({ ...data, [field]: value });
      } catch (error) {
        reparsed = error as InputError;
      }
      if (reparsed instanceof InputError) {
        let thrown: unknown;
        try {
          withFieldValues(x, { [field]: value });
        } catch (error) {
          thrown = error;
        }
        expect(thrown).toBeInstanceOf(InputError);
        // Parsing also checks the cross-field churn rule with a value that already broke its own rule; withFieldValues stops at the first.
        expect(reparsed.problems.map((p) => p.path)).toEqual(expect.arrayContaining((thrown as InputError).problems.map((p) => p.path)));
      } else {
        expect(withFieldValues(x, { [field]: value })).toEqual(reparsed);
      }
    },
    propertyTimeout,
  );
});
