import { existsSync } from 'node:fs';
import { join } from 'node:path';

/** The config file names `archway check` looks for in a repository, in this order. */
export const CONFIG_FILES = ['archway.config.json', 'archway.config.yaml', 'archway.config.yml', 'archway.config.mjs'];

/** The repository's config file, if it has one. Kept apart from the schema so a run without one never loads it. */
export function findCheckConfig(root: string): string | undefined {
  return CONFIG_FILES.map((n) => join(root, n)).find((f) => existsSync(f));
}
