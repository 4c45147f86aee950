import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { requireWithCodeCache } from './parse/cached-require.js';

/** What the review and check commands run (review-engine.ts): the review's surface with the error helpers. */
export type ReviewEngine = typeof import('./review-engine.js');

/** The built bundle of the review engine (scripts/bundle.mjs), beside the built sources in dist/. */
const REVIEW_ENGINE_BUNDLE = fileURLToPath(new URL('../../vendor/review-engine.cjs', import.meta.url));

/**
 * The review engine for the commands: its bundle, loaded with V8's code cache, when Archway is built;
 * else (running from the TypeScript sources) its modules. The same code either way.
 */
export async function loadReviewEngine(): Promise<ReviewEngine> {
  if (!existsSync(REVIEW_ENGINE_BUNDLE)) return import('./review-engine.js');
  // Code loaded with a code cache cannot `import()` on Node 20: this module lends the bundle its
  // importer, for JavaScript check configs (check-config.ts).
  (globalThis as Record<symbol, ((url: string) => Promise<unknown>) | undefined>)[Symbol.for('archway.importModule')] ??= (url) => import(url);
  return requireWithCodeCache(REVIEW_ENGINE_BUNDLE, 'review-engine') as ReviewEngine;
}
