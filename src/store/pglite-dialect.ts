import type { PGlite } from '@electric-sql/pglite';
import { PostgresDialect, type PostgresPool, type PostgresPoolClient, type PostgresQueryResult } from 'kysely';

/**
 * A Kysely dialect over PGlite: PGlite has one connection, so `connect()` hands it out to one
 * caller at a time (a FIFO lock). A transaction therefore never interleaves with another query.
 */
export function pgliteDialect(pg: PGlite): PostgresDialect {
  return new PostgresDialect({ pool: new PglitePool(pg) });
}

class PglitePool implements PostgresPool {
  private tail: Promise<void> = Promise.resolve();

  constructor(private readonly pg: PGlite) {}

  async connect(): Promise<PostgresPoolClient> {
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const previous = this.tail;
    this.tail = previous.then(() => held);
    await previous;
    const pg = this.pg;
    let released = false;
    const client = {
      async query<R>(text: string, parameters: readonly unknown[]): Promise<PostgresQueryResult<R>> {
        // Without parameters the simple protocol runs (as with `pg`), so a migration may hold several statements.
        const result = parameters.length === 0 ? (await pg.exec(text)).at(-1) : await pg.query<R>(text, parameters as unknown[]);
        const rows = (result?.rows ?? []) as R[];
        return { command: commandOf(text), rowCount: result?.affectedRows ?? rows.length, rows };
      },
      release(): void {
        if (released) return;
        released = true;
        release();
      },
    };
    return client as unknown as PostgresPoolClient;
  }

  async end(): Promise<void> {
    // PGlite is closed by whoever opened it (see open-database.ts).
  }
}

function commandOf(text: string): PostgresQueryResult<unknown>['command'] {
  const word = text.trimStart().slice(0, 6).toUpperCase();
  if (word.startsWith('INSERT')) return 'INSERT';
  if (word.startsWith('UPDATE')) return 'UPDATE';
  if (word.startsWith('DELETE')) return 'DELETE';
  if (word.startsWith('MERGE')) return 'MERGE';
  return 'SELECT';
}
