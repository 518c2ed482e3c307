import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

// The layers of src/, lowest first: a module imports from its own layer and the layers below it, never above.
// index.ts is the public face and may import anything; nothing imports it.
const layers = [
  ['json', 'csv'],
  ['errors'],
  ['calculator', 'numeric', 'finance'],
  ['schema'],
  ['model'],
  ['scenarios'],
  ['analysis'],
  ['history'],
  ['report'],
  ['render'],
  ['batch'],
  ['parallel'],
  ['cli'],
];
const layerOrder = layers.map((folders) => folders.join(' / ')).join(' → ');
// render/ holds pure views: from these layers it takes types only, the data comes in as arguments.
const typesOnly = { render: ['report', 'history', 'analysis', 'scenarios', 'model'] };
// Deepest folder nesting under src/ that the rule covers (src/a/b/c/d.ts is depth 3).
const maxDepth = 4;

/** A case-sensitive regex matching a relative import, written in a file `depth` folders below src/, that lands in one of `folders` (or src/index.ts). */
function landsIn(depth, folders, { index = false } = {}) {
  const targets = [...(folders.length > 0 ? [`(?:${folders.join('|')})(?:/|$)`] : []), ...(index ? ['index(?:\\.js)?$'] : [])];
  return `^(?:\\.\\./){${depth}}(?:${targets.join('|')})`;
}

/** One config block a layer folder and depth: `@typescript-eslint/no-restricted-imports` refuses imports from the layers above. */
function layerBlocks() {
  const blocks = [];
  layers.forEach((folders, rank) => {
    const above = layers.slice(rank + 1).flat();
    for (const folder of folders) {
      const typeOnly = typesOnly[folder] ?? [];
      for (let depth = 1; depth <= maxDepth; depth++) {
        const patterns = [
          {
            regex: landsIn(depth, above, { index: true }),
            caseSensitive: true,
            message: `imports point down the layers (${layerOrder}); ${folder}/ may not import ${[...above, 'src/index.ts'].join(', ')}.`,
          },
        ];
        if (typeOnly.length > 0) {
          patterns.push({
            regex: landsIn(depth, typeOnly),
            caseSensitive: true,
            allowTypeImports: true,
            message: `${folder}/ shows data it is given: from ${typeOnly.join(', ')} it imports types only (import type).`,
          });
        }
        blocks.push({
          files: [`src/${folder}/${'*/'.repeat(depth - 1)}*.ts`],
          rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns }] },
        });
      }
    }
  });
  return blocks;
}

export default tseslint.config(
  { ignores: ['dist/', 'dist-app/', 'coverage/', 'node_modules/', 'docs/api/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      // noUncheckedIndexedAccess is on; `!` marks an index the code has just bounded.
      '@typescript-eslint/no-non-null-assertion': 'off',
      'no-restricted-imports': ['error', { patterns: [{ group: ['node:*'], message: 'the core must run in a browser: Node APIs only in src/cli' }] }],
    },
  },
  {
    // src/parallel/ is the Node-only face email-npv/batch (worker threads, files): src/index.ts never imports it.
    files: ['src/cli/**', 'src/parallel/**', 'test/**', 'scripts/**', 'bench/**', 'examples/**', '*.config.*', '*.js', '*.mjs'],
    languageOptions: { globals: globals.node },
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    // The page is another face of the library: it runs in a browser and imports the library by its name only.
    files: ['app/**/*.ts', 'app/**/*.tsx'],
    ignores: ['app/vite.config.ts'],
    languageOptions: { globals: globals.browser },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: ['node:*'], message: 'the page runs in a browser: no Node APIs' },
            { regex: '^(?:\\.\\./)+src(?:/|$)', message: "the page imports the library like any user: from 'email-npv'" },
          ],
        },
      ],
    },
  },
  { files: ['app/vite.config.ts'], languageOptions: { globals: globals.node }, rules: { 'no-restricted-imports': 'off' } },
  ...layerBlocks(),
);
