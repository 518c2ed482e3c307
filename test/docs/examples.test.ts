/*
 * Every JSDoc `@example` in src/ runs here, one test each, named by file and line.
 *
 * The convention of an example:
 * - It is TypeScript statements. It may use every export of src/index.ts, every export of the module it sits in,
 *   the fixtures of exampleFixtures.ts (`input`, `articleFile`, `articleBaseline`, `uncertainFile`, `Decimal`, `z`),
 *   and whatever it imports itself with an `import { … } from '…'` line (a path relative to its module).
 * - `expr //=> value`, or `expr` with `//=> value` on the next line, asserts that `expr` is `value`. A value
 *   whose brackets are still open continues on the following `//` lines. A note in parentheses may follow it.
 * - Values are JSON-like literals. A number is shown rounded: `//=> 97796.78` holds when the value rounds to
 *   97796.78 at 2 decimals; `//=> 0.3293…` holds when the value starts with those digits. Text is compared
 *   exactly, `…` in it matching any run of characters. Lists and objects are compared item by item and key by
 *   key; a bare `…` item stands for any further items, a bare `…` entry for any further keys, `key: …` for any value.
 * - `//=> throws InputError: 'message'` asserts that `expr` throws an error named InputError with exactly that
 *   message (`…` matching any run of characters); `//=> throws InputError` asserts the error only.
 * - Other lines run as they are; a line that throws fails the example.
 * - An example whose first line is `// not run: <reason>` is skipped with that reason.
 * The tag `@example` stands alone on its line; the block ends at the end of the comment or at the next `@tag`.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { inspect } from 'node:util';
import { transformSync } from 'esbuild';
import { describe, expect, test } from 'vitest';
import { countExampleTags, exampleBlocks, sourceFiles } from './exampleBlocks';
import { exampleFixtures } from './exampleFixtures';
import { type ExampleCheck, exampleProgram } from './exampleProgram';
import { matches } from './shownValue';

const root = resolve(import.meta.dirname, '../..');
const files = sourceFiles(resolve(root, 'src'));
const blocks = files.flatMap((path) => exampleBlocks(root, path));

type Example = (
  scope: Record<string, unknown>,
  check: (index: number, run: () => Promise<unknown>) => Promise<void>,
  load: (specifier: string) => Promise<unknown>,
) => Promise<void>;

/** The example's statements as a function of its names, types stripped by esbuild. */
function compile(names: readonly string[], statements: string): Example {
  const source = `async function example(__scope, __check, __import) {\nconst { ${names.join(', ')} } = __scope;\n{\n${statements}\n}\n}`;
  const { code } = transformSync(source, { loader: 'ts', target: 'es2022' });
  return new Function(`${code}\nreturn example;`)() as Example;
}

/** Throws, naming the example's line, when the value or the error of one `//=>` is not what it shows. */
async function verify(file: string, check: ExampleCheck, run: () => Promise<unknown>): Promise<void> {
  const where = `${file}:${check.line}: ${check.code}\n  shows: ${check.shown}\n`;
  const { expectation } = check;
  if (expectation.kind === 'value') {
    const actual = await run();
    if (!matches(expectation.shown, actual)) throw new Error(`${where}  gives: ${inspect(actual, { depth: 6, breakLength: 120 })}`);
    return;
  }
  try {
    await run();
  } catch (error) {
    const name = error instanceof Error ? error.name : typeof error;
    const message = error instanceof Error ? error.message : String(error);
    const nameOk = expectation.name === undefined || expectation.name === name;
    if (nameOk && (expectation.message === undefined || matches(expectation.message, message))) return;
    throw new Error(`${where}  throws: ${name}: ${JSON.stringify(message)}`);
  }
  throw new Error(`${where}  throws nothing`);
}

describe('the JSDoc @example blocks of src/', () => {
  test('are all found: one block for each @example in src/', () => {
    const tags = files.reduce((sum, path) => sum + countExampleTags(readFileSync(path, 'utf8')), 0);
    expect(blocks.length).toBe(tags);
  });

  for (const block of blocks) {
    const name = `${block.file}:${block.line}`;
    if (block.notRun !== undefined) {
      test.skip(`${name} (not run: ${block.notRun})`, () => {});
      continue;
    }
    test(name, async () => {
      const program = exampleProgram(block);
      const modulePath = resolve(root, block.file);
      const scope: Record<string, unknown> = { ...(await import('../../src/index')), ...(await import(modulePath)), ...exampleFixtures() };
      const names = Object.keys(scope).filter((key) => /^[A-Za-z_$][\w$]*$/.test(key) && key !== 'default');
      const run = compile(names, program.statements);
      const load = (specifier: string) => import(specifier.startsWith('.') ? resolve(modulePath, '..', specifier) : specifier);
      await run(scope, (index, value) => verify(block.file, program.checks[index]!, value), load);
    });
  }
});
