import { defineCodes } from '../errors/define-codes.js';

/** User-facing codes of the `compose/` stage. Never reuse a retired code. */
export const composeCodes = defineCodes({});
