import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parseSources, takeStartedPool } from '../../src/review/parse/parse-pool.js';
import { startParsingAhead } from '../../src/review/start-parsing-ahead.js';
import type { ParseJob } from '../../src/review/parse/parse-sources.js';
import { languageOf } from '../../src/review/scan/walk-files.js';
import { plantedExpressService } from './fixtures/express-service.js';
import { plantedFastApiService } from './fixtures/fastapi-service.js';
import { writeRepo } from './fixtures/write-repo.js';

const roots: string[] = [];
afterAll(() => {
  for (const r of roots) rmSync(r, { recursive: true, force: true });
});

function jobsOf(files: Readonly<Record<string, string>>): ParseJob[] {
  const root = writeRepo(files);
  roots.push(root);
  return Object.keys(files).sort().flatMap((path, index) => {
    const language = languageOf(path);
    const text = readFileSync(join(root, path), 'utf8');
    return language ? [{ index, path, language, text }] : [];
  });
}

describe('parsing threads', () => {
  it('started ahead of a run with no cache are running once the start resolves (so the run takes that thread, not a second one)', async () => {
    const root = writeRepo(plantedExpressService());
    roots.push(root);
    await startParsingAhead(root);
    const pool = takeStartedPool();
    expect(pool).toBeDefined();
    pool!.close();
    // A run with a cache parses few files: nothing is started ahead of it, unless it is told to use none.
    mkdirSync(join(root, '.archway-cache'));
    writeFileSync(join(root, '.archway-cache/review-cache.json'), '{}');
    await startParsingAhead(root);
    expect(takeStartedPool()).toBeUndefined();
    await startParsingAhead(root, { cache: false });
    const uncached = takeStartedPool();
    expect(uncached).toBeDefined();
    uncached!.close();
  });

  it('extract exactly what the main thread extracts, for TypeScript and Python files', async () => {
    const jobs = jobsOf({ ...plantedExpressService(), ...plantedFastApiService(), 'src/broken.ts': 'export const = ;\n' });
    const byIndex = <T extends { index: number }>(r: readonly T[]): T[] => [...r].sort((a, b) => a.index - b.index);
    const single = await parseSources(jobs, undefined, 0);
    const pool = await parseSources(jobs, undefined, 2);
    expect(single.byThreads).toBe(0);
    expect(pool.byThreads).toBe(jobs.length);
    const here = byIndex(single.results);
    const threaded = byIndex(pool.results);
    expect(threaded.map((r) => r.index)).toEqual(jobs.map((j) => j.index));
    expect(threaded).toEqual(here);
    expect(here.some((r) => r.facts.routes.length > 0)).toBe(true);
    const broken = jobs.find((j) => j.path === 'src/broken.ts')!;
    expect(here.find((r) => r.index === broken.index)?.facts.syntaxError?.line).toBe(1);
  });

  it('reports progress until every file is parsed', async () => {
    const jobs = jobsOf(plantedExpressService());
    const seen: number[] = [];
    await parseSources(jobs, (done) => seen.push(done), 1);
    expect(seen.at(-1)).toBe(jobs.length);
  });
});
