import type { RowPlan } from './synthetic-row.js';

// The tenant-isolation checks run hundreds of statements (a row per table, a count per table, ...).
// Sent one by one, each costs a round trip from this thread through the database worker and back;
// these two temporary functions run a whole series inside the database instead. They are created in
// the check's transaction, which is rolled back, and run with the caller's role (SECURITY INVOKER),
// so grants and row-level security apply exactly as to statements sent from here. Each statement
// runs in its own subtransaction, as a SAVEPOINT would, and a failure is reported with PostgreSQL's
// message (SQLERRM is the message a client sees).

/** `pg_temp.archway_verify_fill(plans jsonb, made jsonb)`: inserts one row per plan, in order. */
export const FILL_FUNCTION = 'pg_temp.archway_verify_fill';
/** `pg_temp.archway_verify_try(statements text[])`: runs each statement; NULL or the error for each. */
export const TRY_FUNCTION = 'pg_temp.archway_verify_try';

/**
 * Each plan's row is completed as fillRow does (references from the rows made so far, then the
 * plan's values), inserted with `RETURNING`, and added to the rows made; a plan whose required
 * reference has no row, or whose insert fails, is reported instead. Returns
 * `{ made: { table: row }, failed: [[table, message], ...] }` in plan order.
 */
const CREATE_FILL = `CREATE FUNCTION ${FILL_FUNCTION}(plans jsonb, made jsonb) RETURNS jsonb LANGUAGE plpgsql AS $fill$
DECLARE
  plan jsonb;
  ref jsonb;
  target jsonb;
  pair jsonb;
  cols text[];
  vals text[];
  at integer;
  i integer;
  missing boolean;
  inserted jsonb;
  failed jsonb := '[]';
BEGIN
  FOR plan IN SELECT value FROM jsonb_array_elements(plans) LOOP
    cols := '{}';
    vals := '{}';
    missing := false;
    FOR ref IN SELECT value FROM jsonb_array_elements(plan->'references') LOOP
      target := made->(ref->>'table');
      IF target IS NULL THEN
        IF (ref->>'required')::boolean THEN missing := true; EXIT; END IF;
        CONTINUE;
      END IF;
      FOR i IN 0 .. jsonb_array_length(ref->'columns') - 1 LOOP
        at := array_position(cols, ref->'columns'->>i);
        IF at IS NULL THEN
          cols := cols || (ref->'columns'->>i);
          vals := vals || (target->>(ref->'refColumns'->>i));
        ELSE
          vals[at] := target->>(ref->'refColumns'->>i);
        END IF;
      END LOOP;
    END LOOP;
    IF missing THEN
      failed := failed || jsonb_build_array(jsonb_build_array(plan->>'table', 'a referenced table could not be filled'));
      CONTINUE;
    END IF;
    FOR pair IN SELECT value FROM jsonb_array_elements(plan->'values') LOOP
      IF array_position(cols, pair->>0) IS NULL THEN
        cols := cols || (pair->>0);
        vals := vals || (pair->1 #>> '{}');
      END IF;
    END LOOP;
    BEGIN
      IF cardinality(cols) = 0 THEN
        EXECUTE format('INSERT INTO %I AS archway_row DEFAULT VALUES RETURNING to_jsonb(archway_row.*)', plan->>'table') INTO inserted;
      ELSE
        EXECUTE format('INSERT INTO %I AS archway_row (%s) VALUES (%s) RETURNING to_jsonb(archway_row.*)', plan->>'table',
          (SELECT string_agg(quote_ident(c), ', ' ORDER BY n) FROM unnest(cols) WITH ORDINALITY AS u(c, n)),
          (SELECT string_agg(quote_nullable(v), ', ' ORDER BY n) FROM unnest(vals) WITH ORDINALITY AS u(v, n))) INTO inserted;
      END IF;
      made := made || jsonb_build_object(plan->>'table', coalesce(inserted, '{}'));
    EXCEPTION WHEN OTHERS THEN
      failed := failed || jsonb_build_array(jsonb_build_array(plan->>'table', SQLERRM));
    END;
  END LOOP;
  RETURN jsonb_build_object('made', made, 'failed', failed);
END
$fill$`;

const CREATE_TRY = `CREATE FUNCTION ${TRY_FUNCTION}(statements text[]) RETURNS text[] LANGUAGE plpgsql AS $try$
DECLARE
  statement text;
  errors text[] := '{}';
BEGIN
  FOREACH statement IN ARRAY statements LOOP
    BEGIN
      EXECUTE statement;
      errors := errors || NULL::text;
    EXCEPTION WHEN OTHERS THEN
      errors := errors || SQLERRM;
    END;
  END LOOP;
  RETURN errors;
END
$try$`;

export const createFill = (): string => CREATE_FILL;
export const createTry = (): string => CREATE_TRY;

/** The plans as the fill function reads them. */
export function plansJson(plans: readonly RowPlan[]): string {
  return JSON.stringify(plans.map((p) => ({ table: p.table, references: p.references, values: p.values })));
}

/** The fill function's answer: rows made by table, and the plans that failed with why. */
export interface FillResult {
  readonly made: Map<string, Record<string, unknown>>;
  readonly failed: ReadonlyMap<string, string>;
}

export function readFill(value: unknown): FillResult {
  const parsed = (typeof value === 'string' ? JSON.parse(value) : value) as { made: Record<string, Record<string, unknown>>; failed: [string, string][] };
  return { made: new Map(Object.entries(parsed.made)), failed: new Map(parsed.failed) };
}
