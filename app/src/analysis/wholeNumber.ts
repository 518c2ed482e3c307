/**
 * The problem of a typed whole number, as `name: rule`, or undefined when it is one from `min` to `max`.
 *
 * @example
 * wholeNumberProblem('2.5', 1, 100000, 'draws') //=> 'draws: must be a whole number from 1 to 100,000'
 * wholeNumberProblem('2000', 1, 100000, 'draws') //=> undefined
 */
export function wholeNumberProblem(text: string, min: number, max: number, name: string): string | undefined {
  const value = Number(text.trim());
  if (text.trim() !== '' && Number.isInteger(value) && value >= min && value <= max) return undefined;
  return `${name}: must be a whole number from ${min.toLocaleString('en-US')} to ${max.toLocaleString('en-US')}`;
}
