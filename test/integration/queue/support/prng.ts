// A seeded pseudo-random source (mulberry32) and the few distributions the busy-day simulation draws from.

export interface Random {
  /** Uniform in [0, 1). */
  next(): number;
  between(low: number, high: number): number;
  chance(p: number): boolean;
  /** One key of `weights`, drawn in proportion to its weight. */
  pick<K extends string>(weights: Readonly<Record<K, number>>): K;
  /** Log-normal with the given mean and shape σ. */
  logNormal(mean: number, sigma: number): number;
}

export function seededRandom(seed: number): Random {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
  return {
    next,
    between: (low, high) => low + (high - low) * next(),
    chance: (p) => next() < p,
    pick(weights) {
      const entries = Object.entries(weights) as [keyof typeof weights, number][];
      let roll = next() * entries.reduce((sum, [, w]) => sum + w, 0);
      for (const [key, weight] of entries) {
        roll -= weight;
        if (roll < 0) return key;
      }
      return entries.at(-1)![0];
    },
    logNormal(mean, sigma) {
      const u1 = Math.max(next(), 1e-12);
      const normal = Math.sqrt(-2 * Math.log(u1)) * Math.cos(2 * Math.PI * next());
      return mean * Math.exp(sigma * normal - (sigma * sigma) / 2);
    },
  };
}
