import { mkdirSync, writeFileSync } from 'node:fs';
import { briefJsonSchema } from '../src/brief/brief-json-schema.js';

// Regenerates schema/brief.schema.json from the zod brief schema; a test keeps the two in sync.
mkdirSync(new URL('../schema/', import.meta.url), { recursive: true });
writeFileSync(new URL('../schema/brief.schema.json', import.meta.url), `${JSON.stringify(briefJsonSchema(), null, 2)}\n`);
