import { briefCodes } from '../brief/brief-codes.js';
import { capacityCodes } from '../capacity/capacity-codes.js';
import { catalogCodes } from '../catalog/catalog-codes.js';
import { cliCodes } from '../cli/cli-codes.js';
import { composeCodes } from '../compose/compose-codes.js';
import { decideCodes } from '../decide/decide-codes.js';
import { ingestCodes } from '../ingest/ingest-codes.js';
import { packageCodes } from '../package/package-codes.js';
import { renderCodes } from '../render/render-codes.js';
import { reviewCodes } from '../review/review-codes.js';
import { serverCodes } from '../server/server-codes.js';
import { verifyCodes } from '../verify/verify-codes.js';
import type { CodeSpec } from './define-codes.js';

/** Every user-facing code, by stage. `docs/errors.md` is generated from this and kept in sync by a test. */
export const ERROR_CODES: Readonly<Record<string, Readonly<Record<string, CodeSpec>>>> = {
  brief: briefCodes.specs,
  ingest: ingestCodes.specs,
  capacity: capacityCodes.specs,
  catalog: catalogCodes.specs,
  decide: decideCodes.specs,
  compose: composeCodes.specs,
  render: renderCodes.specs,
  verify: verifyCodes.specs,
  package: packageCodes.specs,
  review: reviewCodes.specs,
  server: serverCodes.specs,
  cli: cliCodes.specs,
};
