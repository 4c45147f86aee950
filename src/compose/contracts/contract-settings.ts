import type { Brief } from '../../brief/brief-schema.js';
import type { ApiModel, DataModel } from '../../model/architecture.js';
import type { Decision } from '../../model/decision.js';

/** What the contracts need from the decisions, read once. */
export interface ContractSettings {
  readonly tenancy: DataModel['tenancy'];
  readonly securitySchemes: ApiModel['securitySchemes'];
  readonly style: ApiModel['style'];
  /** Whether the realtime decision streams to clients over server-sent events. */
  readonly streaming: boolean;
}

type Scheme = ApiModel['securitySchemes'][number];
const SCHEMES: readonly Scheme[] = ['bearer-jwt', 'api-key', 'oauth2', 'oidc', 'saml'];
const TENANCIES = ['none', 'row-level', 'schema-per-tenant', 'database-per-tenant'] as const;

function text(d: Decision | undefined): string {
  if (!d) return '';
  return [d.choice, ...d.technologies, ...Object.values(d.details).flat().map(String)].join(' ').toLowerCase();
}

function detailList(d: Decision | undefined, key: string): string[] | undefined {
  const v = d?.details[key];
  if (Array.isArray(v)) return v.map(String);
  return typeof v === 'string' ? [v] : undefined;
}

function tenancyOf(brief: Brief, d: Decision | undefined): DataModel['tenancy'] {
  if (d?.status === 'not-applicable') return 'none';
  const stated = detailList(d, 'isolation')?.[0] ?? detailList(d, 'tenancy')?.[0];
  const exact = TENANCIES.find((t) => t === stated);
  if (exact) return exact;
  const t = text(d);
  if (/schema/.test(t)) return 'schema-per-tenant';
  if (/database[- ]per|separate database/.test(t)) return 'database-per-tenant';
  if (/row|rls|shared|tenant_id/.test(t)) return 'row-level';
  if (brief.tenancy.isolation) return brief.tenancy.isolation;
  return brief.tenancy.mode === 'multi' ? 'row-level' : 'none';
}

function schemesOf(brief: Brief, d: Decision | undefined): Scheme[] {
  const out = new Set<Scheme>();
  for (const s of detailList(d, 'securitySchemes') ?? []) if ((SCHEMES as readonly string[]).includes(s)) out.add(s as Scheme);
  const t = text(d);
  if (/jwt|bearer|session token/.test(t)) out.add('bearer-jwt');
  if (/api[- ]?key/.test(t) || brief.capabilities.apiKeys) out.add('api-key');
  if (/oidc|openid/.test(t) || brief.capabilities.sso.includes('oidc')) out.add('oidc');
  if (/oauth/.test(t)) out.add('oauth2');
  if (/saml/.test(t) || brief.capabilities.sso.includes('saml')) out.add('saml');
  if (!out.has('oauth2') && !out.has('oidc')) out.add('bearer-jwt');
  return SCHEMES.filter((s) => out.has(s));
}

/** Reads tenancy, security schemes, API style and streaming from the decisions (brief facts as fallback). */
export function contractSettings(brief: Brief, decisions: readonly Decision[]): ContractSettings {
  const byArea = (area: Decision['area']) => decisions.find((d) => d.area === area);
  const api = text(byArea('api-style'));
  const realtime = byArea('realtime');
  const streaming = realtime
    ? realtime.status !== 'not-applicable' && (/sse|server-sent|event-stream|stream/.test(text(realtime)) || !/websocket/.test(text(realtime)))
    : brief.capabilities.realtime.needed && brief.capabilities.realtime.direction === 'server-to-client';
  return {
    tenancy: tenancyOf(brief, byArea('multi-tenancy')),
    securitySchemes: schemesOf(brief, byArea('authentication')),
    style: /graphql/.test(api) ? 'graphql' : /grpc/.test(api) ? 'grpc' : 'rest',
    streaming,
  };
}
