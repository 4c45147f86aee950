import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ERROR_CODES } from '../../src/errors/error-codes.js';
import { renderErrorDocs } from '../../src/errors/error-docs.js';

describe('error code registry', () => {
  it('docs/errors.md is generated from the registry (run `npm run docs:errors` after adding a code)', () => {
    const committed = readFileSync(new URL('../../docs/errors.md', import.meta.url), 'utf8');
    expect(committed).toBe(renderErrorDocs());
  });

  it('declares every code once across all stages, with a title and a hint', () => {
    const seen = new Map<string, string>();
    for (const [stage, codes] of Object.entries(ERROR_CODES)) {
      for (const [code, spec] of Object.entries(codes)) {
        expect(seen.get(code), `${code} declared in ${stage} and ${seen.get(code)}`).toBeUndefined();
        seen.set(code, stage);
        expect(spec.title.length, code).toBeGreaterThan(0);
        expect(spec.hint.length, code).toBeGreaterThan(0);
      }
    }
  });
});
