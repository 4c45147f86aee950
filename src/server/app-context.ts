import type { Kysely } from 'kysely';
import type { Database } from '../store/schema.js';
import type { OpenDatabase } from '../store/open-database.js';
import type { AccessCache } from './auth/access-cache.js';
import type { AccessTokens } from './auth/access-tokens.js';
import type { KeyFacts } from './auth/authenticate.js';
import type { ServerConfig } from './config.js';
import type { JobQueue } from './jobs/job-queue.js';
import type { JobSignals } from './jobs/job-signals.js';
import type { Generator } from './services/generation-service.js';
import type { ServerMetrics } from './plugins/metrics.js';
import type { RateLimitStore } from './plugins/rate-limit-store.js';

/** The collaborators every route and service reaches, built once by `buildApp`. */
export interface AppContext {
  readonly config: ServerConfig;
  readonly database: OpenDatabase;
  readonly db: Kysely<Database>;
  readonly tokens: AccessTokens;
  /** Session/role facts (by session, user and organization) trusted for a few seconds; see AccessCache. */
  readonly sessions: AccessCache<{ readonly role: string | undefined }>;
  /** API keys by hash, trusted for a few seconds. */
  readonly apiKeys: AccessCache<KeyFacts>;
  readonly limits: RateLimitStore;
  readonly queue: JobQueue;
  readonly signals: JobSignals;
  readonly metrics: ServerMetrics;
  readonly generator: Generator;
}
