import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { briefSchema, type BriefInput } from '../../src/brief/brief-schema.js';
import type { UnderstoodBrief } from '../../src/brief/understood-brief.js';

/** A brief fixture from test/fixtures/briefs, validated and wrapped as the brief stage would. */
export function understoodFixture(name: string): UnderstoodBrief {
  const path = fileURLToPath(new URL(`../fixtures/briefs/${name}.yaml`, import.meta.url));
  return understood(parse(readFileSync(path, 'utf8')) as BriefInput);
}

/** Wraps a small inline brief (validated with the real schema) as an understood brief. */
export function understood(input: BriefInput): UnderstoodBrief {
  return { brief: briefSchema.parse(input), provenance: {}, assumptions: [], questions: [], issues: [] };
}
