import { existsSync, readFileSync } from 'node:fs';
import { dirname, isAbsolute, join, resolve } from 'node:path';
import { parse, type ParseError } from 'jsonc-parser';

/**
 * The compiler options that change where a local specifier resolves. A config that sets none of
 * them (nor any config it extends) resolves local imports with the compiler's defaults, and the
 * review reads its imports without loading the compiler (resolve-typescript.ts).
 */
const RESOLUTION_OPTION = /"(?:paths|baseUrl|rootDirs|moduleSuffixes|noDtsResolution)"\s*:/i;

/** The config files an `extends` entry of the config in `dir` may name, in the compiler's order, or undefined for a package it resolves itself. */
function extendsTargets(entry: string, dir: string): string[] | undefined {
  if (entry.startsWith('.') || isAbsolute(entry)) {
    const path = resolve(dir, entry);
    return path.endsWith('.json') ? [path] : [path, `${path}.json`];
  }
  // A package (`@tsconfig/node20`, `@tsconfig/node20/tsconfig.json`), from the nearest
  // node_modules holding it, when its package maps nothing (no `exports`, no `tsconfig` field):
  // the compiler then reads the file named, or the package's own tsconfig.json.
  const parts = entry.split('/');
  const nameParts = entry.startsWith('@') ? 2 : 1;
  const name = parts.slice(0, nameParts).join('/');
  const subpath = parts.slice(nameParts).join('/');
  if (subpath && !subpath.endsWith('.json')) return undefined;
  for (let at = dir; ; at = dirname(at)) {
    const folder = join(at, 'node_modules', name);
    if (existsSync(join(folder, 'package.json'))) {
      try {
        const pkg = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as Record<string, unknown>;
        if (pkg.exports !== undefined || pkg.tsconfig !== undefined) return undefined;
        return [join(folder, subpath || 'tsconfig.json')];
      } catch {
        return undefined;
      }
    }
    if (dirname(at) === at) return undefined;
  }
}

/**
 * True when the config file at `file` and every config it extends set none of the options that
 * change local resolution; false when one may; undefined when only the compiler can tell (a config
 * it cannot read or parse, an `extends` it cannot find, a cycle).
 */
export function resolvesWithDefaults(file: string, seen: ReadonlySet<string> = new Set()): boolean | undefined {
  if (seen.has(file)) return undefined;
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    return undefined;
  }
  if (RESOLUTION_OPTION.test(text)) return false;
  const errors: ParseError[] = [];
  const config = parse(text, errors, { allowTrailingComma: true, disallowComments: false }) as { extends?: unknown } | undefined;
  if (errors.length || typeof config !== 'object' || config === null) return undefined;
  const entries = config.extends === undefined ? [] : Array.isArray(config.extends) ? config.extends : [config.extends];
  const chain = new Set([...seen, file]);
  for (const entry of entries) {
    if (typeof entry !== 'string') return undefined;
    const target = extendsTargets(entry, dirname(file))?.find((candidate) => existsSync(candidate));
    if (!target) return undefined;
    const base = resolvesWithDefaults(target, chain);
    if (base !== true) return base;
  }
  return true;
}
