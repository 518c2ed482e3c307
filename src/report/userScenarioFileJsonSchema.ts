import { z } from 'zod';
import { UserScenarioFile, userScenarioFileMetadata } from './userScenarioFile';

/** Where the package's JSON Schema of a scenario file lives, relative to the package's root. */
export const USER_SCENARIO_FILE_SCHEMA_PATH = 'schema/scenario-file.schema.json';

/**
 * The JSON Schema (draft 2020-12) of the scenario file a user writes, generated from
 * {@link UserScenarioFile} by `z.toJSONSchema` (what the user writes: defaults make fields optional).
 * It describes shapes, types, bounds and options, each input field with its label and unit; the
 * library's custom checks (scenario names, cross-field rules, distributions' parameters in order)
 * do not translate to JSON Schema, and its `description` says so. The package ships it at
 * {@link USER_SCENARIO_FILE_SCHEMA_PATH}, so that a file starting with
 * `"$schema": "node_modules/email-npv/schema/scenario-file.schema.json"` is completed and checked by editors.
 *
 * @returns a new JSON-ready object
 *
 * @example
 * const schema = userScenarioFileJsonSchema();
 * schema.required //=> ['baseline', 'hypotheses']
 * Object.keys(schema.$defs ?? {}) //=> ['Distribution', 'Combination', 'Patch']
 */
export function userScenarioFileJsonSchema(): z.core.JSONSchema.BaseSchema {
  return z.toJSONSchema(UserScenarioFile, {
    io: 'input',
    target: 'draft-2020-12',
    metadata: userScenarioFileMetadata,
    // zod leaves out the default of a schema that transforms its input, as a number-or-distribution field
    // does (to its point value); the default is what a field left out gets, so it is written back.
    override: ({ zodSchema, jsonSchema }) => {
      if (zodSchema instanceof z.ZodDefault && jsonSchema.default === undefined) jsonSchema.default = zodSchema.def.defaultValue as number;
    },
  });
}
