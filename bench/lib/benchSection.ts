// The shape every benchmark returns, and the percentile summary they share; bench/run.ts writes them to one file.

/** One benchmark's results: what it measured, on what, how many runs, and its figures. */
export interface BenchSection {
  /** Stable key, e.g. "callToDisplay"; results files are compared section by section under this key. */
  name: string;
  /** One sentence: what was measured, from where to where. */
  measured: string;
  /** How many samples or runs the figures summarise. */
  runs: number;
  /** Flat figures for comparison with the previous results file, e.g. { "n500.p99Ms": 41.2 }. */
  figures: Record<string, number>;
  /** The target, in words, and whether these figures meet it (null when the benchmark has no target). */
  target: { text: string; met: boolean } | null;
  /** Anything else worth keeping (per-language rows, notes); printed as JSON. */
  detail?: unknown;
}

/** Options every benchmark accepts: smoke runs a tiny version, only to prove the program still works. */
export interface BenchOptions {
  smoke: boolean;
  /** Benchmark-specific settings from the command line (`--set soak.days=14`), by "<section>.<setting>". */
  settings?: Record<string, string>;
}

/** A number from `options.settings` ("<section>.<setting>"), or `fallback` when it is not set. */
export function setting(options: BenchOptions, key: string, fallback: number): number {
  const raw = options.settings?.[key];
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value)) throw new Error(`--set ${key}=${raw}: not a number`);
  return value;
}

export interface Percentiles {
  p50: number;
  p95: number;
  p99: number;
  mean: number;
  max: number;
}

function percentile(sorted: readonly number[], p: number): number {
  return (
    sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))] ?? Number.NaN
  );
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

/** P50/P95/P99, mean and max of the samples (milliseconds or any unit), rounded to 3 decimals. */
export function percentiles(samples: readonly number[]): Percentiles {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = samples.reduce((sum, x) => sum + x, 0) / Math.max(1, samples.length);
  return {
    p50: round3(percentile(sorted, 50)),
    p95: round3(percentile(sorted, 95)),
    p99: round3(percentile(sorted, 99)),
    mean: round3(mean),
    max: round3(sorted.at(-1) ?? Number.NaN),
  };
}
