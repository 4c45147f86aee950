import type { ApiModel } from '../../model/architecture.js';
import type { JsonSchema } from './column-schema.js';

/** The one error envelope (seed 001): `{ error, message, details }`. */
export const ERROR_SCHEMA: JsonSchema = {
  type: 'object',
  description: 'The error envelope every failing request returns.',
  required: ['error', 'message'],
  properties: {
    error: { type: 'string', description: 'Stable machine-readable code, e.g. `not_found`.' },
    message: { type: 'string', description: 'What went wrong, for people.' },
    details: { type: ['object', 'null'], additionalProperties: true, description: 'Field errors or other context.' },
  },
  'x-computed': true,
};

export const STORED_FILE_SCHEMA: JsonSchema = {
  type: 'object',
  description: 'A stored file: object storage holds the bytes, the API returns where and what.',
  required: ['key', 'content_type', 'size_bytes'],
  properties: {
    key: { type: 'string', description: 'Object storage key.' },
    content_type: { type: 'string' },
    size_bytes: { type: 'integer', format: 'int64', minimum: 0 },
  },
  'x-computed': true,
};

const ERRORS: readonly [string, string, string][] = [
  ['BadRequest', '400', 'The request is malformed.'],
  ['Unauthorized', '401', 'Credentials are missing or invalid.'],
  ['Forbidden', '403', 'The caller may not do this.'],
  ['NotFound', '404', 'No such resource (or not visible to the caller).'],
  ['Conflict', '409', 'The resource conflicts with an existing one.'],
  ['Unprocessable', '422', 'The request is well-formed but breaks a business rule.'],
  ['TooManyRequests', '429', 'Rate limit or quota exceeded; retry after the time in `Retry-After`.'],
];

export const ERROR_RESPONSE_BY_STATUS: Readonly<Record<string, string>> = Object.fromEntries(ERRORS.map(([name, status]) => [status, name]));

export function errorResponses(): Record<string, unknown> {
  return Object.fromEntries(
    ERRORS.map(([name, , description]) => [name, { description, content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } } }]),
  );
}

/** OpenAPI security schemes for the decided authentication (SAML is a login flow, not an API scheme). */
export function securitySchemes(schemes: ApiModel['securitySchemes']): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const s of schemes) {
    if (s === 'bearer-jwt') out['bearerAuth'] = { type: 'http', scheme: 'bearer', bearerFormat: 'JWT', description: 'Short-lived access token (JWT).' };
    if (s === 'api-key') out['apiKeyAuth'] = { type: 'apiKey', in: 'header', name: 'X-API-Key', description: 'API key for automation.' };
    if (s === 'oauth2') {
      out['oauth2'] = {
        type: 'oauth2',
        description: 'OAuth 2.0 authorization code flow with PKCE.',
        flows: { authorizationCode: { authorizationUrl: 'https://auth.example.com/oauth2/authorize', tokenUrl: 'https://auth.example.com/oauth2/token', scopes: {} } },
      };
    }
    if (s === 'oidc') out['oidc'] = { type: 'openIdConnect', openIdConnectUrl: 'https://auth.example.com/.well-known/openid-configuration', description: 'OpenID Connect.' };
  }
  return out;
}
