import { z } from 'zod';
import { briefSchema } from './brief-schema.js';

type Json = Record<string, unknown>;

/** Editors flag misspelt keys only when objects are closed; records (`answers`) stay open. */
function closeObjects(node: unknown): void {
  if (Array.isArray(node)) return node.forEach(closeObjects);
  if (typeof node !== 'object' || node === null) return;
  const obj = node as Json;
  if (obj['type'] === 'object' && obj['properties'] && obj['additionalProperties'] === undefined) obj['additionalProperties'] = false;
  for (const value of Object.values(obj)) closeObjects(value);
}

/**
 * The JSON Schema of a brief as users write it (defaults make most keys optional), for editors and
 * other tools. `schema/brief.schema.json` is this, written by `npm run schema`.
 */
export function briefJsonSchema(): Json {
  const schema = z.toJSONSchema(briefSchema, { io: 'input', target: 'draft-2020-12' }) as Json;
  closeObjects(schema);
  return {
    $schema: schema['$schema'],
    $id: 'https://archway.dev/schema/brief.schema.json',
    title: 'Archway brief',
    description: 'Requirements for Archway: personas, requirements, entities, scale, quality, tenancy, capabilities, integrations, constraints and pinned decisions. See docs/brief-format.md.',
    ...Object.fromEntries(Object.entries(schema).filter(([k]) => k !== '$schema')),
  };
}
