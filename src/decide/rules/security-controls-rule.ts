import { usesTech } from '../brief-queries.js';
import { decision, fact, option } from '../decision-builder.js';
import type { Rule } from '../rule-context.js';

export const securityControlsRule: Rule = (ctx) => {
  const { quality, capabilities: c, tenancy } = ctx.brief;
  const redis = usesTech(ctx, 'redis');
  const scopes = ['tenant', ...tenancy.scopes];
  const limited = tenancy.perTenantQuotas || c.rateLimits || c.clients.publicApi || tenancy.mode === 'multi';
  const audit = c.audit || quality.auditTrail;
  const vpn = c.vpn || ctx.pinned.some((t) => t.kind === 'vpn');
  const tls = quality.tlsVersion ?? '1.2+';
  const controls: Record<string, string> = {
    tls: `TLS ${tls} everywhere, HSTS`,
    encryptionAtRest: quality.encryptionAtRest ? 'database, backups and object storage encrypted (AES-256); sensitive fields encrypted at the application layer' : 'disk-level encryption for database, backups and files',
    secrets: quality.secretsFromEnvironment ? 'secrets only in environment variables injected from a secret store; never in code, logs or prompts' : 'secrets in a secret store, injected at runtime; never in code or logs',
    passwords: 'argon2id hashes',
    inputValidation: 'schema validation on every request; parameterised SQL only',
  };
  if (limited) controls['rateLimits'] = `rate limits per ${scopes.join(' and per ')}${c.ai.llm ? ', plus token budgets' : ''}${redis ? ', counted in Redis so every instance shares them' : ''}`;
  if (audit) controls['auditTrail'] = 'append-only audit trail: INSERT-only table (no UPDATE/DELETE grants), hash-chained rows, exported to write-once storage';
  if (vpn) controls['vpn'] = 'WireGuard per-tenant subnets; VPN access optional per tenant';
  if (quality.zeroTrust) controls['zeroTrust'] = 'zero-trust: every call authenticated and authorised, mTLS between services, no implicit trust by network location';
  const reqs = ctx.brief.requirements.filter((r) => /audit|secret|encrypt|vpn|fingerprint|rate|limit|quota/i.test(r.text)).map((r) => r.id);
  return decision('security-controls', {
    title: 'Security controls',
    choice: [
      `TLS ${tls}`,
      quality.encryptionAtRest ? 'AES-256 encryption at rest with field-level encryption of sensitive data' : 'encryption at rest',
      'secrets from a secret store',
      'argon2id password hashes',
      'schema-validated input and parameterised SQL',
      ...(limited ? [`rate limits per ${scopes.join(' and ')}${c.ai.llm ? ' with token budgets' : ''}`] : []),
      ...(audit ? ['append-only audit trail'] : []),
      ...(vpn ? ['WireGuard VPN per tenant'] : []),
      ...(quality.zeroTrust ? ['zero-trust service calls'] : []),
    ].join('; '),
    technologies: [...(vpn ? ['wireguard'] : []), ...(redis && limited ? ['redis'] : [])],
    context: 'Controls that protect data in transit, at rest and from abuse.',
    options: [option('defence-in-depth', 'Defence in depth', true, ['No single control is load-bearing'], ['More to configure and test'])],
    drivers: [
      ...(quality.tlsVersion ? [fact(ctx, 'quality.tlsVersion', `TLS ${quality.tlsVersion} everywhere.`)] : []),
      ...(quality.encryptionAtRest ? [fact(ctx, 'quality.encryptionAtRest', 'Data is encrypted at rest.')] : []),
      ...(tenancy.perTenantQuotas ? [fact(ctx, 'tenancy.perTenantQuotas', 'Limits apply per tenant.')] : []),
      ...(audit ? [fact(ctx, c.audit ? 'capabilities.audit' : 'quality.auditTrail', 'Every operation is written to an audit trail.')] : []),
      ...(quality.zeroTrust ? [fact(ctx, 'quality.zeroTrust', 'Zero-trust networking is required.')] : []),
      ...(c.vpn ? [fact(ctx, 'capabilities.vpn', 'Tenants get private VPN networks.')] : []),
    ],
    rationale: 'Each control answers a named threat in the threat model; limits and audit are per tenant because tenants are the unit of abuse and accountability.',
    positive: ['Abuse by one tenant cannot starve others', 'Every change is attributable'],
    negative: ['Audit storage grows with activity'],
    risks: [{ risk: 'Audit rows altered to hide an action', mitigation: 'INSERT-only grants, hash chain verified nightly' }],
    requirementIds: reqs,
    details: controls,
    confirmation: ['No secret literals in code (`archway review` secret scan)', ...(audit ? ['The audit table grants INSERT and SELECT only'] : [])],
  });
};
