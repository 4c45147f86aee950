import { isTestFile } from '../scan/scan-repository.js';
import { globToRegExp } from './glob.js';

export interface LayerConvention {
  readonly id: string;
  /** Folder names and file-name suffixes (`user_service.py`, `users.controller.ts`) that place code here. */
  readonly names: readonly string[];
  readonly mayDependOn: readonly string[];
}

/**
 * Conventional layers, top to bottom, and which may import which: routes → controllers → services →
 * repositories flow one way; models, config and shared code may be used from anywhere above them.
 */
export const DEFAULT_LAYERS: readonly LayerConvention[] = [
  { id: 'routes', names: ['routes', 'route', 'routers', 'router', 'endpoints', 'endpoint', 'api', 'urls', 'views'], mayDependOn: ['controllers', 'services', 'models', 'middleware', 'config', 'shared'] },
  { id: 'controllers', names: ['controllers', 'controller', 'handlers', 'handler', 'resolvers', 'resolver'], mayDependOn: ['services', 'models', 'config', 'shared'] },
  { id: 'middleware', names: ['middleware', 'middlewares', 'guards', 'guard', 'interceptors', 'plugins'], mayDependOn: ['services', 'models', 'config', 'shared'] },
  { id: 'services', names: ['services', 'service', 'usecases', 'use-cases', 'use_cases', 'usecase'], mayDependOn: ['repositories', 'models', 'config', 'shared'] },
  { id: 'repositories', names: ['repositories', 'repository', 'repos', 'repo', 'dal', 'dao', 'daos', 'data-access', 'data_access'], mayDependOn: ['models', 'config', 'shared'] },
  { id: 'models', names: ['models', 'model', 'schemas', 'schema', 'entities', 'entity', 'dto', 'dtos'], mayDependOn: ['config', 'shared'] },
  { id: 'config', names: ['config', 'configs', 'settings'], mayDependOn: ['shared'] },
  { id: 'shared', names: ['common', 'utils', 'util', 'lib', 'libs', 'helpers', 'helper', 'shared'], mayDependOn: ['config', 'models'] },
];

/** A configured mapping: layer id → glob patterns (`src/http/**`), checked before the conventions. */
export type LayerPatterns = Readonly<Record<string, readonly string[]>>;

const stemTokens = (path: string): string[] => {
  const base = path.slice(path.lastIndexOf('/') + 1).replace(/\.[^.]+$/, '');
  return base.split(/[._-]/).filter(Boolean).map((t) => t.toLowerCase());
};

/** Assigns each module to a layer: configured patterns first, then file-name suffix, then the nearest conventional folder. */
export function assignLayers(modules: readonly string[], patterns: LayerPatterns = {}, conventions: readonly LayerConvention[] = DEFAULT_LAYERS): Record<string, string> {
  const compiled = Object.entries(patterns).map(([id, globs]) => ({ id, res: globs.map(globToRegExp) }));
  const byName = new Map<string, string>();
  for (const c of conventions) for (const n of c.names) byName.set(n, c.id);
  const out: Record<string, string> = {};
  /** Folder → the layer of its nearest conventionally named folder (the same for all its files). */
  const folderOf = new Map<string, string | undefined>();
  for (let i = 0; i < modules.length; i++) {
    const path = modules[i]!;
    if (isTestFile(path)) continue;
    const configured = compiled.find((c) => c.res.some((re) => re.test(path)));
    if (configured) {
      out[path] = configured.id;
      continue;
    }
    if (compiled.length > 0 && conventions.length === 0) continue;
    const tokens = stemTokens(path);
    const suffix = tokens.length > 1 ? byName.get(tokens[tokens.length - 1]!) : undefined;
    if (suffix) {
      out[path] = suffix;
      continue;
    }
    const dir = path.slice(0, Math.max(0, path.lastIndexOf('/')));
    let folder = folderOf.get(dir);
    if (!folderOf.has(dir)) {
      folder = dir.split('/').reverse().map((d) => byName.get(d.toLowerCase())).find((id) => id !== undefined);
      folderOf.set(dir, folder);
    }
    const single = tokens.length === 1 ? byName.get(tokens[0]!) : undefined;
    const layer = folder ?? single;
    if (layer) out[path] = layer;
  }
  return out;
}

const layerNamesOf = new WeakMap<readonly LayerConvention[], ReadonlySet<string>>();
/** Per conventions list, the domain named by each file name (most names recur across folders). */
const domainsOf = new WeakMap<readonly LayerConvention[], Map<string, string>>();

/** Every folder and suffix name of the conventions, computed once per conventions list. */
function layerNamesFor(conventions: readonly LayerConvention[]): ReadonlySet<string> {
  let names = layerNamesOf.get(conventions);
  if (!names) {
    names = new Set(conventions.flatMap((c) => c.names));
    layerNamesOf.set(conventions, names);
  }
  return names;
}

/** The domain a module serves, from its file or feature-folder name: `services/user_service.py` → `user`. */
export function domainOf(path: string, conventions: readonly LayerConvention[] = DEFAULT_LAYERS): string {
  const base = path.slice(path.lastIndexOf('/') + 1);
  let byName = domainsOf.get(conventions);
  if (!byName) domainsOf.set(conventions, (byName = new Map()));
  const known = byName.get(base);
  if (known !== undefined) return known;
  const layerNames = layerNamesFor(conventions);
  const tokens = stemTokens(path).filter((t) => !layerNames.has(t) && t !== 'index' && t !== '__init__' && t !== 'init');
  if (tokens.length) {
    // Named by the file name alone: the same for every file of that name.
    const domain = singular(tokens.join('-').toLowerCase());
    byName.set(base, domain);
    return domain;
  }
  const dirs = path.split('/').slice(0, -1).reverse();
  return singular((dirs.find((d) => !layerNames.has(d.toLowerCase()) && d !== 'src' && d !== 'app') ?? 'core').toLowerCase());
}

export function singular(word: string): string {
  if (/ies$/.test(word) && word.length > 4) return `${word.slice(0, -3)}y`;
  if (/(ss|us|is)$/.test(word)) return word;
  if (/s$/.test(word) && word.length > 3) return word.slice(0, -1);
  return word;
}
