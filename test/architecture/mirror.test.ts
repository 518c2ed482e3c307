import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, test } from 'vitest';

// Tests mirror src: every module src/a/b.ts has its own test file test/a/b.test.ts.
const root = fileURLToPath(new URL('../..', import.meta.url));

/**
 * Modules that need no test of their own because they hold no code: only interfaces, type aliases,
 * type imports and re-exports. The second test below checks that each one still holds no code.
 */
const typesOnly = [
  // The public face: re-exports of the modules below, each tested where it lives.
  'index.ts',
  // The Calculator<T> interface; decimalCalculator and floatCalculator implement it.
  'calculator/calculator.ts',
  // The shape of one month of the model's output (runModel builds it).
  'model/monthRow.ts',
  // The shapes of simulate's options and result.
  'analysis/uncertainty/simulation.ts',
  // The plot rectangle of a chart (svgFrame and the charts fill it in).
  'render/charts/plotArea.ts',
  // The rows and estimates of a user's history (the readers and estimators fill them in).
  'history/historyTypes.ts',
];

/**
 * Modules that have code but no test of their own yet. This list may only shrink: the third test
 * fails when a module listed here gains its test (then delete the line) or no longer exists.
 */
const pending: string[] = [];

/** Every .ts file under src/, as a path relative to src/ with forward slashes, sorted. */
function sourceModules(): string[] {
  return (readdirSync(`${root}src`, { recursive: true, encoding: 'utf8' }) as string[])
    .map((path) => path.split('\\').join('/'))
    .filter((path) => path.endsWith('.ts'))
    .sort();
}

const hasMirror = (module: string) => existsSync(`${root}test/${module.replace(/\.ts$/, '.test.ts')}`);

/** True when the module's top-level statements are only interfaces, type aliases, type-only imports and re-exports. */
function holdsNoCode(module: string): boolean {
  const source = ts.createSourceFile(module, readFileSync(`${root}src/${module}`, 'utf8'), ts.ScriptTarget.ES2022);
  return source.statements.every(
    (statement) =>
      ts.isInterfaceDeclaration(statement) ||
      ts.isTypeAliasDeclaration(statement) ||
      (ts.isImportDeclaration(statement) && statement.importClause?.isTypeOnly === true) ||
      (ts.isExportDeclaration(statement) && statement.moduleSpecifier !== undefined),
  );
}

describe('tests mirror src', () => {
  test('every src module has test/<same path>.test.ts', () => {
    const missing = sourceModules().filter((module) => !hasMirror(module) && !typesOnly.includes(module) && !pending.includes(module));
    expect(missing).toEqual([]);
  });

  test('the modules excused as holding no code hold none', () => {
    const modules = sourceModules();
    for (const module of typesOnly) {
      expect(modules, module).toContain(module);
      expect(holdsNoCode(module), module).toBe(true);
    }
  });

  test('the pending list only shrinks: each entry still exists and still has no test', () => {
    const modules = sourceModules();
    const stale = pending.filter((module) => !modules.includes(module) || hasMirror(module));
    expect(stale).toEqual([]);
  });
});
