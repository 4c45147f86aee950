import { randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import cors from '@fastify/cors';
import helmet from '@fastify/helmet';
import fastifyStatic from '@fastify/static';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import Fastify, { type FastifyInstance } from 'fastify';
import { Redis } from 'ioredis';
import { identityRepository } from '../store/repositories/identity-repository.js';
import { jobsRepository } from '../store/repositories/jobs-repository.js';
import type { OpenDatabase } from '../store/open-database.js';
import { inSystem } from '../store/tenant-scope.js';
import type { AppContext } from './app-context.js';
import { AccessCache } from './auth/access-cache.js';
import { AccessTokens } from './auth/access-tokens.js';
import { randomToken } from './auth/secrets.js';
import type { ServerConfig } from './config.js';
import { bullmqQueue } from './jobs/bullmq-queue.js';
import { inProcessQueue, type JobQueue } from './jobs/job-queue.js';
import { JobSignals } from './jobs/job-signals.js';
import { runGenerationJob } from './jobs/run-generation-job.js';
import { registerAccessControl } from './plugins/access-control.js';
import { registerAuditTrail } from './plugins/audit-trail.js';
import { registerErrorEnvelope, sendError } from './plugins/error-envelope.js';
import { createMetrics, registerMetrics } from './plugins/metrics.js';
import { memoryRateLimitStore, redisRateLimitStore } from './plugins/rate-limit-store.js';
import { OneLineRequestLog } from './plugins/request-log.js';
import { registerTracing } from './plugins/tracing.js';
import { authRoutes } from './routes/auth-routes.js';
import { jsonSchema } from './routes/define-route.js';
import { documentRoutes } from './routes/document-routes.js';
import { exportRoutes } from './routes/export-routes.js';
import { healthRoutes } from './routes/health-routes.js';
import { jobRoutes } from './routes/job-routes.js';
import { orgRoutes } from './routes/org-routes.js';
import { projectRoutes } from './routes/project-routes.js';
import { errorEnvelopeSchema } from './schemas/entities.js';
import { libraryGenerator, type Generator } from './services/generation-service.js';

export interface AppDeps {
  readonly config: ServerConfig;
  /** An open, migrated database (see `openDatabase` and `migrateToLatest`). */
  readonly database: OpenDatabase;
  /** Defaults to BullMQ when `config.redisUrl` is set, else an in-process queue. */
  readonly queue?: JobQueue;
  /** Defaults to the Archway library's pipeline. */
  readonly generator?: Generator;
  /** pino logging; `false` silences it (tests). */
  readonly logger?: boolean;
}

/** Keys that never reach a log line. */
export const REDACTED_PATHS = [
  'req.headers.authorization',
  'req.headers["x-api-key"]',
  'req.headers.cookie',
  'res.headers["set-cookie"]',
  '*.password',
  '*.currentPassword',
  '*.newPassword',
  '*.refreshToken',
  '*.accessToken',
  '*.token',
  '*.key',
];

/**
 * Builds the Archway server without listening: routes under `/api/v1`, OpenAPI at `/docs/json`,
 * `/health`, `/ready`, `/metrics`, and the web app at `/` when it is built. Test it with
 * `app.inject()`; `startServer` (listen.ts) is the one place that listens.
 *
 * @example
 * const database = await openDatabase({ dataDir: 'memory://' });
 * await migrateToLatest(database.db);
 * const app = await buildApp({ config: loadConfig({}), database });
 * const res = await app.inject({ method: 'GET', url: '/health' }); // 200 {"status":"ok"}
 */
export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { config, database } = deps;
  const app = Fastify({
    logger: deps.logger === false ? false : { level: config.logLevel, redact: { paths: REDACTED_PATHS, censor: '[redacted]' } },
    bodyLimit: config.bodyLimitBytes,
    trustProxy: config.trustProxy,
    genReqId: () => randomUUID(),
    requestIdHeader: false,
    return503OnClosing: true,
    logController: new OneLineRequestLog(),
  });
  const redis = config.redisUrl ? new Redis(config.redisUrl, { maxRetriesPerRequest: 2, lazyConnect: false }) : undefined;
  const ctx: AppContext = {
    config,
    database,
    db: database.db,
    tokens: new AccessTokens(config.jwtSecret ?? (await storedSecret(database)), config.accessTokenTtlSec),
    sessions: new AccessCache(config.accessCacheMs),
    apiKeys: new AccessCache(config.accessCacheMs),
    limits: redis ? redisRateLimitStore(redis, config.redisPrefix) : memoryRateLimitStore(),
    queue: deps.queue ?? (config.redisUrl ? bullmqQueue(config.redisUrl, config.redisPrefix) : inProcessQueue()),
    signals: new JobSignals(),
    metrics: createMetrics(),
    generator: deps.generator ?? libraryGenerator,
  };
  const state = { closing: false };
  app.decorate('archway', ctx);

  app.addSchema({ $id: 'ErrorEnvelope', ...(jsonSchema(errorEnvelopeSchema, 'output') as object) });
  await app.register(helmet, {
    contentSecurityPolicy: {
      directives: { defaultSrc: ["'self'"], scriptSrc: ["'self'"], styleSrc: ["'self'", "'unsafe-inline'"], imgSrc: ["'self'", 'data:'], connectSrc: ["'self'"], fontSrc: ["'self'", 'data:'] },
    },
  });
  if (config.corsOrigins.length > 0) {
    await app.register(cors, { origin: [...config.corsOrigins], methods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'], exposedHeaders: ['ratelimit-limit', 'ratelimit-remaining', 'ratelimit-reset', 'retry-after', 'content-disposition'] });
  }
  await app.register(swagger, {
    openapi: {
      openapi: '3.0.3',
      info: { title: 'Archway API', version: '1.0.0', description: 'Organizations, projects through four steps, versioned documents, generation jobs with live progress, export.' },
      components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', bearerFormat: 'JWT' }, apiKey: { type: 'apiKey', in: 'header', name: 'x-api-key' } } },
    },
    refResolver: { buildLocalReference: (json, _baseUri, _fragment, i) => (typeof json.$id === 'string' ? json.$id : `def-${i}`) },
  });
  await app.register(swaggerUi, { routePrefix: '/docs' });

  app.addHook('onRequest', async (request, reply) => {
    reply.header('x-request-id', request.id);
  });
  registerErrorEnvelope(app);
  registerMetrics(app, ctx.metrics);
  registerTracing(app, config);
  registerAccessControl(app, ctx);
  registerAuditTrail(app, ctx);

  healthRoutes(app, ctx, state);
  authRoutes(app, ctx);
  orgRoutes(app, ctx);
  projectRoutes(app, ctx);
  documentRoutes(app, ctx);
  jobRoutes(app, ctx);
  exportRoutes(app, ctx);

  const hasWeb = existsSync(`${config.webDist}/index.html`);
  if (hasWeb) await app.register(fastifyStatic, { root: config.webDist, wildcard: false, index: ['index.html'] });
  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    const isApi = path.startsWith('/api/') || path === '/api' || path.startsWith('/docs');
    if (hasWeb && request.method === 'GET' && !isApi && !/\.[a-z0-9]+$/i.test(path)) return reply.type('text/html').sendFile('index.html');
    return sendError(reply, request, 404, 'NOT_FOUND', `No route ${request.method} ${path}.`, []);
  });

  app.addHook('onReady', async () => {
    ctx.queue.start((ref) => runGenerationJob(ctx, ref));
    await recoverJobs(ctx, app);
  });
  app.addHook('preClose', async () => {
    state.closing = true;
    for (const stream of ctx.signals.streams) stream.abort();
  });
  app.addHook('onClose', async () => {
    await ctx.queue.close();
    await ctx.limits.close();
    await redis?.quit().catch(() => undefined);
  });
  return app;
}

/** A JWT secret generated on first start and kept in the database, so tokens survive restarts. */
async function storedSecret(database: OpenDatabase): Promise<string> {
  return inSystem(database.db, async (trx) => {
    await identityRepository.systemPutSettingIfAbsent(trx, 'jwt_secret', randomToken(48));
    return (await identityRepository.systemGetSetting(trx, 'jwt_secret'))!;
  });
}

/** Jobs survive a restart: queued ones are enqueued again, running ones without a heartbeat are marked failed. */
async function recoverJobs(ctx: AppContext, app: FastifyInstance): Promise<void> {
  const lease = ctx.queue.kind === 'in-process' ? 0 : ctx.config.jobLeaseMs;
  const { failed, queued } = await inSystem(ctx.db, (trx) => jobsRepository.systemRecover(trx, lease, 'The server stopped while this job was running; start it again.'));
  for (const j of failed) ctx.signals.notify(j.id);
  for (const j of queued) await ctx.queue.enqueue({ orgId: j.org_id, jobId: j.id });
  if (failed.length + queued.length > 0) app.log.info({ failed: failed.length, requeued: queued.length }, 'jobs recovered after start');
}

declare module 'fastify' {
  interface FastifyInstance {
    archway: AppContext;
  }
}
