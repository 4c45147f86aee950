import type { z } from 'zod';

export interface UnknownKey {
  /** Path of the object holding the key. */
  readonly path: readonly (string | number)[];
  readonly key: string;
  /** The closest known key, when one is close enough to be a typo. */
  readonly suggestion?: string;
  readonly known: readonly string[];
}

interface Def {
  readonly type: string;
  readonly innerType?: z.ZodType;
  readonly shape?: Record<string, z.ZodType>;
  readonly element?: z.ZodType;
  readonly valueType?: z.ZodType;
}

function defOf(schema: z.ZodType): Def {
  return (schema as unknown as { _zod: { def: Def } })._zod.def;
}

function unwrap(schema: z.ZodType): z.ZodType {
  let s = schema;
  for (let i = 0; i < 10; i += 1) {
    const def = defOf(s);
    if (def.innerType && ['default', 'prefault', 'optional', 'nullable', 'readonly', 'catch'].includes(def.type)) s = def.innerType;
    else break;
  }
  return s;
}

/** Levenshtein distance, for "did you mean". */
export function editDistance(a: string, b: string): number {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i += 1) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j += 1) {
      const tmp = row[j]!;
      row[j] = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length]!;
}

export function closest(word: string, candidates: readonly string[]): string | undefined {
  const lower = word.toLowerCase();
  let best: { c: string; d: number } | undefined;
  for (const c of candidates) {
    const d = c.toLowerCase() === lower ? 0 : editDistance(lower, c.toLowerCase());
    if (!best || d < best.d || (d === best.d && c < best.c)) best = { c, d };
  }
  return best && best.d <= Math.max(2, Math.floor(word.length / 3)) ? best.c : undefined;
}

/** Keys the schema does not declare, anywhere in `value` (zod's objects strip them silently). */
export function findUnknownKeys(schema: z.ZodType, value: unknown, path: (string | number)[] = []): UnknownKey[] {
  const s = unwrap(schema);
  const def = defOf(s);
  const out: UnknownKey[] = [];
  if (def.type === 'object' && def.shape && value && typeof value === 'object' && !Array.isArray(value)) {
    const known = Object.keys(def.shape);
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) {
      const child = def.shape[key];
      if (!child) {
        const suggestion = closest(key, known);
        out.push({ path, key, known, ...(suggestion ? { suggestion } : {}) });
      } else out.push(...findUnknownKeys(child, v, [...path, key]));
    }
  } else if (def.type === 'array' && def.element && Array.isArray(value)) {
    value.forEach((item, i) => out.push(...findUnknownKeys(def.element!, item, [...path, i])));
  } else if (def.type === 'record' && def.valueType && value && typeof value === 'object') {
    for (const [key, v] of Object.entries(value as Record<string, unknown>)) out.push(...findUnknownKeys(def.valueType, v, [...path, key]));
  }
  return out;
}
