import { describe, expect, test } from 'vitest';
import { decimalCalculator } from '../../src/calculator/decimalCalculator';
import { floatCalculator } from '../../src/calculator/floatCalculator';
import { calculatorArgument } from '../../src/model/calculatorArgument';

describe('calculatorArgument', () => {
  test('passes the two calculators and any object with every operation', () => {
    expect(() => calculatorArgument(floatCalculator)).not.toThrow();
    expect(() => calculatorArgument(decimalCalculator)).not.toThrow();
    expect(() => calculatorArgument({ ...floatCalculator })).not.toThrow();
  });

  test('refuses anything else, naming the argument', () => {
    expect(() => calculatorArgument(null)).toThrow('calc: must be a calculator: floatCalculator or decimalCalculator (got null)');
    expect(() => calculatorArgument(undefined, 'calculator')).toThrow('calculator: is required, a calculator: floatCalculator or decimalCalculator');
    const withoutPow = Object.fromEntries(Object.entries(floatCalculator).filter(([key]) => key !== 'pow'));
    expect(() => calculatorArgument(withoutPow)).toThrow(/^calc: must be a calculator/);
  });
});
