// Writes schemas/postmortemrc.schema.json from the zod schema; a unit test fails when the checked-in file is stale.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { postmortemrcSchemaText } from '../src/core/config/schema';

export const SCHEMA_PATH = join(__dirname, '..', 'schemas', 'postmortemrc.schema.json');

if (require.main === module) {
  writeFileSync(SCHEMA_PATH, postmortemrcSchemaText());
  process.stdout.write(`wrote ${SCHEMA_PATH}\n`);
}
