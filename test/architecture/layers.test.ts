import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import { describe, expect, test } from 'vitest';

// The layer rule lives in eslint.config.js (`@typescript-eslint/no-restricted-imports`, one block per folder and depth).
// These tests lint small in-memory files placed in src/ through ESLint's Node API, then the real src/ tree.
const root = fileURLToPath(new URL('../..', import.meta.url));
const rule = '@typescript-eslint/no-restricted-imports';
const eslint = new ESLint({ cwd: root });

/** The layer-rule messages ESLint reports for `code` as if it were the file `path` (relative to the repository). */
async function layerErrors(path: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath: resolve(root, path) });
  return result!.messages.filter((message) => message.ruleId === rule).map((message) => message.message);
}

describe('the layer rule', () => {
  test('refuses an upward import: schema/ importing model/', async () => {
    const errors = await layerErrors('src/schema/probe.ts', "import { runModel } from '../model/runModel.js';\nexport const probe = runModel;\n");
    expect(errors).toHaveLength(1);
    expect(errors[0]).toContain('schema/ may not import');
  });

  test('refuses an upward import from a sub-folder: analysis/search/ importing report/', async () => {
    const errors = await layerErrors(
      'src/analysis/search/probe.ts',
      "import { reportSettings } from '../../report/reportSettings.js';\nexport const probe = reportSettings;\n",
    );
    expect(errors).toHaveLength(1);
  });

  test('refuses a re-export from above', async () => {
    expect(await layerErrors('src/model/probe.ts', "export { compareScenarios } from '../scenarios/compareScenarios.js';\n")).toHaveLength(1);
  });

  test('keeps the generic folders free of the email layers', async () => {
    for (const folder of ['json', 'csv', 'errors', 'numeric', 'finance', 'calculator']) {
      const errors = await layerErrors(`src/${folder}/probe.ts`, "import { fieldRules } from '../schema/fields.js';\nexport const probe = fieldRules;\n");
      expect(errors, folder).toHaveLength(1);
    }
    // json/ is the lowest layer: not even errors/ is below it.
    expect(await layerErrors('src/json/probe.ts', "import { InputError } from '../errors/inputError.js';\nexport const probe = InputError;\n")).toHaveLength(1);
  });

  test('nothing imports the public face src/index.ts, not even cli/', async () => {
    expect(await layerErrors('src/cli/probe.ts', "import { forecast } from '../index.js';\nexport const probe = forecast;\n")).toHaveLength(1);
  });

  test('render/ takes types only from report, history, analysis, scenarios and model', async () => {
    const value = "import { runModel } from '../../model/runModel.js';\nexport const probe = runModel;\n";
    const typeOnly = "import type { ModelResult } from '../../model/runModel.js';\nexport type Probe = ModelResult;\n";
    const inlineTypes = "import { type ModelResult } from '../../model/runModel.js';\nexport type Probe = ModelResult;\n";
    expect(await layerErrors('src/render/report/probe.ts', value)).toHaveLength(1);
    expect(await layerErrors('src/render/report/probe.ts', typeOnly)).toEqual([]);
    expect(await layerErrors('src/render/report/probe.ts', inlineTypes)).toEqual([]);
    // Not even a type from cli/, the layer above.
    expect(await layerErrors('src/render/probe.ts', "import type { Command } from '../cli/commands/index.js';\nexport type Probe = Command;\n")).toHaveLength(
      1,
    );
  });

  test('lets imports point down, sideways within a layer, and inside a folder', async () => {
    const code = [
      "import { parseJson } from '../../json/parseJson.js';",
      "import { findRoot } from '../../numeric/findRoot.js';",
      "import { runModel } from '../../model/runModel.js';",
      "import { sensitivity } from '../search/sensitivity.js';",
      "import { fatigueAt } from './fatigueAt.js';",
      'export const probe = [parseJson, findRoot, runModel, sensitivity, fatigueAt];',
      '',
    ].join('\n');
    expect(await layerErrors('src/analysis/frequency/probe.ts', code)).toEqual([]);
    // calculator, numeric and finance are one layer: they may use each other.
    expect(
      await layerErrors('src/finance/probe.ts', "import { floatCalculator } from '../calculator/floatCalculator.js';\nexport const probe = floatCalculator;\n"),
    ).toEqual([]);
    // cli/ is the top layer: anything below it.
    expect(await layerErrors('src/cli/probe.ts', "import { renderTable } from '../render/renderTable.js';\nexport const probe = renderTable;\n")).toEqual([]);
  });

  test('holds for the real src/ tree', { timeout: 120_000 }, async () => {
    const results = await eslint.lintFiles(['src']);
    const violations = results.flatMap((result) =>
      result.messages.filter((message) => message.ruleId === rule).map((message) => `${result.filePath.slice(root.length)}:${message.line} ${message.message}`),
    );
    expect(violations).toEqual([]);
  });
});
