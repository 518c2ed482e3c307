import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';

/** One line of an `@example` block: its text without the JSDoc ` * ` margin, and its line number in the file. */
export interface ExampleLine {
  readonly line: number;
  readonly text: string;
}

/** One `@example` block of a source file. */
export interface ExampleBlock {
  /** The file, relative to the project root with `/` separators, e.g. `src/model/runModel.ts`. */
  readonly file: string;
  /** The line of the `@example` tag (1-based). */
  readonly line: number;
  readonly lines: readonly ExampleLine[];
  /** The reason given on a first line `// not run: <reason>`, when the block opts out. */
  readonly notRun: string | undefined;
}

const TAG = /^\s*\*\s*@example\s*$/;
const NOT_RUN = /^\/\/\s*not run:\s*(.+)$/;

/** Every `.ts` file under `dir`, recursively, sorted. */
export function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((name) => name.endsWith('.ts'))
    .map((name) => join(dir, name))
    .sort();
}

/** How many JSDoc lines of `text` start with `@example`, whatever follows it: the blocks found must account for each. */
export function countExampleTags(text: string): number {
  return text.match(/^\s*\*\s*@example\b/gm)?.length ?? 0;
}

/**
 * The `@example` blocks of one file: each runs from a line ` * @example` to the end of its JSDoc comment
 * or the next `@tag` line, and keeps its lines' numbers so a failure points at the line.
 */
export function exampleBlocks(root: string, path: string): ExampleBlock[] {
  const file = relative(root, path).split(sep).join('/');
  const lines = readFileSync(path, 'utf8').split('\n');
  const blocks: ExampleBlock[] = [];
  lines.forEach((text, index) => {
    if (!TAG.test(text)) return;
    const body: ExampleLine[] = [];
    for (let next = index + 1; next < lines.length; next++) {
      const line = lines[next]!;
      if (/^\s*\*\//.test(line) || /^\s*\*\s*@\w/.test(line)) break;
      body.push({ line: next + 1, text: line.replace(/^\s*\* ?/, '') });
    }
    const notRun = NOT_RUN.exec(body[0]?.text.trim() ?? '')?.[1];
    blocks.push({ file, line: index + 1, lines: notRun === undefined ? body : body.slice(1), notRun });
  });
  return blocks;
}
