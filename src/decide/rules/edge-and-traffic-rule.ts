import { isMicroservices, onPremise, usesTech } from '../brief-queries.js';
import { decision, earlierDriver, fact, techOption } from '../decision-builder.js';
import type { Rule } from '../rule-context.js';

export const edgeAndTrafficRule: Rule = (ctx) => {
  const micro = isMicroservices(ctx);
  const onPrem = onPremise(ctx);
  const k8s = usesTech(ctx, 'kubernetes') || ctx.brief.decisions.some((d) => /kubernetes|k8s/i.test(d.choice));
  const hasWeb = ctx.brief.capabilities.clients.web || ctx.brief.capabilities.clients.pwa;
  const proxy = ctx.pinned.find((t) => t.kind === 'proxy') ?? ctx.catalog.byId(k8s ? 'traefik' : 'nginx');
  const gateway = micro ? ctx.pinned.find((t) => t.kind === 'api-gateway') ?? ctx.catalog.byId('kong') : undefined;
  const cdn = !onPrem && hasWeb ? ctx.catalog.byId('cloudflare') : undefined;
  const parts = [
    ...(cdn ? [`${cdn.name} DNS, CDN and WAF`] : onPrem ? ['internal DNS'] : []),
    ...(gateway ? [`${gateway.name} API gateway (routing, auth, rate limits)`] : []),
    `${proxy.name} ${k8s ? 'ingress' : 'reverse proxy'} with TLS termination and load balancing`,
  ];
  return decision('edge-and-traffic', {
    title: 'Edge and traffic',
    choice: parts.join(' → '),
    technologies: [...(cdn ? [cdn.id] : []), ...(gateway ? [gateway.id] : []), proxy.id],
    context: 'How requests reach the API: DNS, CDN, load balancing, TLS and routing.',
    options: [
      techOption(ctx.catalog.byId('nginx'), proxy.id === 'nginx'),
      techOption(ctx.catalog.byId('traefik'), proxy.id === 'traefik'),
      techOption(ctx.catalog.byId('kong'), gateway?.id === 'kong', [], micro ? [] : ['A gateway adds a hop without several services behind it']),
      techOption(ctx.catalog.byId('envoy'), gateway?.id === 'envoy'),
    ],
    drivers: [
      ...(micro ? [earlierDriver('architecture-style', 'Several services need one public entry with shared auth and limits.')] : []),
      ...(onPrem ? [fact(ctx, 'constraints.hosting', 'Runs on-premise: no cloud CDN in front.')] : []),
      ...(k8s ? [fact(ctx, 'decisions.deployment', 'Kubernetes needs an ingress controller.')] : []),
    ],
    rationale: micro
      ? 'An API gateway gives clients one entry point, verifies tokens once and applies per-tenant rate limits before traffic reaches any service.'
      : `A reverse proxy terminates TLS, serves the SPA build and balances across API instances; with one deployable a gateway adds nothing.`,
    positive: ['One place for TLS, compression, request size limits and security headers'],
    negative: micro ? ['The gateway is critical: it must run redundantly'] : [],
    risks: [{ risk: 'Edge becomes a single point of failure', mitigation: 'At least two proxy replicas; health checks remove failed instances' }],
    details: {
      dns: cdn ? cdn.name : onPrem ? 'company DNS' : 'cloud DNS',
      ...(cdn ? { cdn: `${cdn.name} for the SPA and static assets` } : {}),
      loadBalancing: 'round robin over healthy API instances; SSE/WebSocket connections kept alive',
      ...(gateway ? { gateway: gateway.id } : {}),
      proxy: proxy.id,
    },
    confirmation: ['Only the proxy or gateway is public; databases are on private networks'],
  });
};
