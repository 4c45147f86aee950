import { defineCodes } from '../errors/define-codes.js';

/** User-facing codes of the `verify/` stage. Never reuse a retired code. */
export const verifyCodes = defineCodes({});
