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
interface Tracing {
  readonly tracer: TracerLike;
  /** Flushes pending spans and stops the exporter. */
  shutdown(): Promise<void>;
}

/**
 * OpenTelemetry: when `OTEL_EXPORTER_OTLP_ENDPOINT` is set, every request becomes a span exported
 * over OTLP/HTTP (`<endpoint>/v1/traces`) with route, status, organization and project. The SDK is
 * loaded only then, so an untraced server pays nothing for it; pending spans are flushed on close.
 */
export function registerTracing(app: FastifyInstance, config: ServerConfig): void {
  if (!config.otlpEndpoint) return;
  let tracing: Tracing | undefined;
  let tracer: TracerLike | undefined;
  const spans = new WeakMap<object, SpanLike>();
  app.addHook('onReady', async () => {
    tracing = await loadTracing(config.otlpEndpoint!).catch((err: Error) => {
      app.log.warn({ reason: err.message }, 'tracing is configured but the OpenTelemetry SDK could not start; running without traces');
      return undefined;
    });
    tracer = tracing?.tracer;
  });
  app.addHook('onClose', async () => {
    await tracing?.shutdown();
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

async function loadTracing(endpoint: string): Promise<Tracing> {
  const [sdk, exporter] = await Promise.all([import('@opentelemetry/sdk-trace-node'), import('@opentelemetry/exporter-trace-otlp-http')]);
  const provider = new sdk.NodeTracerProvider({
    spanProcessors: [new sdk.BatchSpanProcessor(new exporter.OTLPTraceExporter({ url: `${endpoint.replace(/\/$/, '')}/v1/traces` }))],
  });
  return { tracer: provider.getTracer('archway-server'), shutdown: () => provider.shutdown() };
}
