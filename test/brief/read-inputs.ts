import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import type { InputFile } from '../../src/index.js';

export const EXAMPLES = '/work/shared/examples';
const HERE = path.dirname(new URL(import.meta.url).pathname);

/** Example inputs named relative to the examples folder, the way a user in that folder would pass them. */
export function exampleInputs(name: string): InputFile[] {
  const names = name === 'fieldservice' ? readdirSync(path.join(EXAMPLES, 'fieldservice')).sort().map((f) => `fieldservice/${f}`) : [`${name}.md`];
  return names.map((p) => ({ path: p, content: readFileSync(path.join(EXAMPLES, p), 'utf8') }));
}

export function fixtureInput(name: string): InputFile {
  const p = path.join(HERE, '..', 'fixtures', 'briefs', `${name}.yaml`);
  return { path: `test/fixtures/briefs/${name}.yaml`, content: readFileSync(p, 'utf8') };
}

export function localInput(name: string): InputFile {
  return { path: name, content: readFileSync(path.join(HERE, name), 'utf8') };
}

/** The 1-based line of the first line containing `phrase` (so tests never hard-code line numbers). */
export function lineOf(input: InputFile, phrase: string): number {
  const i = input.content.split('\n').findIndex((l) => l.includes(phrase));
  if (i < 0) throw new Error(`phrase not in ${input.path}: ${phrase}`);
  return i + 1;
}
