import type { Renderer } from '../renderer.js';
import { renderMigrations } from './render-migrations.js';

/** `db/migrations/NNNN_<name>.up.sql` / `.down.sql`: reversible PostgreSQL migrations. */
export const migrationsRenderer: Renderer = { id: 'migrations', render: renderMigrations };
