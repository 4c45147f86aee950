import { hash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { basename, join, relative, resolve } from 'node:path';
import { ArchwayError, type ArchwayIssue } from '../errors/issue.js';
import type { ArchitectureModel } from '../model/architecture.js';
import { GraphBuilder, type Resolution } from './graph/build-graph.js';
import { cyclicComponents, knownCyclicComponents } from './graph/find-cycles.js';
import { edgesDigest, graphDigest, keepRenderings, knownEdgesDigest, loadGraphResults, saveGraphResults, storedLayers } from './graph/graph-cache.js';
import { createPythonResolver } from './graph/resolve-python.js';
import { flushCompileCaches } from './parse/compile-cache.js';
import { DEFAULT_CACHE_DIR } from './parse/cache-file.js';
import { cacheOrder, emptyCache, loadCache, saveCache, serialiseEntry, type CacheOrder, type StoredCache } from './parse/cache-store.js';
import { parseFiles, type ParseOutcome } from './parse/parse-files.js';
import { MIN_FILES_PER_THREAD, parsingThreadsFor, startParsePool, takeStartedPool } from './parse/parse-pool.js';
import { assignLayers, DEFAULT_LAYERS, type LayerConvention, type LayerPatterns } from './recover/assign-layers.js';
import { recoverEndpoints } from './recover/recover-endpoints.js';
import { recoverModel } from './recover/recover-model.js';
import { reviewCodes } from './review-codes.js';
import { tenantTablesOf } from './rules/data-rules.js';
import type { Analysis, Edge, ModuleGraph, ParsedFile, RawImport, ScanResult } from './review-types.js';
import { cachedScan } from './scan/scan-cache.js';
import { walkFiles, type FolderListing } from './scan/walk-files.js';

export interface AnalyzeOptions {
  /** Where the incremental cache lives; default `<repo>/.archway-cache`. */
  readonly cacheDir?: string;
  /** `false` parses everything and writes no cache. */
  readonly cache?: boolean;
  /** Layer id → glob patterns, checked before the conventional names. */
  readonly layers?: LayerPatterns;
  readonly conventions?: readonly LayerConvention[];
  /** Called while parsing, for a progress bar. */
  readonly onProgress?: (done: number, total: number) => void;
  /**
   * Parsing threads besides the calling one. Default: one per further idle core (at most 7) when
   * at least 150 files per thread need parsing, else none.
   */
  readonly parseThreads?: number;
}

function assertDirectory(root: string): void {
  let isDir: boolean;
  try {
    isDir = statSync(root).isDirectory();
  } catch {
    throw new ArchwayError([reviewCodes.issue('REVIEW_PATH_NOT_FOUND', `no such folder: ${root}`, { path: root })]);
  }
  if (!isDir) throw new ArchwayError([reviewCodes.issue('REVIEW_NOT_A_DIRECTORY', `not a folder: ${root}`, { path: root })]);
}

/** The listed paths' digest (in order): the scan's and the resolutions' keys both start from it. */
const listingDigest = (paths: readonly string[]): string => hash('sha1', paths.join('\0'));

/** What stored resolutions hold for: the listing (its digest) and the manifests resolution reads. */
function resolveKeyOf(root: string, paths: readonly string[], listing: string): string {
  const parts: string[] = [listing];
  for (const p of paths) {
    if (!/(^|\/)(tsconfig[\w.-]*\.json|jsconfig\.json|package\.json)$/.test(p)) continue;
    let text: string;
    try {
      text = readFileSync(join(root, p), 'latin1');
    } catch {
      text = 'unreadable';
    }
    parts.push(p, text);
  }
  return hash('sha1', parts.join('\0'));
}

function readText(root: string, path: string): string {
  try {
    return readFileSync(join(root, path), 'utf8');
  } catch {
    return '';
  }
}

function projectName(root: string): string {
  try {
    const name = (JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { name?: unknown }).name;
    if (typeof name === 'string' && name) return name;
  } catch {
    // no package.json: the folder name names the system
  }
  return basename(root);
}

function sameListings(a: ReadonlyMap<string, FolderListing>, b: ReadonlyMap<string, FolderListing>): boolean {
  if (a.size !== b.size) return false;
  for (const [path, listing] of b) {
    const other = a.get(path);
    if (other === listing) continue;
    if (!other || other.mtimeMs !== listing.mtimeMs || other.gitignore !== listing.gitignore || other.entries.join('\0') !== listing.entries.join('\0')) return false;
  }
  return true;
}

/**
 * Each module's layer, and the graph's cycles made known to the rules: what an earlier run worked
 * out for the same graph (and layer settings) when the cache has it, else worked out and kept.
 */
function layersAndCycles(cacheDir: string, graph: ModuleGraph, layers: LayerPatterns | undefined, conventions: readonly LayerConvention[]): Readonly<Record<string, string>> {
  const digest = graphDigest(graph);
  const stored = loadGraphResults(cacheDir, digest);
  const key = JSON.stringify([layers ?? {}, conventions]);
  if (stored?.cycles) knownCyclicComponents(graph, false, stored.cycles);
  const known = storedLayers(stored, key);
  const layerOf = known ?? assignLayers(graph.modules, layers, conventions);
  if (!known || !stored?.cycles) saveGraphResults(cacheDir, stored, digest, { key, layerOf }, cyclicComponents(graph, false));
  keepRenderings(graph, cacheDir, hash('sha1', `${digest}\0${key}`), layerOf);
  return layerOf;
}

interface ScannedAndParsed {
  readonly scan: ScanResult;
  readonly stored: StoredCache;
  readonly parsed: ParseOutcome;
  readonly resolveKey: string;
  /** The folder listings to keep for the next run. */
  readonly folders: Map<string, FolderListing>;
  readonly graph: ModuleGraph;
  /** Every parsed file's resolution. */
  readonly known: Map<string, Resolution>;
  /** The parsed files' paths. */
  readonly sourcePaths: ReadonlySet<string>;
  /** The order the cache is saved in, when it is kept. */
  readonly order: CacheOrder | undefined;
  /** True when a cached entry was given a new resolution. */
  readonly resolutionsChanged: boolean;
}

/**
 * Lists and compares the files against the cache and reads the changed ones, which are parsed (on
 * a thread, when there are many) as they are read. Meanwhile this thread works out the rest of the
 * scan and resolves the imports of each file as it is parsed.
 */
async function scanParseAndResolve(root: string, cacheDir: string, useCache: boolean, options: AnalyzeOptions): Promise<ScannedAndParsed> {
  const stored = useCache ? loadCache(cacheDir) : emptyCache();
  const folders = new Map<string, FolderListing>();
  const insideRoot = relative(root, cacheDir);
  // Without a cache every file is parsed: a parsing thread starts now and loads its parser while the
  // files are listed (and is stopped if there are too few of them to pay for it).
  // A thread the command started ahead serves a run that parses everything with the default threads.
  const parseAll = stored.entries.size === 0 && options.parseThreads !== 0;
  const useAhead = parseAll && options.parseThreads === undefined;
  const ahead = takeStartedPool();
  if (ahead && !useAhead) ahead.close();
  let pool = parseAll ? ((useAhead ? ahead : undefined) ?? startParsePool(options.parseThreads ?? parsingThreadsFor(MIN_FILES_PER_THREAD))) : undefined;
  const walked = walkFiles(root, insideRoot && !insideRoot.startsWith('..') ? [insideRoot] : [], useCache ? { before: stored.folders, after: folders } : undefined);
  if (pool && options.parseThreads === undefined && parsingThreadsFor(walked.files.reduce((n, f) => (f.language ? n + 1 : n), 0)) === 0) {
    pool.close();
    pool = undefined;
  }
  let scan: ScanResult | undefined;
  let resolveKey = '';
  let sourcePaths: ReadonlySet<string> = new Set();
  let builder: GraphBuilder | undefined;
  const known = new Map<string, Resolution>();
  let order: CacheOrder | undefined;
  let resolutionsChanged = false;
  /** Gives resolved files their resolution in the cache and writes their stored lines, while the rest are parsed. */
  const settle = (files: readonly ParsedFile[]): void => {
    if (!order) return;
    for (const file of files) {
      const entry = stored.entries.get(file.path)!;
      const resolution = known.get(file.path)!;
      if (entry.resolution !== resolution) {
        entry.resolution = resolution;
        entry.line = undefined;
        resolutionsChanged = true;
      }
      serialiseEntry(entry, order);
    }
  };
  const parsed = await parseFiles(root, walked.files, stored.entries, {
    onProgress: options.onProgress,
    threads: options.parseThreads,
    ...(pool ? { pool } : {}),
    onRead: async (read) => {
      const paths = walked.files.map((f) => f.path);
      const listing = listingDigest(paths);
      scan = cachedScan(root, walked, listing, useCache ? cacheDir : undefined);
      resolveKey = resolveKeyOf(root, paths, listing);
      // Stored resolutions hold for the file list and manifests they were resolved with.
      if (stored.resolveKey === resolveKey) stored.entries.forEach((entry, path) => entry.resolution && !read.reparsed.has(path) && known.set(path, entry.resolution));
      sourcePaths = read.sourcePaths;
      if (useCache) order = cacheOrder(read.sourcePaths);
      const python = createPythonResolver(read.sourcePaths);
      const allPaths = scan.files.map((f) => f.path);
      const typescript = async () => (await import('./graph/resolve-typescript.js')).createTypeScriptResolver(root, allPaths, read.sourcePaths);
      const seeds = stored.resolveKey === resolveKey ? read.replaced : [];
      builder = new GraphBuilder({ typescript, python }, known, read.cached.filter((f) => known.has(f.path)), seeds);
      await builder.add(read.cached);
      settle(read.cached);
    },
    onParsed: async (files) => {
      await builder!.add(files);
      settle(files);
    },
  });
  const graph = builder!.graph(parsed.parsed);
  return { scan: scan!, stored, parsed, resolveKey, folders, graph, known, sourcePaths, order, resolutionsChanged };
}

const sameEdges = (a: readonly Edge[] | undefined, b: readonly Edge[] | undefined): boolean =>
  a !== undefined && b !== undefined && a.length === b.length && a.every((e, i) => e.to === b[i]!.to && e.line === b[i]!.line && e.kind === b[i]!.kind && e.typeOnly === b[i]!.typeOnly);

/**
 * True when the run's graph has the modules and edges of the graph whose digest the cache stored:
 * the same files, the same resolve key (so every unchanged file kept its stored resolution), and
 * each changed file with the edges it had.
 */
function sameGraphAsStored(run: ScannedAndParsed): boolean {
  const { stored, order, known } = run;
  if (!stored.graph || !stored.base || order?.key !== stored.base.orderKey || stored.resolveKey !== run.resolveKey) return false;
  return run.parsed.replaced.every((before) => sameEdges(before.resolution?.edges, known.get(before.parsed.path)?.edges));
}

/** Brings the cache up to date with this run (written only when something changed); an error message if it cannot be written. */
function updateCache(cacheDir: string, run: ScannedAndParsed, known: ReadonlyMap<string, Resolution>, order: CacheOrder, graph: string): string | undefined {
  const { stored, parsed: outcome } = run;
  let changed = run.resolutionsChanged || outcome.reparsed > 0 || outcome.stampsChanged || stored.resolveKey !== run.resolveKey || stored.entries.size !== outcome.parsed.length || stored.graph !== graph;
  for (let i = 0; i < outcome.parsed.length; i++) {
    const entry = stored.entries.get(outcome.parsed[i]!.path)!;
    const resolution = known.get(outcome.parsed[i]!.path)!;
    if (entry.resolution === resolution) continue;
    entry.resolution = resolution;
    entry.line = undefined;
    changed = true;
  }
  if (!sameListings(stored.folders, run.folders)) changed = true;
  return changed ? saveCache(cacheDir, { entries: stored.entries, resolveKey: run.resolveKey, folders: run.folders, graph, ...(stored.base ? { base: stored.base } : {}) }, order) : undefined;
}

/**
 * Runs the review pipeline up to the recovered architecture: scan → parse (cached by size and
 * modification time, confirmed by content hash)
 * → graph (compiler-grade resolution, each file's import targets cached) → layers, endpoints, model
 * (recovered when first read).
 * Throws `ArchwayError` only for a missing or non-folder path; every other problem is an issue.
 */
export async function analyzeRepository(path: string, options: AnalyzeOptions = {}): Promise<Analysis> {
  const root = resolve(path);
  assertDirectory(root);
  const cacheDir = resolve(root, options.cacheDir ?? DEFAULT_CACHE_DIR);
  const useCache = options.cache !== false;
  const run = await scanParseAndResolve(root, cacheDir, useCache, options);
  const { scan, parsed: parsedOutcome, graph, known } = run;
  const issues: ArchwayIssue[] = [...scan.issues];
  issues.push(...parsedOutcome.issues);
  const parsed = parsedOutcome.parsed;
  flushCompileCaches();

  const conventions = options.conventions ?? DEFAULT_LAYERS;
  // A graph the cache knows needs no new digest: an edit that moved no import keeps the kept results.
  if (useCache && sameGraphAsStored(run)) knownEdgesDigest(graph, run.stored.graph!);
  const layerOf = useCache ? layersAndCycles(cacheDir, graph, options.layers, conventions) : assignLayers(graph.modules, options.layers, conventions);
  const targetsOf = (file: ParsedFile, imp: RawImport): readonly string[] => known.get(file.path)?.targets[file.imports.indexOf(imp)] ?? [];
  const endpoints = recoverEndpoints(parsed, targetsOf);
  const sqlFiles = scan.files.filter((f) => f.path.endsWith('.sql')).map((f) => ({ text: readText(root, f.path) }));
  const tenantTables = [...tenantTablesOf({ parsed }, sqlFiles)].sort();

  const cacheError = run.order ? updateCache(cacheDir, run, known, run.order, edgesDigest(graph)) : undefined;
  if (cacheError) issues.push(reviewCodes.issue('REVIEW_CACHE_UNWRITABLE', `cannot write the cache: ${cacheError}`, { path: cacheDir }));
  let model: ArchitectureModel | undefined;
  return {
    scan, parsed, graph, layerOf, endpoints, tenantTables,
    // Recovered when first read: `archway check` never needs it.
    get model(): ArchitectureModel {
      return (model ??= recoverModel({ name: projectName(root), scan, parsed, graph, layerOf, endpoints, conventions, tenantTables }));
    },
    issues,
    stats: { files: scan.files.length, modules: graph.modules.length, edges: graph.edges.length, parsed: parsedOutcome.reparsed, cached: parsedOutcome.cached },
  };
}
