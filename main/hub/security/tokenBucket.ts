// Token-bucket rate limiter keyed by string, with an injected clock and a bounded number of remembered keys.

export interface TokenBucketOptions {
  /** Requests allowed in a burst, and per `windowMs` on average. */
  capacity: number;
  windowMs: number;
  now: () => number;
  /** Most keys remembered at once; idle (full) buckets go first, then the least recently used. */
  maxKeys?: number;
}

export type TakeResult = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export interface TokenBuckets {
  take(key: string): TakeResult;
  /** Keys currently remembered (for tests and bounds). */
  size(): number;
}

interface Bucket {
  tokens: number;
  at: number;
}

export function createTokenBuckets({
  capacity,
  windowMs,
  now,
  maxKeys = 10_000,
}: TokenBucketOptions): TokenBuckets {
  const ratePerMs = capacity / windowMs;
  const buckets = new Map<string, Bucket>();

  const refilled = (bucket: Bucket, t: number) =>
    Math.min(capacity, bucket.tokens + Math.max(0, t - bucket.at) * ratePerMs);

  function evict(t: number): void {
    for (const [key, bucket] of buckets) {
      if (refilled(bucket, t) >= capacity) buckets.delete(key);
    }
    for (const key of buckets.keys()) {
      if (buckets.size < maxKeys) break;
      buckets.delete(key);
    }
  }

  return {
    take(key) {
      const t = now();
      const existing = buckets.get(key);
      const tokens = existing ? refilled(existing, t) : capacity;
      if (existing) buckets.delete(key);
      else if (buckets.size >= maxKeys) evict(t);
      if (tokens >= 1) {
        buckets.set(key, { tokens: tokens - 1, at: t });
        return { allowed: true };
      }
      buckets.set(key, { tokens, at: t });
      return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil((1 - tokens) / ratePerMs / 1000)) };
    },
    size: () => buckets.size,
  };
}
