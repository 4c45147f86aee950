import { resolve } from 'node:path';

export interface RateRule {
  /** Requests allowed per window. */
  readonly max: number;
  readonly windowMs: number;
}

export interface Quotas {
  readonly projects: number;
  readonly documents: number;
  readonly concurrentJobs: number;
  readonly storageBytes: number;
}

/** Everything the server reads from its environment, resolved once at start (12-factor). */
export interface ServerConfig {
  readonly host: string;
  readonly port: number;
  /** PGlite's folder (`memory://` for tests); ignored when `databaseUrl` is set. */
  readonly dataDir: string;
  readonly databaseUrl?: string;
  readonly redisUrl?: string;
  /** Prefix of every Redis key (rate limits, queue), so instances or tests can share one Redis. */
  readonly redisPrefix: string;
  /** Allowed CORS origins; empty = same-origin only. */
  readonly corsOrigins: readonly string[];
  readonly bodyLimitBytes: number;
  /** HS256 secret for access tokens; when absent one is generated and kept in the database. */
  readonly jwtSecret?: string;
  readonly accessTokenTtlSec: number;
  readonly refreshTokenTtlSec: number;
  readonly rateLimits: { readonly global: RateRule; readonly org: RateRule; readonly project: RateRule; readonly auth: RateRule };
  readonly quotas: Quotas;
  /** The built web app (served at `/` when the folder exists). */
  readonly webDist: string;
  readonly logLevel: string;
  readonly otlpEndpoint?: string;
  readonly sseHeartbeatMs: number;
  /** How long a running job may go without a heartbeat before a restart marks it failed. */
  readonly jobLeaseMs: number;
  readonly trustProxy: boolean;
  /** Connections in the `pg` pool (PostgreSQL server only). */
  readonly poolSize: number;
  /** How long this instance trusts a session/role or API-key lookup before reading it again; 0 = always read. */
  readonly accessCacheMs: number;
}

export interface ConfigFlags {
  readonly port?: number;
  readonly host?: string;
  readonly dataDir?: string;
}

const num = (v: string | undefined, fallback: number): number => {
  const n = v === undefined || v === '' ? Number.NaN : Number(v);
  return Number.isFinite(n) ? n : fallback;
};

/** Reads `PORT`, `HOST`, `ARCHWAY_DATA_DIR`, `DATABASE_URL`, `REDIS_URL`, … with flags taking precedence. */
export function loadConfig(env: Readonly<Record<string, string | undefined>>, flags: ConfigFlags = {}, cwd = process.cwd()): ServerConfig {
  // Fixed windows aligned to the clock; ARCHWAY_RATE_WINDOW_SECONDS changes their length (default one minute).
  const minute = num(env.ARCHWAY_RATE_WINDOW_SECONDS, 60) * 1000;
  return {
    host: flags.host ?? env.HOST ?? '127.0.0.1',
    port: flags.port ?? num(env.PORT, 3000),
    dataDir: resolveDir(flags.dataDir ?? env.ARCHWAY_DATA_DIR ?? '.archway', cwd),
    ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {}),
    ...(env.REDIS_URL ? { redisUrl: env.REDIS_URL } : {}),
    redisPrefix: env.ARCHWAY_REDIS_PREFIX ?? 'archway:',
    corsOrigins: (env.ARCHWAY_CORS_ORIGINS ?? '').split(',').map((s) => s.trim()).filter(Boolean),
    bodyLimitBytes: num(env.ARCHWAY_BODY_LIMIT, 2 * 1024 * 1024),
    ...(env.ARCHWAY_JWT_SECRET ? { jwtSecret: env.ARCHWAY_JWT_SECRET } : {}),
    accessTokenTtlSec: num(env.ARCHWAY_ACCESS_TTL, 900),
    refreshTokenTtlSec: num(env.ARCHWAY_REFRESH_TTL, 30 * 24 * 3600),
    rateLimits: {
      global: { max: num(env.ARCHWAY_RATE_GLOBAL, 1200), windowMs: minute },
      org: { max: num(env.ARCHWAY_RATE_ORG, 6000), windowMs: minute },
      project: { max: num(env.ARCHWAY_RATE_PROJECT, 3000), windowMs: minute },
      auth: { max: num(env.ARCHWAY_RATE_AUTH, 20), windowMs: minute },
    },
    quotas: {
      projects: num(env.ARCHWAY_QUOTA_PROJECTS, 100),
      documents: num(env.ARCHWAY_QUOTA_DOCUMENTS, 10_000),
      concurrentJobs: num(env.ARCHWAY_QUOTA_JOBS, 4),
      storageBytes: num(env.ARCHWAY_QUOTA_STORAGE, 512 * 1024 * 1024),
    },
    webDist: resolveDir(env.ARCHWAY_WEB_DIST ?? 'web/dist', cwd),
    logLevel: env.LOG_LEVEL ?? 'info',
    ...(env.OTEL_EXPORTER_OTLP_ENDPOINT ? { otlpEndpoint: env.OTEL_EXPORTER_OTLP_ENDPOINT } : {}),
    sseHeartbeatMs: num(env.ARCHWAY_SSE_HEARTBEAT_MS, 15_000),
    jobLeaseMs: num(env.ARCHWAY_JOB_LEASE_MS, 30_000),
    trustProxy: env.ARCHWAY_TRUST_PROXY === 'true',
    poolSize: num(env.ARCHWAY_DB_POOL, 10),
    accessCacheMs: num(env.ARCHWAY_ACCESS_CACHE_MS, 5000),
  };
}

function resolveDir(dir: string, cwd: string): string {
  return dir.startsWith('memory://') ? dir : resolve(cwd, dir);
}
