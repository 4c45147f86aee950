import { createRequire } from 'node:module';
import type * as TS from 'typescript';

/**
 * The TypeScript compiler, loaded with `require`: importing its 9 MB CommonJS bundle from ESM makes
 * Node scan it for named exports first, which costs more than the review of a small repository.
 */
export const ts: typeof TS = createRequire(import.meta.url)('typescript') as typeof TS;
