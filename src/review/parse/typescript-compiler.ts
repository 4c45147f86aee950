import type * as TS from 'typescript';
import { loadCompiler } from './typescript-loader.js';

/** The TypeScript compiler, for the modules that parse with it (loaded when one of them is). */
export const ts: typeof TS = loadCompiler();
