import { webcrypto } from 'node:crypto';
import { SignJWT, jwtVerify, errors } from 'jose';

export interface AccessClaims {
  readonly userId: string;
  /** The refresh-token family (session); logout or a password change revokes it. */
  readonly sessionId: string;
}

/** Verified tokens kept so a client's next requests skip the HMAC (bounded; oldest dropped first). */
const MAX_VERIFIED = 10_000;

/** Short-lived HS256 JWTs: `sub` = user, `sid` = session. */
export class AccessTokens {
  /** Imported once: handing jose raw bytes would import a key on every sign and verify. */
  private readonly key: Promise<webcrypto.CryptoKey>;
  /** token → its claims and expiry, for tokens this instance has already verified with `key`. */
  private readonly verified = new Map<string, { claims: AccessClaims; expiresAtMs: number }>();

  constructor(secret: string, readonly ttlSec: number) {
    this.key = webcrypto.subtle.importKey('raw', new TextEncoder().encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
  }

  async sign(claims: AccessClaims): Promise<string> {
    return new SignJWT({ sid: claims.sessionId })
      .setProtectedHeader({ alg: 'HS256' })
      .setSubject(claims.userId)
      .setIssuer('archway')
      .setAudience('archway-api')
      .setIssuedAt()
      .setExpirationTime(Math.floor(Date.now() / 1000) + this.ttlSec)
      .sign(await this.key);
  }

  /**
   * The claims, or the reason the token is refused (`expired` or `invalid`). A token verified
   * before is recognised by its exact text (signature included) until its `exp`, as jose would
   * judge it; whether its session is still live is the session check's business, every request.
   */
  async verify(token: string): Promise<AccessClaims | 'expired' | 'invalid'> {
    const known = this.verified.get(token);
    if (known) {
      if (Date.now() < known.expiresAtMs) return known.claims;
      this.verified.delete(token);
      return 'expired';
    }
    try {
      const { payload } = await jwtVerify(token, await this.key, { issuer: 'archway', audience: 'archway-api', algorithms: ['HS256'] });
      if (typeof payload.sub !== 'string' || typeof payload.sid !== 'string' || typeof payload.exp !== 'number') return 'invalid';
      const claims = { userId: payload.sub, sessionId: payload.sid };
      if (this.verified.size >= MAX_VERIFIED) this.verified.delete(this.verified.keys().next().value as string);
      this.verified.set(token, { claims, expiresAtMs: payload.exp * 1000 });
      return claims;
    } catch (err) {
      return err instanceof errors.JWTExpired ? 'expired' : 'invalid';
    }
  }
}
