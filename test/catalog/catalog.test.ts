import { describe, expect, it } from 'vitest';
import { loadCatalog, type TechnologyKind } from '../../src/catalog/catalog.js';
import { DECISION_AREAS } from '../../src/model/decision.js';

const catalog = loadCatalog();
const ids = (text: string): string[] => catalog.mentionedIn(text).map((t) => t.id);

const ALL_KINDS: readonly TechnologyKind[] = [
  'language', 'backend-framework', 'web-framework', 'mobile-framework', 'desktop-framework', 'css-framework',
  'build-tool', 'orm', 'validation', 'database', 'cache', 'message-broker', 'job-queue', 'search-engine',
  'vector-store', 'object-storage', 'analytics-store', 'observability', 'container-runtime', 'orchestration',
  'proxy', 'api-gateway', 'cdn', 'connection-pooler', 'vpn', 'identity', 'ci', 'llm-provider', 'sms-provider',
  'email-provider', 'push-provider', 'payment-provider', 'protocol', 'platform',
];

describe('catalog data', () => {
  it('holds 80+ technologies with unique ids, covering every kind', () => {
    expect(catalog.technologies.length).toBeGreaterThanOrEqual(80);
    const unique = new Set(catalog.technologies.map((t) => t.id));
    expect(unique.size).toBe(catalog.technologies.length);
    const kinds = new Set(catalog.technologies.map((t) => t.kind));
    for (const kind of ALL_KINDS) expect(kinds, kind).toContain(kind);
  });

  it('knows every technology the examples and rules name', () => {
    const needed = 'python typescript javascript csharp java go fastapi django flask nestjs express fastify aspnet-core spring-boot gin react vue angular vite tailwind react-native flutter dotnet-maui electron wpf pwa sqlalchemy pydantic prisma ef-core postgresql mysql mongodb sqlite redis memcached rabbitmq kafka nats redis-streams celery rq bullmq hangfire elasticsearch opensearch postgres-fts meilisearch qdrant pgvector pinecone weaviate minio s3 azure-blob clickhouse bigquery timescaledb opentelemetry prometheus grafana loki jaeger sentry docker docker-compose kubernetes nginx traefik kong envoy cloudflare cloudfront pgbouncer wireguard keycloak auth0 saml oidc oauth2 jwt github-actions gitlab-ci twilio sendgrid fcm stripe openai anthropic sse websocket grpc graphql rest';
    for (const id of needed.split(' ')) expect(() => catalog.byId(id), id).not.toThrow();
  });

  it('gives every technology at least one valid decision area and a language that exists', () => {
    for (const t of catalog.technologies) {
      expect(t.areas.length, t.id).toBeGreaterThan(0);
      for (const area of t.areas) expect(DECISION_AREAS, t.id).toContain(area);
      if (t.language) expect(() => catalog.byId(t.language!), t.id).not.toThrow();
    }
  });

  it('throws on an unknown id (a programming error) and resolves names and aliases', () => {
    expect(() => catalog.byId('cobol-on-cogs')).toThrow(/cobol-on-cogs/);
    expect(catalog.lookup('Postgres')?.id).toBe('postgresql');
    expect(catalog.lookup('k8s')?.id).toBe('kubernetes');
    expect(catalog.lookup('ASP.NET Core')?.id).toBe('aspnet-core');
    expect(catalog.lookup('no such thing')).toBeUndefined();
  });
});

describe('prices', () => {
  it('are dated and cover every item the deployment options cost', () => {
    expect(catalog.priceDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    for (const id of ['vps.4cpu-16gb', 'paas.service.small', 'iaas.vcpu-month', 'iaas.postgres.multi-az.2cpu-8gb',
      'iaas.postgres.replica.2cpu-8gb', 'iaas.redis.small', 'object-storage.tb', 'iaas.load-balancer', 'cdn.tb',
      'iaas.k8s-control-plane', 'iaas.nat-gateway', 'iaas.broker.small', 'iaas.vector.small', 'iaas.search.small',
      'onprem.server.medium', 'backup.tb']) {
      expect(catalog.price(id).monthlyUsd, id).toBeGreaterThanOrEqual(0);
    }
    expect(() => catalog.price('vps.free-lunch')).toThrow();
  });
});

describe('mentionedIn', () => {
  it('finds names and aliases case-insensitively, in order of first mention, without duplicates', () => {
    expect(ids('Database: Postgres. Cache: redis. Again postgresql and k8s.')).toEqual(['postgresql', 'redis', 'kubernetes']);
    expect(ids('Frontend: React 18, Vite, TypeScript, Tailwind.')).toEqual(['react', 'vite', 'typescript', 'tailwind']);
  });

  it('reads C#, .NET and ASP.NET Core', () => {
    expect(ids('The team of 2 developers knows C# and .NET.')).toEqual(['csharp']);
    expect(ids('Backend: ASP.NET Core on .NET 9')).toEqual(['aspnet-core', 'csharp']);
    expect(ids('Mobile: .NET MAUI')).toEqual(['dotnet-maui']);
  });

  it('prefers the longest name at one place', () => {
    expect(ids('Docker Compose on one host')).toEqual(['docker-compose']);
    expect(ids('Redis Streams between services')).toEqual(['redis-streams']);
    expect(ids('Node.js 22')).toEqual(['nodejs']);
  });

  it('stays silent on ordinary words that look like technologies', () => {
    expect(ids('workflows that react to CRM events; a reactive design')).toEqual([]);
    expect(ids('users go to the page, then rest; express delivery, a stripe on the flag')).toEqual([]);
    expect(ids('a paragraph about nothing technical at all')).toEqual([]);
    expect(ids('Go services')).toEqual(['go']);
  });
});
