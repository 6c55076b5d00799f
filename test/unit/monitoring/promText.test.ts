// The Prometheus text writer, read back by an independent parser: HELP, TYPE, labels (escaped) and values.
import { describe, expect, it } from 'vitest';
import { stateSamples, toPrometheusText } from '../../../main/hub/monitoring/promText.js';
import { scrape } from '../../support/prometheus.js';

describe('toPrometheusText', () => {
  it('writes families the parser reads back, with escaped label values and special numbers', () => {
    const text = toPrometheusText([
      {
        name: 'lobby311_things_total',
        help: 'Things, with a \\ and a\nnewline.',
        type: 'counter',
        samples: [
          { labels: { service: 'a"b\\c\nd' }, value: 3 },
          { labels: { service: 'plain' }, value: 0.25 },
        ],
      },
      {
        name: 'lobby311_level',
        help: 'A level.',
        type: 'gauge',
        samples: [{ value: Number.POSITIVE_INFINITY }],
      },
    ]);
    expect(text.endsWith('\n')).toBe(true);
    expect(text).toContain('# TYPE lobby311_things_total counter');
    expect(text).toContain('lobby311_level +Inf');
    const scraped = scrape(text);
    expect(scraped.names).toEqual(['lobby311_things_total', 'lobby311_level']);
    expect(scraped.typeOf('lobby311_things_total')).toBe('COUNTER');
    expect(scraped.value('lobby311_things_total', { service: 'a"b\\c\nd' })).toBe(3);
    expect(scraped.value('lobby311_things_total', { service: 'plain' })).toBe(0.25);
  });

  it('exposes an enum as one 0/1 sample per state', () => {
    expect(stateSamples(['ready', 'paperOut'], 'paperOut', { device: 'k1' })).toEqual([
      { labels: { device: 'k1', state: 'ready' }, value: 0 },
      { labels: { device: 'k1', state: 'paperOut' }, value: 1 },
    ]);
  });
});
