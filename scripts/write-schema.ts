/** `npm run schema`: writes the completion record's JSON Schema from its zod definition. */
import { writeFileSync } from 'node:fs';
import { recordJsonSchema } from '../src/domain/record/record-schema.ts';

const path = 'schemas/completion-record.v1.schema.json';
writeFileSync(path, `${JSON.stringify(recordJsonSchema(), null, 2)}\n`);
console.log(`wrote ${path}`);
