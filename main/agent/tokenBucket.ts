// A small token bucket: a burst of `capacity` calls, then one more every `refillMs` (a stuck screen or a
// script cannot flood the hub with tickets).
export interface TokenBucket {
  /** Takes one token; false (and nothing taken) when the bucket is empty. */
  take(): boolean;
  /** Milliseconds until the next token, 0 when one is available. */
  waitMs(): number;
}

export function createTokenBucket(capacity: number, refillMs: number, now: () => number): TokenBucket {
  let tokens = capacity;
  let last = now();
  const refill = () => {
    const at = now();
    const gained = Math.floor((at - last) / refillMs);
    if (gained > 0) {
      tokens = Math.min(capacity, tokens + gained);
      last = tokens === capacity ? at : last + gained * refillMs;
    }
  };
  return {
    take() {
      refill();
      if (tokens < 1) return false;
      if (tokens === capacity) last = now();
      tokens -= 1;
      return true;
    },
    waitMs() {
      refill();
      return tokens >= 1 ? 0 : Math.max(0, last + refillMs - now());
    },
  };
}
