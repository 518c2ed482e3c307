import { escapeMarkup } from '../escapeMarkup';

/** A titled section of the report, drawn, with what the table of contents needs to link to it. */
export interface HtmlSection {
  /** Its anchor. */
  readonly id: string;
  /** Its heading, as text (not escaped). */
  readonly title: string;
  /** The `<section>` element. */
  readonly html: string;
}

/**
 * A titled section of the report: `<section id="…" aria-labelledby="…-title"><h2>title</h2>…</section>`.
 * The title is escaped; `body` is markup built by the report (its own text already escaped).
 *
 * @param id - the section's anchor, letters, digits and `-`
 * @param title - its heading (escaped here)
 * @param body - its content, in order
 * @returns the section, drawn
 *
 * @example
 * htmlSection('inputs', 'Inputs', ['<p>…</p>']).html
 * //=> '<section id="inputs" aria-labelledby="inputs-title">\n<h2 id="inputs-title">Inputs</h2>\n<p>…</p>\n</section>'
 */
export function htmlSection(id: string, title: string, body: readonly string[]): HtmlSection {
  const html = [`<section id="${id}" aria-labelledby="${id}-title">`, `<h2 id="${id}-title">${escapeMarkup(title)}</h2>`, ...body, '</section>'].join('\n');
  return { id, title, html };
}
