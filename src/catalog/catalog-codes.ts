import { defineCodes } from '../errors/define-codes.js';

/** User-facing codes of the `catalog/` stage. Never reuse a retired code. */
export const catalogCodes = defineCodes({});
