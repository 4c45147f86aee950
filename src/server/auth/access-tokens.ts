import { SignJWT, jwtVerify, errors } from 'jose';

export interface AccessClaims {
  readonly userId: string;
  /** The refresh-token family (session); logout or a password change revokes it. */
  readonly sessionId: string;
}

/** Short-lived HS256 JWTs: `sub` = user, `sid` = session. */
export class AccessTokens {
  private readonly key: Uint8Array;

  constructor(secret: string, readonly ttlSec: number) {
    this.key = new TextEncoder().encode(secret);
  }

  async sign(claims: AccessClaims): Promise<string> {
    return new SignJWT({ sid: claims.sessionId })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(claims.userId)
      .setIssuer('archway')
      .setAudience('archway-api')
      .setIssuedAt()
      .setExpirationTime(Math.floor(Date.now() / 1000) + this.ttlSec)
      .sign(this.key);
  }

  /** The claims, or the reason the token is refused (`expired` or `invalid`). */
  async verify(token: string): Promise<AccessClaims | 'expired' | 'invalid'> {
    try {
      const { payload } = await jwtVerify(token, this.key, { issuer: 'archway', audience: 'archway-api', algorithms: ['HS256'] });
      if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string') return 'invalid';
      return { userId: payload.sub, sessionId: payload.sid };
    } catch (err) {
      return err instanceof errors.JWTExpired ? 'expired' : 'invalid';
    }
  }
}
