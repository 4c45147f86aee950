import { defineCodes } from '../errors/define-codes.js';

/** User-facing codes of the `capacity/` stage. Never reuse a retired code. */
export const capacityCodes = defineCodes({});
