/** One problem with a request, located by a path such as `body.email` or `params.projectId`. */
export interface ErrorDetail {
  readonly path: string;
  readonly message: string;
}

/**
 * An expected failure with its HTTP status and a stable code. The error handler turns it into the
 * one envelope `{ error: { code, message, details, requestId } }`; anything else becomes a 500
 * with no internals.
 */
export class AppError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly details: readonly ErrorDetail[] = [],
    readonly headers: Readonly<Record<string, string>> = {},
  ) {
    super(message);
    this.name = 'AppError';
  }
}

export const notFound = (what: string): AppError => new AppError(404, 'NOT_FOUND', `${what} was not found.`);
export const forbidden = (message = 'Your role does not allow this.'): AppError => new AppError(403, 'FORBIDDEN', message);
export const unauthorized = (message = 'Sign in, or send a valid API key.'): AppError => new AppError(401, 'UNAUTHENTICATED', message);
export const conflict = (code: string, message: string, details: readonly ErrorDetail[] = []): AppError => new AppError(409, code, message, details);
export const quotaExceeded = (what: string, limit: number): AppError =>
  new AppError(403, 'QUOTA_EXCEEDED', `The organization's quota of ${limit} ${what} is reached.`, [{ path: what, message: `limit ${limit}` }]);
