import { defineCodes } from '../errors/define-codes.js';

/** User-facing codes of the `ingest/` stage. Never reuse a retired code. */
export const ingestCodes = defineCodes({});
