import { defineCodes } from '../errors/define-codes.js';

/** User-facing codes of the `render/` stage. Never reuse a retired code. */
export const renderCodes = defineCodes({});
