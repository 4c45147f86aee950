import { hash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { basename, join } from 'node:path';
import { codeDigest } from '../code-digest.js';
import { writeCacheFile } from '../parse/cache-file.js';
import type { ModuleGraph } from '../review-types.js';

/**
 * What follows from the module graph alone (and the layer settings) — each module's layer, the
 * cycles and the graph's renderings — kept in the cache folder under a digest of the graph (and of
 * the code that works them out): a run whose graph is the one an earlier run had (an edit that
 * moved no import) reuses them instead of working them out again.
 */
const FILE = 'review-graph.json';
const VERSION = 1;
/** Layer assignments kept for this many layer settings (a review and a check with a config differ). */
const LAYER_SETTINGS = 4;

export interface GraphResults {
  /** Digest of the modules and edges these results are for. */
  readonly graph: string;
  /** Module → layer, per layer settings (`layersKey`). */
  readonly layers: readonly { readonly key: string; readonly layerOf: Readonly<Record<string, string>> }[];
  /** The cycles' components, type-only imports not counted (see `cyclicComponents`). */
  readonly cycles?: readonly (readonly string[])[];
}

const digests = new WeakMap<ModuleGraph, string>();
const edgeDigests = new WeakMap<ModuleGraph, string>();

let code: string | undefined;

/**
 * What the kept results also depend on: the source of the code that works them out (layers,
 * cycles, renderings, the text order they sort by) and the version of the Unicode data that orders
 * text other than printable ASCII. A changed Archway never reuses what another one worked out.
 */
function codeKey(): string {
  return (code ??= codeDigest(import.meta.url, ['../recover/assign-layers', './find-cycles', '../report/graph-formats', '../compare-text'], [process.versions.icu ?? '', process.versions.unicode ?? '']));
}

/** Where a graph's renderings may be kept, and the layer assignment they are kept for (see `keptRendering`). */
const renderings = new WeakMap<ModuleGraph, { readonly dir: string; readonly key: string; readonly layerOf: Readonly<Record<string, string>> }>();

/** Lets renderings of this graph with this layer assignment be kept in the cache folder under `key`. */
export function keepRenderings(graph: ModuleGraph, dir: string, key: string, layerOf: Readonly<Record<string, string>>): void {
  renderings.set(graph, { dir, key, layerOf });
}

/**
 * A rendering of the graph (`format` names it): the one kept from an earlier run of the same graph
 * and layers when there is one, else rendered now and kept. Without a cache folder, rendered now.
 */
export function keptRendering(graph: ModuleGraph, layerOf: Readonly<Record<string, string>>, format: string, render: () => string): string {
  const file = keptRenderingFile(graph, layerOf, format, render);
  if (file) {
    try {
      return readFileSync(file, 'utf8');
    } catch {
      // removed since (by a run of another graph): rendered below
    }
  }
  return render();
}

/**
 * The kept file that holds exactly the graph's rendering in `format` (rendered and kept now when
 * no run kept it yet), so a caller may copy the file instead of reading it; undefined without a
 * cache folder or when it cannot be written. The file is named by the graph's key: a run of another
 * graph keeps its own (and removes the older ones of the format).
 */
export function keptRenderingFile(graph: ModuleGraph, layerOf: Readonly<Record<string, string>>, format: string, render: () => string): string | undefined {
  const store = renderings.get(graph);
  if (!store || store.layerOf !== layerOf) return undefined;
  const prefix = `review-rendering.${format}.`;
  const file = join(store.dir, `${prefix}${store.key}`);
  if (existsSync(file)) return file;
  try {
    writeCacheFile(file, render());
    // Older renderings of the format, and one kept the way earlier versions did (`review-rendering.<format>`).
    for (const name of readdirSync(store.dir)) {
      if ((name.startsWith(prefix) || name === prefix.slice(0, -1)) && name !== basename(file) && !name.endsWith('.tmp')) rmSync(join(store.dir, name), { force: true });
    }
    return file;
  } catch {
    return undefined;
  }
}

/**
 * A digest of the graph's modules and edges (everything about an edge the results depend on),
 * worked out once per graph, or the one `knownEdgesDigest` gave for it.
 */
export function edgesDigest(graph: ModuleGraph): string {
  let digest = edgeDigests.get(graph);
  if (!digest) {
    const parts: string[] = [graph.modules.join('\n')];
    for (let i = 0; i < graph.edges.length; i++) {
      const e = graph.edges[i]!;
      parts.push(`${e.from}\0${e.to}\0${e.line}\0${e.kind}\0${e.typeOnly ? 1 : 0}`);
    }
    digest = hash('sha1', parts.join('\n'));
    edgeDigests.set(graph, digest);
  }
  return digest;
}

/**
 * Gives the `edgesDigest` of a graph known to have the modules and edges of one whose digest was
 * stored (the cache stores its graph's): it is not worked out again.
 */
export function knownEdgesDigest(graph: ModuleGraph, digest: string): void {
  edgeDigests.set(graph, digest);
}

/** The key the results of the graph are kept under: its `edgesDigest` and the code that works them out. */
export function graphDigest(graph: ModuleGraph): string {
  let digest = digests.get(graph);
  if (!digest) {
    digest = hash('sha1', `${codeKey()}\n${edgesDigest(graph)}`);
    digests.set(graph, digest);
  }
  return digest;
}

/** The results stored for this graph, if the cache folder has them. */
export function loadGraphResults(dir: string, digest: string): GraphResults | undefined {
  try {
    const data = JSON.parse(readFileSync(join(dir, FILE), 'utf8')) as GraphResults & { version?: number };
    return data.version === VERSION && data.graph === digest && Array.isArray(data.layers) ? data : undefined;
  } catch {
    return undefined;
  }
}

/** The layer assignment stored for these settings. */
export function storedLayers(results: GraphResults | undefined, key: string): Readonly<Record<string, string>> | undefined {
  return results?.layers.find((l) => l.key === key)?.layerOf;
}

/** Stores the results for a graph (the newest layer settings first); an unwritable folder only means working them out again. */
export function saveGraphResults(dir: string, before: GraphResults | undefined, digest: string, layers: { key: string; layerOf: Readonly<Record<string, string>> }, cycles: readonly (readonly string[])[]): void {
  const kept = before?.graph === digest ? before.layers.filter((l) => l.key !== layers.key) : [];
  const body = { version: VERSION, graph: digest, layers: [layers, ...kept].slice(0, LAYER_SETTINGS), cycles };
  try {
    writeCacheFile(join(dir, FILE), JSON.stringify(body));
  } catch {
    // worked out again next time
  }
}
