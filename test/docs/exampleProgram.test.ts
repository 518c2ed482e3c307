import { describe, expect, test } from 'vitest';
import type { ExampleBlock } from './exampleBlocks';
import { exampleProgram } from './exampleProgram';

/** An example block of `lines`, as if its first line were line 11 of src/a.ts. */
function block(...lines: string[]): ExampleBlock {
  return { file: 'src/a.ts', line: 10, lines: lines.map((text, i) => ({ line: 11 + i, text })), notRun: undefined };
}

describe('an example read as a program', () => {
  test('keeps statements and turns each //=> into a check of the expression before it', () => {
    const program = exampleProgram(block('const next = seededRandom(42); next() //=> 0.6', 'npv(0.1, [', '  -100, 60]).toString()', "//=> '-45.45…'"));
    expect(program.statements).toBe(
      'const next = seededRandom(42);\nawait __check(0, async () => (next()));\nawait __check(1, async () => (npv(0.1, [\n  -100, 60]).toString()));',
    );
    expect(program.checks.map((c) => [c.line, c.code, c.shown])).toEqual([
      [11, 'next()', '0.6'],
      [14, 'npv(0.1, [\n  -100, 60]).toString()', "'-45.45…'"],
    ]);
  });

  test('continues a value with open brackets on the following // lines', () => {
    const program = exampleProgram(block("f() //=> ['a',", "//    'b']", '// a comment, not part of the value'));
    expect(program.checks[0]!.shown).toBe("['a', 'b']");
  });

  test('turns imports into loads of the module', () => {
    const program = exampleProgram(block("import { a, b as c } from './x';", "import D from 'decimal.js';", "import type { T } from './t';", 'a(c, D)'));
    expect(program.statements).toBe("const { a, b: c } = await __import('./x');\nconst { default: D } = await __import('decimal.js');\n\na(c, D)");
  });

  test('names the line of a //=> that follows no expression, or of a syntax error', () => {
    expect(() => exampleProgram(block('const x = 1;', '//=> 1'))).toThrow('src/a.ts:12: a //=> line must follow an expression');
    expect(() => exampleProgram(block('f({ …, a: 1 })'))).toThrow(/^src\/a\.ts:11: /);
  });
});
