import type { HttpMethod } from '../../model/architecture.js';

// What the TypeScript readers look for beyond imports, shared by the compiler's reader
// (parse-typescript.ts) and the fast reader (parse-typescript-fast.ts, fast-code-facts.ts).

/** `app.get('/path', handler)`-style route methods (Express, Fastify, Hono). */
export const HTTP_METHODS: ReadonlySet<string> = new Set<HttpMethod>(['get', 'post', 'put', 'patch', 'delete']);
/** NestJS method decorators and the HTTP method each declares. */
export const NEST_METHODS: Readonly<Record<string, HttpMethod>> = { Get: 'get', Post: 'post', Put: 'put', Patch: 'patch', Delete: 'delete' };
/** The NestJS class decorator whose argument prefixes a controller's routes. */
export const NEST_CONTROLLER = 'Controller';
/** `.use('/prefix', router)` / `.route('/prefix', app)` mounts, and Fastify's `.route({...})` / `.register(plugin, { prefix })`. */
export const MOUNT_METHODS: ReadonlySet<string> = new Set(['use', 'route', 'register']);
/** Query-builder calls whose first argument names a table (`db.selectFrom('users')`). */
export const QUERY_BUILDERS: ReadonlySet<string> = new Set(['selectFrom', 'updateTable', 'deleteFrom', 'insertInto', 'from', 'table', 'into']);
/** A table name as a query builder's first argument. */
export const TABLE_NAME = /^[a-z_][\w]*$/i;
/** Conventional names of database handles; a call on one is data access. */
export const DB_HANDLE_NAMES: ReadonlySet<string> = new Set(['db', 'database', 'pool', 'knex', 'prisma', 'sql', 'conn', 'connection', 'trx', 'tx', 'em', 'entityManager', 'dataSource', 'session', 'cursor', 'engine', 'cur']);
