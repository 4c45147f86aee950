import { createRequire } from 'node:module';
import type * as TS from 'typescript';
import { requireWithCodeCache } from './cached-require.js';

const require = createRequire(import.meta.url);

let loaded: typeof TS | undefined;

/**
 * The TypeScript compiler, loaded on the first call: a run that never needs it never pays for it.
 * Its 9 MB CommonJS bundle is loaded with V8's code cache (compiling it costs more than the review
 * of one changed file), with `require` semantics, never as ESM: importing the bundle from ESM makes
 * Node scan it for named exports first.
 */
export function loadCompiler(): typeof TS {
  return (loaded ??= requireWithCodeCache(require.resolve('typescript'), 'typescript') as typeof TS);
}
