// Reads a /metrics answer with an independent parser (parse-prometheus-text-format): families and sample values.
import parsePrometheusTextFormat from 'parse-prometheus-text-format';

export interface ScrapedMetrics {
  /** Every family name, in order. */
  names: string[];
  /** The family's type as the parser read it (GAUGE, COUNTER, …). */
  typeOf(name: string): string | undefined;
  /** The value of the one sample of `name` whose labels include `labels`; throws if none or several. */
  value(name: string, labels?: Record<string, string>): number;
  /** Every sample's labels of `name`. */
  labelsOf(name: string): Record<string, string>[];
}

export function scrape(text: string): ScrapedMetrics {
  const families = parsePrometheusTextFormat(text);
  const family = (name: string) => {
    const found = families.find((f) => f.name === name);
    if (!found) throw new Error(`no metric ${name} in:\n${text}`);
    return found;
  };
  return {
    names: families.map((f) => f.name),
    typeOf: (name) => families.find((f) => f.name === name)?.type,
    value(name, labels = {}) {
      const matches = family(name).metrics.filter((sample) =>
        Object.entries(labels).every(([key, value]) => sample.labels?.[key] === value),
      );
      if (matches.length !== 1) {
        throw new Error(`${matches.length} samples of ${name} match ${JSON.stringify(labels)}`);
      }
      return Number(matches[0]!.value);
    },
    labelsOf: (name) => family(name).metrics.map((sample) => sample.labels ?? {}),
  };
}
