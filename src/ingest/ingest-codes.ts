import { defineCodes } from '../errors/define-codes.js';

/** User-facing codes of the `ingest/` stage. Never reuse a retired code. */
export const ingestCodes = defineCodes({
  INGEST_TOO_LARGE: {
    severity: 'error',
    title: 'Input file too large',
    hint: 'Split the document, or pass only the schema and API drafts Archway should keep (limit: 5 MB per file).',
  },
  INGEST_SQL_SYNTAX: {
    severity: 'error',
    title: 'SQL draft does not parse as PostgreSQL',
    hint: 'Archway reads PostgreSQL DDL; fix the statement at the position shown or remove it from the draft.',
  },
  INGEST_SQL_UNSUPPORTED: {
    severity: 'warning',
    title: 'SQL draft uses a feature Archway does not carry into the design',
    hint: 'The statement is ignored; keep it in a hand-written migration, or express it as a column, key, CHECK or index.',
  },
  INGEST_SQL_TYPE: {
    severity: 'warning',
    title: 'Column type has no equivalent in the data model',
    hint: 'The column is kept with the nearest supported type; use one of uuid, text, varchar(n), integer, bigint, numeric, boolean, date, timestamptz, jsonb, text[], bytea, real, double precision.',
  },
  INGEST_SQL_DEFAULT: {
    severity: 'warning',
    title: 'Column default is not a constant or a known function',
    hint: 'The default is dropped; use a literal, now(), current_timestamp or gen_random_uuid().',
  },
  INGEST_SQL_DUPLICATE: {
    severity: 'error',
    title: 'Table defined twice in the drafts',
    hint: 'Keep one CREATE TABLE per table across all draft files.',
  },
  INGEST_OPENAPI_PARSE: {
    severity: 'error',
    title: 'OpenAPI draft is not valid YAML or JSON',
    hint: 'Fix the syntax at the line shown.',
  },
  INGEST_OPENAPI_REF: {
    severity: 'error',
    title: 'OpenAPI draft has a $ref that cannot be resolved',
    hint: 'Point the $ref at a schema under #/components in the same document; external and cyclic references are not followed.',
  },
  INGEST_OPENAPI_VERSION: {
    severity: 'error',
    title: 'Unsupported OpenAPI version',
    hint: 'Archway reads OpenAPI 3.0 and 3.1 documents; convert Swagger 2.0 first.',
  },
  INGEST_CONFLICT_FIELD: {
    severity: 'warning',
    title: 'API draft field has no column in the schema draft',
    hint: 'Add the column to the schema draft, or document the field as computed; the design keeps both drafts as written.',
  },
  INGEST_CONFLICT_PATH: {
    severity: 'warning',
    title: 'API draft path names a resource with no table in the schema draft',
    hint: 'Add the table to the schema draft, or rename the path segment after an existing table.',
  },
});

export type IngestCode = keyof typeof ingestCodes.specs;
