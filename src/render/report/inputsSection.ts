import type { ReportData } from '../../report/buildReport';
import type { ScenarioInput } from '../../schema/scenarioInput';
import { escapeMarkup } from '../escapeMarkup';
import type { MoneyFormat } from '../formatMoney';
import { formatInputValue } from './formatInputValue';
import { changeSetText } from './changeSetText';
import { segmentInputs } from './segmentInputs';
import { fieldPathGuide } from '../../schema/fieldPathGuide';
import { fieldPathLabel } from '../../schema/fieldPathLabel';
import type { UncertainInput } from '../../analysis/uncertainty/simulation';
import { describeDistribution } from '../describeDistribution';
import { numericFieldPaths, readFieldPath } from '../../schema/fieldPaths';
import { numericFieldNames } from '../../schema/fields';
import { type GuidedField, inputGuide } from '../../schema/inputGuide';
import { type HtmlSection, htmlSection } from './htmlSection';
import { type HtmlCell, htmlTable } from './htmlTable';

type Format = Required<Pick<MoneyFormat, 'currency' | 'locale'>>;

const fields = Object.keys(inputGuide) as GuidedField[];

/** A `<ul>` of month changes, each "From month k: label value; …" (empty when there are none). */
function changesList(changes: ScenarioInput['changes'], format: Format): string {
  if (changes.length === 0) return '';
  const items = changes.map((change) => `<li>From month ${change.fromMonth}: ${escapeMarkup(changeSetText(change.set, format).join('; ') || 'no field')}</li>`);
  return `<ul class="changes">\n${items.join('\n')}\n</ul>`;
}

/** A cell of an input's value, marked `~` (its distribution in the tooltip) when the scenario draws that input in the Monte Carlo runs. */
type ValueCell = (scenario: string, path: string, value: ReturnType<typeof formatInputValue>) => { readonly text: string; readonly title?: string | undefined };

/** Marks the values of uncertain inputs: `~ 40%`, the tooltip `0.4, uncertain: beta(α 40, β 60)`. */
function uncertainMarker(uncertain: readonly UncertainInput[]): ValueCell {
  return (scenario, path, value) => {
    const drawn = uncertain.find((u) => u.field === path && u.usedBy.includes(scenario));
    if (drawn === undefined) return value;
    return { text: `~ ${value.text}`, title: `${value.title ?? value.text}, uncertain: ${describeDistribution(drawn.distribution)}` };
  };
}

/**
 * The list of the uncertain inputs (a list, not a table: the reasons are sentences, which a narrow table
 * column would stack a word a line): each by its label, the scenario that gives it, its distribution, its
 * point value and why (its `note`).
 */
function uncertainList(uncertain: readonly UncertainInput[], moves: ScenarioInput['moves'], format: Format): string {
  if (uncertain.length === 0) return '';
  const items = uncertain.map((u) => {
    const point = formatInputValue(fieldPathGuide(u.field)?.kind ?? 'number', u.value, format).text;
    const what = `, given by ${u.scenario}: ${describeDistribution(u.distribution)}, point value ${point}.`;
    const why = u.distribution.note === undefined ? '' : `<br><span class="note">${escapeMarkup(u.distribution.note)}</span>`;
    return `<li><strong>${escapeMarkup(fieldPathLabel(u.field, moves ?? []))}</strong>${escapeMarkup(what)}${why}</li>`;
  });
  return [
    '<h3>Uncertain inputs</h3>',
    '<p>Marked ~ in the tables: the value shown is the point value every forecast uses; the Monte Carlo runs draw the input from its distribution instead, in every scenario that takes it.</p>',
    `<ul class="uncertain">\n${items.join('\n')}\n</ul>`,
  ].join('\n');
}

/**
 * The rows of the segment, retention and move values (by field path, in force at month 1) in which `input`
 * differs from `baseline`: `Emails per month (e), segment engaged`, `Move dormant → engaged, share per month`; "—" where one has none.
 */
function pathDifferences(baseline: ScenarioInput, input: ScenarioInput, format: Format, names: readonly [string, string], mark: ValueCell): HtmlCell[][] {
  const paths = [...new Set([...numericFieldPaths(baseline), ...numericFieldPaths(input)])].filter(
    (path) => !(numericFieldNames as readonly string[]).includes(path),
  );
  return paths
    .filter((path) => readFieldPath(baseline, path) !== readFieldPath(input, path))
    .map((path) => {
      const guide = fieldPathGuide(path)!;
      const value = (of: ScenarioInput, name: string) => mark(name, path, formatInputValue(guide.kind, readFieldPath(of, path), format));
      return [
        fieldPathLabel(path, input.moves ?? baseline.moves ?? []),
        value(baseline, names[0]),
        value(input, names[1]),
        guide.unit.replaceAll('CUR', format.currency),
      ];
    });
}

