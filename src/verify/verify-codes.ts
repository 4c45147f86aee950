import { defineCodes } from '../errors/define-codes.js';

/** User-facing codes of the `verify/` stage. Never reuse a retired code. */
export const verifyCodes = defineCodes({
  VERIFY_BAD_INPUT: {
    severity: 'error',
    title: 'Not an Archway package',
    hint: 'Pass the folder or ZIP that `archway design` wrote (it holds manifest.json, contracts/ and db/migrations/).',
  },
  VERIFY_MIGRATION_FAILED: {
    severity: 'error',
    title: 'A migration does not apply',
    hint: 'Fix the statement reported by PostgreSQL; every up and down migration must run in one transaction.',
  },
  VERIFY_MIGRATION_PAIR: {
    severity: 'error',
    title: 'Migration without its counterpart',
    hint: 'Every db/migrations/NNNN_name.up.sql needs a NNNN_name.down.sql that undoes it, and the reverse.',
  },
  VERIFY_DOWN_INCOMPLETE: {
    severity: 'error',
    title: 'Down migrations do not undo the up migrations',
    hint: 'Add the statements that reverse what up created, in reverse order, so the schema returns exactly to its prior state.',
  },
  VERIFY_TENANT_LEAK: {
    severity: 'error',
    title: 'Tenant isolation does not hold',
    hint: 'Enable and force row-level security with a tenant policy on every tenant-owned table, and connect as the non-owner application role.',
  },
  VERIFY_TENANT_CHECK: {
    severity: 'warning',
    title: 'Tenant isolation could not be exercised on a table',
    hint: 'The table needs values Archway cannot invent (for example a foreign key to a table it could not fill); check it by hand.',
  },
  VERIFY_OPENAPI_INVALID: {
    severity: 'error',
    title: 'OpenAPI document is invalid',
    hint: 'Fix the document at the path shown; it must validate as OpenAPI 3.1.',
  },
  VERIFY_OPENAPI_LINT: {
    severity: 'error',
    title: 'OpenAPI lint error',
    hint: 'Fix the problem Spectral reports (OpenAPI ruleset).',
  },
  VERIFY_OPENAPI_LINT_WARNING: {
    severity: 'warning',
    title: 'OpenAPI lint warning',
    hint: 'Consider fixing what Spectral reports (OpenAPI ruleset); warnings do not fail verification.',
  },
  VERIFY_ENTITY_TABLE: {
    severity: 'error',
    title: 'Entity without a table',
    hint: 'Every entity the endpoints serve needs a table in the data model and the migrations.',
  },
  VERIFY_ENTITY_ENDPOINTS: {
    severity: 'error',
    title: 'Entity without the endpoints its requirements need',
    hint: 'An entity named by a functional requirement needs at least a read or list endpoint.',
  },
  VERIFY_FIELD_COLUMN: {
    severity: 'error',
    title: 'Response field without a column',
    hint: 'Add the column, rename the field after an existing column, or mark the schema property `x-computed: true` with a description of how it is computed.',
  },
  VERIFY_TRACE: {
    severity: 'error',
    title: 'Requirement not traced',
    hint: 'Trace every functional requirement to an endpoint, or state why it has none (traceability note).',
  },
  VERIFY_DIAGRAM_CONTAINER: {
    severity: 'error',
    title: 'Diagram shows a container the model does not have',
    hint: 'Render the diagrams again from the model, or add the container to the model.',
  },
  VERIFY_ADR_INDEX: {
    severity: 'error',
    title: 'ADR index and ADR files disagree',
    hint: 'Every ADR file must be listed in docs/adr/README.md and every listed ADR must exist.',
  },
  VERIFY_MANIFEST_HASH: {
    severity: 'error',
    title: 'File does not match the manifest',
    hint: 'The file changed after design, or the manifest is stale; design again or restore the file.',
  },
  API_DIFF_BAD_DOCUMENT: {
    severity: 'error',
    title: 'Cannot read an OpenAPI document',
    hint: 'Pass two OpenAPI 3.0 or 3.1 documents (YAML or JSON) whose $refs resolve inside each document.',
  },
  VERIFY_DATABASE: {
    severity: 'error',
    title: 'Cannot use the database',
    hint: 'Check --database-url / DATABASE_URL: the user needs CREATEDB and CREATEROLE (or superuser) to make a throwaway database.',
  },
});
