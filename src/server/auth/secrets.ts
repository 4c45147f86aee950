import { createHash, randomBytes } from 'node:crypto';

/** A random token in URL-safe base64 (`bytes` of entropy). */
export function randomToken(bytes = 32): string {
  return randomBytes(bytes).toString('base64url');
}

/**
 * Refresh tokens, API keys and invitation tokens carry 256 bits of entropy, so a fast hash is
 * enough to store them (passwords, which people choose, get argon2id instead).
 */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

const API_KEY = /^awk_([A-Za-z0-9]{8})_([A-Za-z0-9_-]{43})$/;

/** `awk_<prefix>_<secret>`: the prefix identifies a key in lists without revealing it. */
export function newApiKey(): { key: string; prefix: string } {
  const prefix = randomBytes(6).toString('base64url').replace(/[-_]/g, 'x').slice(0, 8);
  return { key: `awk_${prefix}_${randomToken(32)}`, prefix };
}

export function looksLikeApiKey(value: string): boolean {
  return API_KEY.test(value);
}
