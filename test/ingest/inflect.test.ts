import { describe, expect, it } from 'vitest';
import { plural, singular } from '../../src/ingest/inflect.js';
import { canonicalSqlType } from '../../src/ingest/sql-types.js';

describe('word and type tables', () => {
  it('inflect irregular words and ordinary ones', () => {
    expect(plural('person')).toBe('people');
    expect(singular('people')).toBe('person');
    expect(plural('category')).toBe('categories');
    expect(singular('addresses')).toBe('address');
  });

  it('treat names Object.prototype has as ordinary words (an entity Constructor)', () => {
    expect(plural('constructor')).toBe('constructors');
    expect(singular('constructors')).toBe('constructor');
    expect(singular('constructor')).toBe('constructor');
    expect(plural('toString')).toBe('tostrings');
    expect(plural('__proto__')).toBe('__proto__s');
  });

  it('keep an unknown SQL type name as written, even one Object.prototype has', () => {
    expect(canonicalSqlType(['pg_catalog', 'int4'], [], false)).toBe('integer');
    expect(canonicalSqlType(['constructor'], [], false)).toBe('constructor');
    expect(canonicalSqlType(['__proto__'], [], true)).toBe('__proto__[]');
  });
});
