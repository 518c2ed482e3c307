import { fieldPathLabel } from 'email-npv';
import type { TornadoBar } from 'email-npv';
import { inputValueText, type NumberStyle } from './format';
import type { WireSensitivity } from './protocol';

/**
 * The tornado's bars: each input by its marketer's name and its two values (`Open rate (OR) 36 % – 44 %`, a `*`
 * when a value was clamped to the input's valid range), the NPVs at its low and high value.
 *
 * @example
 * tornadoBars({ tornado: [{ field: 'openRate', valueLow: 0.36, valueHigh: 0.44, clamped: false, npvLow: '80000', npvHigh: '115000' }] })
 * //=> [{ label: 'Open rate (OR) 36 % – 44 %', low: 80000, high: 115000 }]
 */
export function tornadoBars(result: Pick<WireSensitivity, 'tornado'>, style?: NumberStyle): TornadoBar[] {
  return result.tornado.map((e) => ({
    label: `${fieldPathLabel(e.field)} ${inputValueText(e.field, e.valueLow, style)} – ${inputValueText(e.field, e.valueHigh, style)}${e.clamped ? ' *' : ''}`,
    low: Number(e.npvLow),
    high: Number(e.npvHigh),
  }));
}
