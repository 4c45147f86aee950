import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { z } from 'zod';
import { API, type ApiRouteId, type RouteDef } from '../schemas/api-routes.js';

const cache = new WeakMap<z.ZodType, unknown>();

/** A zod schema as draft-07 JSON Schema for Fastify's validator, serializer and the OpenAPI document. */
export function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): unknown {
  const key = schema;
  if (io === 'output' && cache.has(key)) return cache.get(key);
  const out = z.toJSONSchema(schema, { target: 'draft-7', io, unrepresentable: 'any' }) as Record<string, unknown>;
  delete out.$schema;
  if (io === 'output') cache.set(key, out);
  return out;
}

type Input<K extends ApiRouteId, F extends 'params' | 'querystring' | 'body'> = (typeof API)[K] extends { [P in F]: infer S extends z.ZodType } ? z.output<S> : undefined;

export interface TypedRequest<K extends ApiRouteId> extends FastifyRequest {
  params: Input<K, 'params'>;
  query: Input<K, 'querystring'>;
  body: Input<K, 'body'>;
}

/**
 * Registers a handler for a route of `API`: its schemas validate the request, serialize the
 * response and describe it in OpenAPI; `config.api` tells access control what the route needs.
 */
export function defineRoute<K extends ApiRouteId>(
  app: FastifyInstance,
  id: K,
  handler: (request: TypedRequest<K>, reply: FastifyReply) => Promise<unknown>,
): void {
  const def: RouteDef = API[id];
  const response: Record<number, unknown> = {};
  for (const [status, schema] of Object.entries(def.response)) {
    response[Number(status)] = schema ? jsonSchema(schema, 'output') : { type: 'null', description: 'No content' };
  }
  const errorRef = { $ref: 'ErrorEnvelope#' };
  for (const status of [400, 401, 403, 404, 429]) response[status] ??= errorRef;
  app.route({
    method: def.method,
    url: def.url,
    schema: {
      operationId: id,
      summary: def.summary,
      tags: [def.tag],
      ...(def.access === 'public' ? {} : { security: [{ bearer: [] }, { apiKey: [] }] }),
      ...(def.params ? { params: jsonSchema(def.params, 'input') } : {}),
      ...(def.querystring ? { querystring: jsonSchema(def.querystring, 'input') } : {}),
      ...(def.body ? { body: jsonSchema(def.body, 'input') } : {}),
      response,
    },
    config: { api: def, routeId: id },
    handler: handler as (request: FastifyRequest, reply: FastifyReply) => Promise<unknown>,
  });
}
