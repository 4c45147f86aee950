import { defineCodes } from '../errors/define-codes.js';

/** User-facing codes of the `package/` stage. Never reuse a retired code. */
export const packageCodes = defineCodes({});
