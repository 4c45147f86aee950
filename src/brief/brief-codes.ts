import { defineCodes } from '../errors/define-codes.js';

/** User-facing codes of the `brief/` stage. Never reuse a retired code. */
export const briefCodes = defineCodes({});
