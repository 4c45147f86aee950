import { decision, fact, option } from '../decision-builder.js';
import type { Rule } from '../rule-context.js';

export const authenticationRule: Rule = (ctx) => {
  const { capabilities: c } = ctx.brief;
  const apiKeys = c.apiKeys || c.clients.cli || c.clients.publicApi;
  const saml = c.sso.includes('saml');
  const oidc = c.sso.includes('oidc');
  const techs = ['jwt', 'oauth2', ...(apiKeys ? ['api-keys'] : []), ...(saml ? ['saml'] : []), ...(oidc ? ['oidc'] : [])];
  const reqs = ctx.brief.requirements.filter((r) => /sign in|login|log in|jwt|api key|sso|single sign-on|session|command-line/i.test(r.text)).map((r) => r.id);
  const parts = [
    'OAuth2 / JWT bearer access tokens (15 minutes) with rotating refresh tokens',
    ...(apiKeys ? ['API keys for automation, stored hashed and scoped'] : []),
    ...(saml ? ['SAML 2.0 single sign-on for enterprise tenants'] : []),
    ...(oidc ? ['OpenID Connect sign-in'] : []),
  ];
  return decision('authentication', {
    title: 'Authentication',
    choice: parts.join('; '),
    technologies: techs,
    context: 'Who is calling: people in browsers and apps, and scripts or integrations.',
    options: [
      option('jwt-bearer', 'JWT bearer tokens (OAuth2)', true, ['Stateless verification on every instance', 'Works for web, mobile, desktop and CLI'], ['Revocation needs short lifetimes and refresh rotation']),
      option('server-sessions', 'Server-side sessions with cookies', false, ['Immediate revocation'], ['Session store shared by all instances; awkward for mobile and CLI']),
      option('api-keys', 'API keys', apiKeys, ['Simple for scripts and integrations'], ['Long-lived secrets: must be hashed, scoped and rotatable']),
      option('saml-sso', 'SAML SSO', saml, ['Enterprise identity providers'], ['XML signatures, per-tenant IdP configuration']),
    ],
    drivers: [
      ...(c.apiKeys ? [fact(ctx, 'capabilities.apiKeys', 'API keys are required for automation.')] : []),
      ...(c.clients.cli ? [fact(ctx, 'capabilities.clients.cli', 'A command-line client calls the API.')] : []),
      ...(saml ? [fact(ctx, 'capabilities.sso', 'Enterprise customers sign in with SAML SSO.')] : []),
      ...(c.offline ? [fact(ctx, 'capabilities.offline', 'Offline apps need refresh tokens that survive days without network.')] : []),
    ],
    rationale: `Bearer tokens verified by signature let every stateless instance authenticate without a shared session store.${apiKeys ? ' API keys cover scripts that cannot run an interactive login.' : ''}${saml ? ' SAML assertions are exchanged for the same JWTs, so the rest of the system sees one token format.' : ''}`,
    positive: ['One token format across clients', 'No session store on the request path'],
    negative: ['Token revocation is delayed up to the access-token lifetime'],
    risks: [
      { risk: 'Stolen refresh token', mitigation: 'Refresh-token rotation with reuse detection; revoke the whole family on reuse' },
      ...(apiKeys ? [{ risk: 'Leaked API key', mitigation: 'Keys stored as hashes, shown once, scoped, expiring and revocable; prefix for secret scanning' }] : []),
    ],
    requirementIds: reqs,
    details: {
      accessTokenMinutes: 15,
      refreshTokenDays: c.offline ? 30 : 7,
      passwordHashing: 'argon2id',
      schemes: techs,
      // The OpenAPI security schemes the contracts declare (ApiModel.securitySchemes values).
      securitySchemes: ['bearer-jwt', ...(apiKeys ? ['api-key'] : []), ...(oidc ? ['oidc'] : []), ...(saml ? ['saml'] : [])],
    },
    confirmation: ['OpenAPI declares the security schemes on every non-public operation'],
  });
};
