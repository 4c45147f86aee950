import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { briefJsonSchema } from '../../src/index.js';

describe('schema/brief.schema.json', () => {
  it('is what `npm run schema` writes from the zod brief schema', () => {
    const committed = readFileSync(new URL('../../schema/brief.schema.json', import.meta.url), 'utf8');
    expect(committed).toBe(`${JSON.stringify(briefJsonSchema(), null, 2)}\n`);
  });

  it('closes objects so editors flag misspelt keys, and keeps answers open', () => {
    const schema = briefJsonSchema() as { additionalProperties?: unknown; properties: Record<string, { additionalProperties?: unknown }> };
    expect(schema.additionalProperties).toBe(false);
    expect(schema.properties['quality']!.additionalProperties).toBe(false);
    expect(schema.properties['answers']!.additionalProperties).toEqual({ type: 'string' });
  });
});
