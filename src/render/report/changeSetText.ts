import type { Change } from '../../schema/scenarioInput';
import { fieldPathGuide } from '../../schema/fieldPathGuide';
import { fieldPathLabel } from '../../schema/fieldPathLabel';
import { type GuidedField, inputGuide } from '../../schema/inputGuide';
import type { MoneyFormat } from '../formatMoney';
import { formatInputValue } from './formatInputValue';

type Format = Required<Pick<MoneyFormat, 'currency' | 'locale'>>;

/** How a retention field other than α and β is written: its label and its value's text. */
const retentionText: Readonly<Record<string, (value: unknown) => string>> = {
  model: (value) => `Retention model ${String(value)}`,
  periodMonths: (value) => `Retention period ${String(value)} month${value === 1 ? '' : 's'}`,
};

/** `Retention α (sBG) 0.06`-style text (`Retention α (sBG), segment dormant 0.06` in a segment) of a retention's fields, under `prefix` (`retention` or `segments.x.retention`). */
function retentionItems(prefix: string, retention: Readonly<Record<string, unknown>>, format: Format): string[] {
  return Object.entries(retention).map(([field, value]) => {
    const guide = fieldPathGuide(`${prefix}.${field}`);
    if (guide !== undefined) return `${fieldPathLabel(`${prefix}.${field}`)} ${formatInputValue(guide.kind, value, format).text}`;
    const text = retentionText[field]?.(value) ?? `Retention ${field} ${String(value)}`;
    return prefix === 'retention' ? text : `${text}, segment ${prefix.split('.')[1]}`;
  });
}

/**
 * What a change sets, as plain text items for people (not escaped): each field with its label and
 * value (`Emails per month (e) 3`), a segment's field with the segment named (`Emails per month (e),
 * segment dormant 0`, labels from `fieldPathLabel`), retention parameters, and the moves that replace the list in force
 * (`Moves: dormant → engaged 1.5% a month`, `Moves: none`).
 *
 * @param set - a change's `set`
 * @param format - currency and locale
 * @returns one text per value set, in the order written
 *
 * @example
 * changeSetText({ emailsPerMonth: 3, segments: { dormant: { emailsPerMonth: 0 } } }, { currency: 'USD', locale: 'en-US' })
 * //=> ['Emails per month (e) 3', 'Emails per month (e), segment dormant 0']
 */
export function changeSetText(set: Change['set'], format: Format): string[] {
  return Object.entries(set).flatMap(([field, value]): string[] => {
    if (value === undefined) return [];
    if (field === 'moves') {
      const moves = value as NonNullable<Change['set']['moves']>;
      const list = moves.map((move) => `${move.from} → ${move.to} ${formatInputValue('share', move.sharePerMonth, format).text} a month`);
      return [`Moves: ${list.join(', ') || 'none'}`];
    }
    if (field === 'retention') return retentionItems('retention', value as Readonly<Record<string, unknown>>, format);
    if (field === 'segments') {
      return Object.entries(value as NonNullable<Change['set']['segments']>).flatMap(([name, own]) =>
        Object.entries(own).flatMap(([key, v]): string[] => {
          if (v === undefined) return [];
          if (key === 'retention') return retentionItems(`segments.${name}.retention`, v as Readonly<Record<string, unknown>>, format);
          const path = `segments.${name}.${key}`;
          return [`${fieldPathLabel(path)} ${formatInputValue(fieldPathGuide(path)!.kind, v, format).text}`];
        }),
      );
    }
    const guide = inputGuide[field as GuidedField];
    return [`${guide.label} ${formatInputValue(guide.kind, value, format).text}`];
  });
}
