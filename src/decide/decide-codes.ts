import { defineCodes } from '../errors/define-codes.js';

/** User-facing codes of the `decide/` stage. Never reuse a retired code. */
export const decideCodes = defineCodes({});
