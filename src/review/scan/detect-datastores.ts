import type { DatastoreFact } from '../review-types.js';
import { DATASTORE_HINTS, knownPackage } from './known-packages.js';
import { compareText } from '../compare-text.js';
import type { ReadText } from './detect-stack.js';

const base = (p: string): string => p.slice(p.lastIndexOf('/') + 1);

function dependencyNames(path: string, text: string): string[] {
  const name = base(path);
  if (name === 'package.json') {
    try {
      const pkg = JSON.parse(text) as { dependencies?: object; devDependencies?: object };
      return Object.keys({ ...pkg.dependencies });
    } catch {
      return [];
    }
  }
  return [...text.matchAll(/^\s*"?([A-Za-z0-9_.-]+)/gm)].map((m) => m[1]!.toLowerCase());
}

function hint(value: string): (typeof DATASTORE_HINTS)[number] | undefined {
  return DATASTORE_HINTS.find((h) => h.pattern.test(value.toLowerCase()));
}

export const isComposeFile = (path: string): boolean => /(^|\/)(docker-)?compose[\w.-]*\.ya?ml$/.test(path);
export const isEnvFile = (path: string): boolean => /(^|\/)\.env(\.[\w-]+)?$|\.env\.(example|sample|template)$/.test(path);

/** Databases, caches, brokers and stores, from dependencies, compose images and connection strings in env files. */
export function detectDatastores(paths: readonly string[], read: ReadText): DatastoreFact[] {
  const facts: DatastoreFact[] = [];
  for (const path of paths) {
    const name = base(path);
    if (name === 'package.json' || name === 'pyproject.toml' || /^requirements[\w.-]*\.txt$/.test(name)) {
      for (const dep of dependencyNames(path, read(path) ?? '')) {
        const store = knownPackage(dep)?.datastore;
        if (store) facts.push({ ...store, source: path });
      }
    } else if (isComposeFile(path)) {
      for (const m of (read(path) ?? '').matchAll(/^\s*image:\s*["']?([^\s"']+)/gm)) {
        const h = hint(m[1]!.replace(/^(docker\.io\/|library\/)/, ''));
        if (h) facts.push({ kind: h.kind, name: h.name, source: path });
      }
    } else if (isEnvFile(path)) {
      for (const m of (read(path) ?? '').matchAll(/=\s*["']?([a-z][a-z0-9+.-]*):\/\//gim)) {
        const h = hint(m[1]!);
        if (h) facts.push({ kind: h.kind, name: h.name, source: path });
      }
    }
  }
  const seen = new Map<string, DatastoreFact>();
  for (const f of facts) if (!seen.has(f.name)) seen.set(f.name, f);
  return [...seen.values()].sort((a, b) => compareText(a.kind, b.kind) || compareText(a.name, b.name));
}
