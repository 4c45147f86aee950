import { defineCodes } from '../errors/define-codes.js';

/** User-facing codes of the `cli/` stage. Never reuse a retired code. */
export const cliCodes = defineCodes({});
