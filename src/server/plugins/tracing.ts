import type { FastifyInstance } from 'fastify';
import type { ServerConfig } from '../config.js';

interface SpanLike {
  setAttribute(key: string, value: string | number): void;
  setStatus(status: { code: number }): void;
  end(): void;
}
interface TracerLike {
  startSpan(name: string, options?: { attributes?: Record<string, string> }): SpanLike;
}

/**
 * OpenTelemetry: when `OTEL_EXPORTER_OTLP_ENDPOINT` is set and the OTel SDK packages are installed
 * (`@opentelemetry/sdk-trace-node`, `@opentelemetry/exporter-trace-otlp-http`), every request
 * becomes a span exported over OTLP/HTTP with route, status, organization and project. Without
 * them the server logs one warning and runs untraced (see docs/server.md).
 */
export function registerTracing(app: FastifyInstance, config: ServerConfig): void {
  if (!config.otlpEndpoint) return;
  let tracer: TracerLike | undefined;
  const spans = new WeakMap<object, SpanLike>();
  app.addHook('onReady', async () => {
    tracer = await loadTracer(config.otlpEndpoint!).catch((err: Error) => {
      app.log.warn({ reason: err.message }, 'tracing is configured but the OpenTelemetry SDK is not installed; running without traces');
      return undefined;
    });
  });
  app.addHook('onRequest', async (request) => {
    if (tracer) spans.set(request, tracer.startSpan(`${request.method} ${request.routeOptions.url ?? 'unmatched'}`, { attributes: { 'http.method': request.method } }));
  });
  app.addHook('onResponse', async (request, reply) => {
    const span = spans.get(request);
    if (!span) return;
    span.setAttribute('http.status_code', reply.statusCode);
    if (request.tenant?.orgId) span.setAttribute('archway.org_id', request.tenant.orgId);
    const projectId = (request.params as Record<string, string | undefined>)?.projectId;
    if (projectId) span.setAttribute('archway.project_id', projectId);
    span.setStatus({ code: reply.statusCode >= 500 ? 2 : 1 });
    span.end();
  });
}

async function loadTracer(endpoint: string): Promise<TracerLike> {
  const load = (name: string) => import(name) as Promise<Record<string, any>>;
  const [sdk, exporter, api] = await Promise.all([load('@opentelemetry/sdk-trace-node'), load('@opentelemetry/exporter-trace-otlp-http'), load('@opentelemetry/api')]);
  const provider = new sdk.NodeTracerProvider({ spanProcessors: [new sdk.BatchSpanProcessor(new exporter.OTLPTraceExporter({ url: `${endpoint.replace(/\/$/, '')}/v1/traces` }))] });
  provider.register();
  return api.trace.getTracer('archway-server') as TracerLike;
}
