import type { Technology } from '../catalog.js';
import { tech } from './define-technology.js';

export const IDENTITY_AND_PROTOCOLS: readonly Technology[] = [
  tech('keycloak', 'Keycloak', 'identity', ['authentication'], {
    version: '26',
    traits: ['oidc', 'saml', 'self-hostable', 'sso'],
    description: 'Self-hosted identity provider with OIDC, SAML brokering and user federation.',
  }),
  tech('auth0', 'Auth0', 'identity', ['authentication'], {
    aliases: ['Okta'],
    version: 'n/a',
    traits: ['oidc', 'saml', 'managed', 'sso'],
    description: 'Managed identity platform with enterprise SSO connections.',
  }),
  tech('saml', 'SAML 2.0', 'protocol', ['authentication'], {
    aliases: ['SAML', 'SAML SSO'],
    version: '2.0',
    traits: ['sso', 'enterprise'],
    description: 'XML-based enterprise single sign-on protocol.',
  }),
  tech('oidc', 'OpenID Connect', 'protocol', ['authentication'], {
    aliases: ['OIDC'],
    version: '1.0',
    traits: ['sso', 'identity'],
    description: 'Identity layer on OAuth 2.0.',
  }),
  tech('oauth2', 'OAuth 2.0', 'protocol', ['authentication'], {
    aliases: ['OAuth2', 'OAuth', 'OAuth 2.1'],
    version: '2.1',
    min: '2.0',
    traits: ['bearer-tokens', 'delegation'],
    description: 'Delegated authorisation with bearer access tokens and refresh tokens.',
  }),
  tech('jwt', 'JSON Web Token', 'protocol', ['authentication'], {
    aliases: ['JWT', 'JWTs'],
    version: 'RFC 7519',
    traits: ['stateless', 'bearer-tokens', 'claims'],
    description: 'Signed, self-contained bearer tokens verified without a session lookup.',
  }),
  tech('api-keys', 'API keys', 'protocol', ['authentication'], {
    aliases: ['API key'],
    version: 'n/a',
    traits: ['automation', 'hashed-at-rest'],
    description: 'Long-lived secrets for scripts and integrations, stored hashed and scoped.',
  }),
  tech('rest', 'REST', 'protocol', ['api-style'], {
    aliases: ['RESTful', 'REST API'],
    caseSensitive: ['REST', 'RESTful'],
    version: 'n/a',
    traits: ['http', 'cacheable', 'openapi'],
    description: 'Resource-oriented HTTP APIs described with OpenAPI.',
  }),
  tech('openapi', 'OpenAPI', 'protocol', ['api-style'], {
    aliases: ['Swagger'],
    version: '3.1',
    min: '3.0',
    traits: ['contract'],
    description: 'Machine-readable HTTP API contracts.',
  }),
  tech('graphql', 'GraphQL', 'protocol', ['api-style'], {
    version: 'October 2021',
    traits: ['flexible-queries', 'single-endpoint'],
    description: 'Query language over one endpoint; clients pick fields.',
  }),
  tech('grpc', 'gRPC', 'protocol', ['api-style'], {
    version: '1.68',
    traits: ['binary', 'streaming', 'service-to-service', 'http2'],
    description: 'Binary RPC over HTTP/2 for service-to-service calls.',
  }),
  tech('sse', 'Server-Sent Events', 'protocol', ['realtime'], {
    aliases: ['SSE', 'EventSource', 'server sent events'],
    version: 'HTML Living Standard',
    traits: ['server-to-client', 'http', 'auto-reconnect', 'proxy-friendly'],
    description: 'One-way server-to-client event stream over plain HTTP with automatic reconnection.',
  }),
  tech('websocket', 'WebSocket', 'protocol', ['realtime'], {
    aliases: ['WebSockets', 'websockets', 'Socket.IO'],
    version: 'RFC 6455',
    traits: ['bidirectional', 'stateful-connections'],
    description: 'Full-duplex connection for bidirectional realtime messaging.',
  }),
  tech('webhooks', 'Webhooks', 'protocol', ['integration-style'], {
    aliases: ['webhook'],
    version: 'n/a',
    traits: ['async', 'signed', 'retries'],
    description: 'HTTP callbacks to subscribers, signed and delivered with retries.',
  }),
  tech('twilio', 'Twilio', 'sms-provider', ['integration-style'], {
    version: 'v1',
    traits: ['sms', 'voice', 'delivery-receipts'],
    description: 'SMS and voice API with delivery status callbacks.',
  }),
  tech('sendgrid', 'SendGrid', 'email-provider', ['integration-style'], {
    aliases: ['Twilio SendGrid'],
    version: 'v3',
    traits: ['email', 'templates', 'delivery-events'],
    description: 'Transactional email API.',
  }),
  tech('fcm', 'Firebase Cloud Messaging', 'push-provider', ['integration-style'], {
    aliases: ['FCM', 'APNs'],
    version: 'v1',
    traits: ['push', 'android', 'ios'],
    description: 'Push notifications to Android, iOS and web clients.',
  }),
  tech('stripe', 'Stripe', 'payment-provider', ['integration-style'], {
    caseSensitive: ['Stripe'],
    version: '2024-12',
    traits: ['subscriptions', 'usage-based-billing', 'webhooks', 'pci-offload'],
    description: 'Payments, subscriptions and metered billing; card data never touches your servers.',
  }),
  tech('salesforce', 'Salesforce', 'platform', ['integration-style'], {
    version: 'v62',
    traits: ['crm', 'api', 'change-data-capture'],
    description: 'CRM with REST and change-data-capture APIs.',
  }),
  tech('hubspot', 'HubSpot', 'platform', ['integration-style'], {
    version: 'v3',
    traits: ['crm', 'api', 'webhooks'],
    description: 'CRM with REST APIs and webhooks.',
  }),
  tech('aws', 'Amazon Web Services', 'platform', ['deployment'], {
    aliases: ['AWS'],
    version: 'n/a',
    traits: ['cloud', 'managed'],
    description: 'Public cloud provider.',
  }),
  tech('gcp', 'Google Cloud', 'platform', ['deployment'], {
    aliases: ['GCP', 'Google Cloud Platform'],
    version: 'n/a',
    traits: ['cloud', 'managed'],
    description: 'Public cloud provider.',
  }),
  tech('azure', 'Microsoft Azure', 'platform', ['deployment'], {
    aliases: ['Azure'],
    version: 'n/a',
    traits: ['cloud', 'managed'],
    description: 'Public cloud provider.',
  }),
];
