import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { readBrief } from '../../src/brief/read-brief.js';
import type { UnderstoodBrief } from '../../src/brief/understood-brief.js';

const EXAMPLES = '/work/shared/examples';

/** Reads an example exactly as a user hands it over: one Markdown file, or every file of a folder. */
export async function readExample(name: string): Promise<UnderstoodBrief> {
  const path = join(EXAMPLES, name);
  const files = statSync(path).isDirectory() ? readdirSync(path).sort().map((f) => join(name, f)) : [`${name}`];
  return readBrief(files.map((f) => ({ path: f, content: readFileSync(join(EXAMPLES, f), 'utf8') })));
}
