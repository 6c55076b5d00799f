// Process figures: a scrape before the first event-loop sample says 0, memory and uptime are reported, and the
// liveness answer measures the loop's turn.
import { describe, expect, it } from 'vitest';
import { liveness, startProcessMetrics } from '../../../main/hub/monitoring/processMetrics.js';
import { toPrometheusText } from '../../../main/hub/monitoring/promText.js';
import { scrape } from '../../support/prometheus.js';

describe('process metrics', () => {
  it('say 0 delay before the first sample, and report memory and uptime', () => {
    const metrics = startProcessMetrics(20);
    const text = toPrometheusText(metrics.families('test'));
    metrics.stop();
    expect(text).not.toContain('NaN');
    const scraped = scrape(text);
    expect(scraped.value('test_event_loop_delay_seconds', { quantile: '0.5' })).toBe(0);
    expect(scraped.value('test_event_loop_delay_max_seconds')).toBe(0);
    expect(scraped.value('test_process_memory_bytes', { kind: 'rss' })).toBeGreaterThan(0);
    expect(scraped.value('test_process_uptime_seconds')).toBeGreaterThan(0);
  });

  it('answers liveness with the time one loop turn took', async () => {
    const answer = await liveness();
    expect(answer.status).toBe('ok');
    expect(answer.eventLoopLagSeconds).toBeGreaterThan(0);
    expect(answer.eventLoopLagSeconds).toBeLessThan(1);
  });
});
