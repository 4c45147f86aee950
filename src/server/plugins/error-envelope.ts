import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { ArchwayError } from '../../errors/issue.js';
import { AppError, type ErrorDetail } from '../app-error.js';

interface ValidationItem {
  instancePath?: string;
  message?: string;
  params?: Record<string, unknown>;
}

/** `body./email` style paths from ajv, with the missing property named for `required` errors. */
function detailsOf(context: string | undefined, items: readonly ValidationItem[]): ErrorDetail[] {
  return items.map((v) => {
    const segs = (v.instancePath ?? '').split('/').filter(Boolean);
    const missing = v.params?.missingProperty;
    if (typeof missing === 'string') segs.push(missing);
    const extra = v.params?.additionalProperty;
    if (typeof extra === 'string') segs.push(extra);
    return { path: [context ?? 'request', ...segs].join('.'), message: v.message ?? 'is invalid' };
  });
}

function send(reply: FastifyReply, request: FastifyRequest, status: number, code: string, message: string, details: readonly ErrorDetail[]) {
  return reply.status(status).type('application/json; charset=utf-8').send({ error: { code, message, details, requestId: request.id } });
}

/**
 * One error envelope for every failure: `{ error: { code, message, details: [{ path, message }],
 * requestId } }`. Unexpected errors are logged with their stack and answered with a 500 that
 * carries only the request id.
 */
export function registerErrorEnvelope(app: FastifyInstance): void {
  app.setErrorHandler((err: FastifyError | AppError | ArchwayError, request, reply) => {
    if (err instanceof AppError) {
      for (const [k, v] of Object.entries(err.headers)) reply.header(k, v);
      return send(reply, request, err.statusCode, err.code, err.message, err.details);
    }
    if (err instanceof ArchwayError) {
      const details = err.issues.map((i) => ({ path: [i.location?.file, i.location?.line, i.location?.path].filter((p) => p !== undefined).join(':') || i.code, message: `${i.message} (hint: ${i.hint})` }));
      return send(reply, request, 422, 'INPUT_INVALID', 'The requirement inputs have errors.', details);
    }
    const fe = err as FastifyError;
    if (fe.validation) {
      return send(reply, request, 400, 'VALIDATION_FAILED', 'The request is not valid.', detailsOf(fe.validationContext, fe.validation as ValidationItem[]));
    }
    const status = fe.statusCode ?? 500;
    if (status === 413) return send(reply, request, 413, 'BODY_TOO_LARGE', 'The request body is larger than the server accepts.', []);
    if (status === 415) return send(reply, request, 415, 'UNSUPPORTED_MEDIA_TYPE', 'Send JSON (content-type: application/json).', []);
    if (status >= 400 && status < 500) return send(reply, request, status, fe.code ?? 'BAD_REQUEST', fe.message, []);
    request.log.error({ err }, 'unhandled error');
    return send(reply, request, 500, 'INTERNAL', 'Something went wrong on the server. Quote the request id when reporting it.', []);
  });
}

export { send as sendError };
