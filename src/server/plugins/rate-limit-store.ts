import type { Redis } from 'ioredis';

export interface RateDecision {
  readonly allowed: boolean;
  readonly limit: number;
  readonly remaining: number;
  /** Seconds until the window resets. */
  readonly resetSec: number;
}

/** Fixed-window counters: in memory for one instance, in Redis when instances share limits. */
export interface RateLimitStore {
  hit(key: string, max: number, windowMs: number): Promise<RateDecision>;
  close(): Promise<void>;
}

function decide(count: number, max: number, windowEnd: number): RateDecision {
  return { allowed: count <= max, limit: max, remaining: Math.max(0, max - count), resetSec: Math.max(1, Math.ceil((windowEnd - Date.now()) / 1000)) };
}

export function memoryRateLimitStore(): RateLimitStore {
  const counters = new Map<string, { count: number; windowEnd: number }>();
  let sweeps = 0;
  return {
    async hit(key, max, windowMs) {
      const now = Date.now();
      const windowEnd = Math.floor(now / windowMs) * windowMs + windowMs;
      const k = `${key}:${windowEnd}`;
      const c = counters.get(k) ?? { count: 0, windowEnd };
      c.count++;
      counters.set(k, c);
      if (++sweeps % 1000 === 0) for (const [ck, cv] of counters) if (cv.windowEnd <= now) counters.delete(ck);
      return decide(c.count, max, windowEnd);
    },
    async close() {
      counters.clear();
    },
  };
}

export function redisRateLimitStore(redis: Redis, prefix: string): RateLimitStore {
  return {
    async hit(key, max, windowMs) {
      const windowEnd = Math.floor(Date.now() / windowMs) * windowMs + windowMs;
      const k = `${prefix}rl:${key}:${windowEnd}`;
      const [[, count]] = (await redis.multi().incr(k).pexpire(k, windowMs + 1000).exec()) as [[unknown, number], unknown];
      return decide(count, max, windowEnd);
    },
    async close() {
      // The Redis connection is closed by whoever opened it (build-app.ts).
    },
  };
}