/**
 * The inputs of a report, each by its label from the field metadata: the baseline's every field with its
 * unit (defaults muted, exact values in tooltips, changes over time listed) and its segments, moves and
 * retention (`segmentInputs`), then each hypothesis as its differences from the baseline, segment fields
 * and moves included (the resolved values, so a combination shows what it adds up to) and the changes it
 * appends; when the file has uncertain inputs, their values marked `~` and a list of them: distribution,
 * point value and why (the distribution's `note`).
 *
 * @param data - the report's data: the validated file, the fields its baseline writes (the others
 *   are defaults), the resolved scenarios (baseline first), the simulation (its uncertain inputs)
 * @param format - currency and locale
 * @returns the `<section id="inputs">`
 *
 * @example
 * import { buildReport } from '../../report/buildReport';
 * inputsSection(buildReport(articleFile), { currency: 'USD', locale: 'en-US' }).html
 * //=> '<section id="inputs" …>\n<h2 …>Inputs</h2>…<table class="inputs">…</section>'
 */
export function inputsSection(data: Pick<ReportData, 'resolved' | 'givenBaselineFields' | 'simulation'>, format: Format): HtmlSection {
  const { file, scenarios } = data.resolved;
  const uncertain = data.simulation?.result.uncertainInputs ?? [];
  const mark = uncertainMarker(uncertain);
  const baseline = file.baseline;
  const unit = (field: GuidedField) => inputGuide[field].unit.replaceAll('CUR', format.currency);
  const cell = (field: GuidedField, input: ScenarioInput, name: string) => mark(name, field, formatInputValue(inputGuide[field].kind, input[field], format));
  const given = (field: GuidedField) => data.givenBaselineFields.includes(field);

  const baselineRows = fields.map((field) => {
    const value = cell(field, baseline, file.baselineName);
    const shown: HtmlCell = given(field) ? value : { ...value, text: `${value.text} (default)`, muted: true };
    return [inputGuide[field].label, shown, unit(field)];
  });
  const baselineChanges = changesList(baseline.changes, format);

  const hypotheses = scenarios.slice(1).map(({ name, input }) => {
    const definition = file.hypotheses[name];
    const how =
      definition !== undefined && 'combine' in definition
        ? `Combines ${definition.combine.join(' + ')}${definition.set === undefined ? '' : ', then sets its own values'}; the table shows what they add up to.`
        : 'A change to the baseline:';
    const differing = fields.filter((field) => input[field] !== baseline[field]);
    const added = input.changes.slice(baseline.changes.length);
    const rows = [
      ...differing.map((field) => [inputGuide[field].label, cell(field, baseline, file.baselineName), cell(field, input, name), unit(field)]),
      ...pathDifferences(baseline, input, format, [file.baselineName, name], mark),
    ];
    const table =
      rows.length === 0
        ? '<p class="muted">Same inputs as the baseline.</p>'
        : htmlTable(['input', file.baselineName, name, 'unit'], rows, {
            numericColumns: [1, 2],
            className: 'diff',
            label: `Inputs of ${name} that differ from ${file.baselineName}`,
          });
    const changes = added.length === 0 ? '' : `<p>Changes over time it adds:</p>\n${changesList(added, format)}`;
    return [`<article class="hypothesis">`, `<h3>${escapeMarkup(name)}</h3>`, `<p>${escapeMarkup(how)}</p>`, table, changes, '</article>']
      .filter(Boolean)
      .join('\n');
  });

  return htmlSection('inputs', 'Inputs', [
    `<h3>Baseline: ${escapeMarkup(file.baselineName)}</h3>`,
    htmlTable(['input', 'value', 'unit'], baselineRows, { className: 'inputs', numericColumns: [1], label: `Inputs of ${file.baselineName}` }),
    ...[segmentInputs(baseline, format)].filter(Boolean),
    ...(baselineChanges === '' ? [] : ['<p>Changes over time:</p>', baselineChanges]),
    ...[uncertainList(uncertain, baseline.moves, format)].filter(Boolean),
    ...(hypotheses.length === 0 ? [] : ['<h3>Hypotheses, as differences from the baseline</h3>', `<div class="hypotheses">\n${hypotheses.join('\n')}\n</div>`]),
  ]);
}
