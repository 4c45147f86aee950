import { isMicroservices } from '../brief-queries.js';
import { decision, earlierDriver, fact, techOption } from '../decision-builder.js';
import type { Rule } from '../rule-context.js';

export const observabilityRule: Rule = (ctx) => {
  const micro = isMicroservices(ctx);
  const { quality } = ctx.brief;
  const tracing = micro || quality.tracing;
  const base = ['opentelemetry', 'prometheus', 'grafana', 'loki', ...(tracing ? ['jaeger'] : [])];
  const techs = [...new Set([...ctx.pinned.map((t) => t.id), ...base])];
  const slo = quality.availability !== undefined ? `${quality.availability}% availability` : undefined;
  return decision('observability', {
    title: 'Observability',
    choice: `OpenTelemetry traces, metrics and logs${tracing ? ' with distributed tracing across every hop' : ''}; Prometheus + Grafana dashboards and alerts; structured JSON logs in Loki`,
    technologies: techs,
    context: 'Operators must see whether the system meets its targets and find the cause when it does not.',
    options: ['opentelemetry', 'prometheus', 'jaeger', 'sentry'].map((id) => techOption(ctx.catalog.byId(id), techs.includes(id))),
    drivers: [
      ...(micro ? [earlierDriver('architecture-style', 'A request crosses several services.')] : []),
      ...(quality.tracing ? [fact(ctx, 'quality.tracing', 'End-to-end tracing of every request is required.')] : []),
      ...(slo ? [fact(ctx, 'quality.availability', `Target: ${slo}.`)] : []),
      ...(quality.latencyP95Ms ? [fact(ctx, 'quality.latencyP95Ms', `p95 latency under ${quality.latencyP95Ms} ms.`)] : []),
    ],
    rationale: 'OpenTelemetry instruments once and exports anywhere; trace ids in every log line tie logs, metrics and traces together. SLO-based alerts page on user-visible symptoms rather than causes.',
    positive: ['One trace id from the edge through jobs and external calls', 'Vendor-neutral instrumentation'],
    negative: ['Telemetry volume costs storage; sample traces at high load'],
    risks: [{ risk: 'Personal data in logs', mitigation: 'Log fields allow-listed; personal data redacted at the logger' }],
    details: {
      traces: tracing ? 'distributed tracing with W3C trace context propagated through HTTP, queues and jobs' : 'request traces',
      metrics: 'RED metrics per endpoint, queue depth, job latency, DB pool usage',
      logs: 'structured JSON with trace id, tenant id and request id',
      health: '/health (liveness) and /ready (readiness incl. database and cache)',
      ...(slo ? { slo: `${slo}${quality.latencyP95Ms ? `, p95 < ${quality.latencyP95Ms} ms` : ''}` } : {}),
    },
    confirmation: ['Every service exposes /health and /metrics'],
  });
};
