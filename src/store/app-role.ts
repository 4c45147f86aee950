/**
 * The role every tenant transaction switches to: not a superuser and not the owner of any table,
 * so PostgreSQL applies row-level security to it. It is created (NOLOGIN) by the first migration.
 */
export const APP_ROLE = 'archway_app';
