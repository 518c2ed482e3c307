import ts from 'typescript';
import { type Expectation, isUnfinished, parseExpectation } from './shownValue';
import type { ExampleBlock, ExampleLine } from './exampleBlocks';

/** One `//=>` assertion of an example: the expression, the line the value is shown on, what it shows. */
export interface ExampleCheck {
  readonly line: number;
  readonly code: string;
  readonly shown: string;
  readonly expectation: Expectation;
}

/**
 * An example turned into TypeScript statements: the example's own statements, `import … from` lines turned
 * into `const … = await __import(…)`, and each asserted expression `e` into `await __check(i, async () => (e))`,
 * where `i` indexes `checks`.
 */
export interface ExampleProgram {
  readonly statements: string;
  readonly checks: readonly ExampleCheck[];
}

const MARK = '//=>';

/** Reads an example block line by line (see the convention in examples.test.ts). */
export function exampleProgram(block: ExampleBlock): ExampleProgram {
  const statements: string[] = [];
  const checks: ExampleCheck[] = [];
  let pending: ExampleLine[] = [];
  const lines = block.lines;
  for (let i = 0; i < lines.length; i++) {
    const { line, text } = lines[i]!;
    const at = text.indexOf(MARK);
    if (at < 0) {
      pending.push({ line, text });
      continue;
    }
    if (text.slice(0, at).trim() !== '') pending.push({ line, text: text.slice(0, at) });
    let shown = text.slice(at + MARK.length);
    while (isUnfinished(shown) && /^\s*\/\/(?!=>)/.test(lines[i + 1]?.text ?? '')) shown += ` ${lines[++i]!.text.trim().slice(2).trim()}`;
    const code = parsed(pending, block);
    const last = code.at(-1);
    if (last === undefined || !ts.isExpressionStatement(last)) throw new Error(`${block.file}:${line}: a //=> line must follow an expression`);
    statements.push(...code.slice(0, -1).map(statementText));
    const expression = last.expression.getText();
    checks.push({ line, code: expression, shown: shown.trim(), expectation: parseExpectation(shown) });
    statements.push(`await __check(${checks.length - 1}, async () => (${expression}));`);
    pending = [];
  }
  statements.push(...parsed(pending, block).map(statementText));
  return { statements: statements.join('\n'), checks };
}

/** The statements of some example lines, parsed as TypeScript; a syntax error names the first line. */
function parsed(lines: readonly ExampleLine[], block: ExampleBlock): ts.Statement[] {
  const source = ts.createSourceFile('example.ts', lines.map((l) => l.text).join('\n'), ts.ScriptTarget.Latest, true);
  const problems = (source as unknown as { parseDiagnostics: readonly ts.Diagnostic[] }).parseDiagnostics;
  if (problems.length > 0) {
    const at = source.getLineAndCharacterOfPosition(problems[0]!.start ?? 0).line;
    throw new Error(`${block.file}:${lines[at]?.line ?? block.line}: ${ts.flattenDiagnosticMessageText(problems[0]!.messageText, '\n')}`);
  }
  return [...source.statements];
}

/** A statement's source, an import turned into a destructuring of `await __import(specifier)`. */
function statementText(statement: ts.Statement): string {
  if (!ts.isImportDeclaration(statement)) return statement.getText();
  const clause = statement.importClause;
  const from = statement.moduleSpecifier.getText();
  if (clause === undefined || clause.isTypeOnly) return clause === undefined ? `await __import(${from});` : '';
  const names: string[] = [];
  if (clause.name !== undefined) names.push(`default: ${clause.name.text}`);
  const bindings = clause.namedBindings;
  if (bindings !== undefined && ts.isNamespaceImport(bindings)) return `const ${bindings.name.text} = await __import(${from});`;
  for (const element of bindings?.elements ?? []) {
    if (!element.isTypeOnly) names.push(element.propertyName === undefined ? element.name.text : `${element.propertyName.getText()}: ${element.name.text}`);
  }
  return `const { ${names.join(', ')} } = await __import(${from});`;
}
