import type { ScenarioComparison } from '../../scenarios/compareScenarios';
import { type PublishedNpvs, comparisonRows } from '../comparisonRows';
import { escapeMarkup } from '../escapeMarkup';
import { formatMoney, type MoneyFormat } from '../formatMoney';
import { type HtmlSection, htmlSection } from './htmlSection';
import { htmlTable } from './htmlTable';
import { yearsText } from '../yearsText';
import { winnerText } from '../winnerText';

/**
 * The answer of a report: one sentence per horizon naming the winner and what it gains over the
 * baseline (or, when every scenario loses money, that none breaks even and which loses least), then the comparison table of each horizon (NPV, rank, Δ vs baseline, and the
 * published values when given), the winner's row highlighted and starred. Money in whole units.
 *
 * @param comparison - the result of `compareScenarios`
 * @param format - currency and locale
 * @param published - published NPVs to show beside the model's (optional)
 * @returns the `<section id="comparison">`
 *
 * @example
 * comparisonSection(compareScenarios(articleFile), { currency: 'USD', locale: 'en-US' }).html
 * //=> '<section id="comparison" …>…<li>Over 1 year (12 months): <strong>H2</strong> wins with $13,498, $4,013 more than baseline.</li>…'
 */
export function comparisonSection(
  comparison: ScenarioComparison,
  format: Required<Pick<MoneyFormat, 'currency' | 'locale'>>,
  published?: PublishedNpvs,
): HtmlSection {
  const money = { ...format, fractionDigits: 0 };
  const verdicts = comparison.horizons.map((h) => {
    const winner = h.results.find((r) => r.name === h.winner)!;
    const over = `Over ${yearsText(h.years)} (${h.months} months)`;
    if (h.allLose) {
      const lessLost =
        h.winner === comparison.baselineName
          ? ''
          : `, ${escapeMarkup(formatMoney(winner.deltaVsBaseline, money))} less than ${escapeMarkup(comparison.baselineName)} loses`;
      return `<li>${over}: no scenario breaks even; <strong>${escapeMarkup(h.winner)}</strong> loses least (${escapeMarkup(formatMoney(winner.npv, money))})${lessLost}.</li>`;
    }
    return h.winner === comparison.baselineName
      ? `<li>${over}: no hypothesis beats <strong>${escapeMarkup(h.winner)}</strong> (${escapeMarkup(formatMoney(winner.npv, money))}).</li>`
      : `<li>${over}: <strong>${escapeMarkup(h.winner)}</strong> wins with ${escapeMarkup(formatMoney(winner.npv, money))}, ` +
          `${escapeMarkup(formatMoney(winner.deltaVsBaseline, money))} more than ${escapeMarkup(comparison.baselineName)}.</li>`;
  });
  const tables = comparison.horizons.map((h) => {
    // Segment contributions have their own section (segmentsSection): these tables stay narrow enough to sit side by side.
    const results = h.results.map(({ segmentContributions: _, ...result }) => result);
    const { header, rows } = comparisonRows({ ...h, results }, money, published);
    const caption = `${yearsText(h.years)} (${h.months} months) — ${winnerText(h)}`;
    return `<div class="horizon">\n${htmlTable(header, rows, { caption, highlightRow: h.results.findIndex((r) => r.name === h.winner), className: 'comparison' })}\n</div>`;
  });
  return htmlSection('comparison', 'Which strategy is worth most', [
    `<ul class="verdicts">\n${verdicts.join('\n')}\n</ul>`,
    `<div class="horizons">\n${tables.join('\n')}\n</div>`,
    '<p class="note">NPV: the net cash flows of every month discounted to today at the discount rate, minus the up-front investment. ★ marks the winner of each horizon (the one that loses least when none breaks even); Δ is the difference from the baseline.</p>',
  ]);
}
