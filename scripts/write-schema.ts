/** `npm run schema`: writes the completion record's JSON Schemas (v2, and v1 still read) from their zod definitions. */
import { writeFileSync } from 'node:fs';
import { READABLE_VERSIONS, recordJsonSchema } from '../src/domain/record/record-schema.ts';

for (const version of READABLE_VERSIONS) {
  const path = `schemas/completion-record.v${version}.schema.json`;
  writeFileSync(path, `${JSON.stringify(recordJsonSchema(version), null, 2)}\n`);
  console.log(`wrote ${path}`);
}
