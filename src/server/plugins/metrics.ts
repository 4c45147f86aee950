import type {} from '@fastify/swagger';
import type { FastifyInstance } from 'fastify';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** Prometheus metrics of one app instance (its own registry, so several apps can live in one process). */
export interface ServerMetrics {
  readonly registry: Registry;
  readonly requests: Counter<'method' | 'route' | 'status'>;
  readonly latency: Histogram<'method' | 'route'>;
  readonly jobs: Counter<'kind' | 'status'>;
  readonly sseConnections: Gauge;
  readonly rateLimited: Counter<'scope'>;
}

export function createMetrics(): ServerMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  return {
    registry,
    requests: new Counter({ name: 'archway_http_requests_total', help: 'HTTP requests answered', labelNames: ['method', 'route', 'status'], registers: [registry] }),
    latency: new Histogram({ name: 'archway_http_request_duration_seconds', help: 'HTTP request latency', labelNames: ['method', 'route'], buckets: [0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5], registers: [registry] }),
    jobs: new Counter({ name: 'archway_jobs_total', help: 'Generation jobs by final status', labelNames: ['kind', 'status'], registers: [registry] }),
    sseConnections: new Gauge({ name: 'archway_sse_connections', help: 'Open server-sent event streams', registers: [registry] }),
    rateLimited: new Counter({ name: 'archway_rate_limited_total', help: 'Requests refused with 429', labelNames: ['scope'], registers: [registry] }),
  };
}

export function registerMetrics(app: FastifyInstance, metrics: ServerMetrics): void {
  app.addHook('onRequest', async (request) => {
    request.startedAt = process.hrtime.bigint();
  });
  app.addHook('onResponse', async (request, reply) => {
    const route = request.routeOptions.url ?? 'unmatched';
    const seconds = Number(process.hrtime.bigint() - (request.startedAt ?? process.hrtime.bigint())) / 1e9;
    metrics.requests.inc({ method: request.method, route, status: String(reply.statusCode) });
    metrics.latency.observe({ method: request.method, route }, seconds);
  });
  app.get('/metrics', { schema: { hide: true } }, async (_request, reply) => {
    reply.type(metrics.registry.contentType);
    return metrics.registry.metrics();
  });
}
