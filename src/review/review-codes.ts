import { defineCodes } from '../errors/define-codes.js';

/** User-facing codes of the `review/` stage. Never reuse a retired code. */
export const reviewCodes = defineCodes({});
