import type { Container, StrideCategory, Threat } from '../model/architecture.js';
import type { DecisionArea } from '../model/decision.js';
import type { Decisions } from './decision-lookup.js';

type Role = 'client' | 'edge' | 'backend' | 'data';

function roleOf(c: Container): Role {
  switch (c.containerKind) {
    case 'web-app': case 'mobile-app': case 'desktop-app': case 'cli': return 'client';
    case 'gateway': case 'network': return 'edge';
    case 'api': case 'service': case 'worker': case 'scheduler': return 'backend';
    default: return 'data';
  }
}

type Entry = [threat: string, mitigation: string, areas: DecisionArea[]];

function catalogue(c: Container, d: Decisions): Record<StrideCategory, Entry> {
  const auth = d.get('authentication')?.choice ?? 'authenticated sessions';
  const authz = d.get('authorization')?.choice ?? 'role checks';
  const tenancy = d.get('multi-tenancy')?.choice;
  const role = roleOf(c);
  const pd = c.holdsPersonalData ? ' including personal data' : '';
  const byRole: Record<Role, Record<StrideCategory, Entry>> = {
    client: {
      spoofing: ['A phishing copy of the client collects credentials.', `Sign-in through ${auth}; HTTPS only with HSTS; tokens bound to the client.`, ['authentication', 'security-controls']],
      tampering: ['A modified client sends forged requests.', 'The server re-validates every request against the API contract; the client is never trusted.', ['api-style', 'security-controls']],
      repudiation: ['A user denies an action taken in the client.', 'Actions are recorded server-side with user, time and request id.', ['observability', 'security-controls']],
      'information-disclosure': [`Tokens or cached data${pd} leak from the device.`, 'Short-lived tokens, no secrets in the bundle, local data encrypted where the platform allows.', ['authentication', 'security-controls']],
      'denial-of-service': ['A buggy or hostile client floods the API.', 'Rate limits per user and per tenant at the edge; exponential backoff in the client.', ['edge-and-traffic', 'resilience']],
      'elevation-of-privilege': ['Hidden UI is used to call admin features.', `Every endpoint enforces ${authz} on the server.`, ['authorization']],
    },
    edge: {
      spoofing: ['Traffic is intercepted or the endpoint impersonated.', 'TLS with managed certificates; only the edge is exposed.', ['edge-and-traffic', 'security-controls']],
      tampering: ['Requests are altered in transit.', 'TLS end to end; request size limits and header normalisation.', ['edge-and-traffic']],
      repudiation: ['No record of who sent a request.', 'Access logs with request ids propagated to the backends.', ['observability']],
      'information-disclosure': ['Internal topology or errors leak through responses.', 'Generic error pages; internal services not routable from outside.', ['edge-and-traffic', 'security-controls']],
      'denial-of-service': ['Volumetric or slow-request attacks exhaust the edge.', 'Rate limits, connection limits and timeouts at the edge; horizontal scaling.', ['edge-and-traffic', 'scalability']],
      'elevation-of-privilege': ['An admin route is reachable from the internet.', 'Admin routes restricted by network policy and role.', ['edge-and-traffic', 'authorization']],
    },
    backend: {
      spoofing: ['A caller forges or replays a token.', `Verify ${auth} signatures, expiry and audience on every request.`, ['authentication']],
      tampering: ['Input injects SQL or alters another record.', 'Schema validation on input, parameterised SQL, ownership checks before writes.', ['api-style', 'security-controls']],
      repudiation: ['A user denies a change.', 'Audit trail of who changed what and when, written in the same transaction.', ['security-controls', 'observability']],
      'information-disclosure': [`A query returns another ${tenancy ? 'tenant' : 'user'}'s data${pd}.`, tenancy ? `Tenant context on every data access (${tenancy}); secrets only from the environment.` : 'Ownership filters in every repository; secrets only from the environment.', ['multi-tenancy', 'authorization', 'security-controls']],
      'denial-of-service': ['Expensive requests or slow dependencies exhaust workers.', 'Timeouts, retries with backoff, circuit breakers and per-tenant quotas.', ['resilience', 'scalability']],
      'elevation-of-privilege': ['A user calls an operation their role does not allow.', `${authz} enforced in middleware and services, deny by default.`, ['authorization']],
    },
    data: {
      spoofing: ['Something other than the backend connects to the store.', 'Private network only; a credential per service from the secret store.', ['security-controls', 'edge-and-traffic']],
      tampering: ['Stored data is altered outside the application.', 'Least-privilege roles; migrations are the only schema change path; backups to detect and restore.', ['security-controls', 'backup-and-dr']],
      repudiation: ['Direct changes leave no trace.', 'Administrative access is logged; application writes carry the acting user.', ['observability', 'security-controls']],
      'information-disclosure': [`A backup, snapshot or replica exposes data${pd}.`, tenancy ? `Encryption at rest and in transit; ${tenancy} isolation; encrypted backups.` : 'Encryption at rest and in transit; encrypted backups with restricted access.', ['security-controls', 'multi-tenancy', 'backup-and-dr', 'data-retention-and-compliance']],
      'denial-of-service': ['Connection or storage exhaustion stops the store.', 'Connection pooling, capacity alerts and retention limits.', ['scalability', 'observability']],
      'elevation-of-privilege': ['The application role can alter schema or read everything.', 'Separate migration and runtime roles; runtime role without DDL rights.', ['security-controls', 'authorization']],
    },
  };
  return byRole[role];
}

const CATEGORIES: readonly StrideCategory[] = ['spoofing', 'tampering', 'repudiation', 'information-disclosure', 'denial-of-service', 'elevation-of-privilege'];

/** A STRIDE threat per category for every container, each mitigation citing the decisions that deliver it. */
export function composeThreats(containers: readonly Container[], d: Decisions): Threat[] {
  return containers.flatMap((c) => {
    const table = catalogue(c, d);
    return CATEGORIES.map((category) => {
      const [threat, mitigation, areas] = table[category];
      return { containerId: c.id, category, threat, mitigation, decisionIds: d.ids(...areas) };
    });
  });
}
