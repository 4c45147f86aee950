import { defineCodes } from '../errors/define-codes.js';

/** User-facing codes of the `server/` stage. Never reuse a retired code. */
export const serverCodes = defineCodes({});
