// Writes the JSON Schema of a scenario file (schema/scenario-file.schema.json), generated from the
// library's zod schema by userScenarioFileJsonSchema(). Reads the built package: build first
// (`npm run schema` does both). test/report/userScenarioFileJsonSchema.test.ts fails when the file is stale.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { USER_SCENARIO_FILE_SCHEMA_PATH, userScenarioFileJsonSchema } from '../dist/index.js';

const target = new URL(`../${USER_SCENARIO_FILE_SCHEMA_PATH}`, import.meta.url);
mkdirSync(dirname(target.pathname), { recursive: true });
writeFileSync(target, `${JSON.stringify(userScenarioFileJsonSchema(), null, 2)}\n`);
process.stdout.write(`wrote ${USER_SCENARIO_FILE_SCHEMA_PATH}\n`);
