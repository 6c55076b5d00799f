// The kiosk agent's readiness and metrics from its status: ready when it can issue (hub, or offline numbers left),
// whatever its printer says; unready when not enrolled, refused, out of service or without any way to issue.
import { describe, expect, it } from 'vitest';
import type { KioskStatus, PrinterHealth } from '../../../machines/contracts/index.js';
import { agentMetrics } from '../../../main/agent/monitoring/agentMetrics.js';
import { agentReadiness } from '../../../main/agent/monitoring/agentReadiness.js';
import { readinessOf } from '../../../main/hub/monitoring/probeRoutes.js';
import { startProcessMetrics } from '../../../main/hub/monitoring/processMetrics.js';
import { toPrometheusText } from '../../../main/hub/monitoring/promText.js';
import { scrape } from '../../support/prometheus.js';

const paperOut: PrinterHealth = {
  state: 'paperOut',
  canPrint: false,
  fault: 'paper-out',
  since: '2026-11-26T18:00:00.000Z',
  lastGoodAt: null,
};

const status = (changes: Partial<KioskStatus> = {}): KioskStatus => ({
  hub: 'online',
  printer: 'ready',
  device: 'enrolled',
  printerHealth: null,
  outOfService: null,
  otherKiosks: [],
  connectivity: {
    offlineSince: null,
    lastOutageSeconds: null,
    offlineIssuedToday: 0,
    pendingHandOver: 0,
    rejectedHandOver: 0,
    pendingCaseRequests: 0,
    leases: [],
  },
  ...changes,
});

const offline = (
  leases: { queueId: string; remaining: number }[],
  pendingHandOver = 0,
): Partial<KioskStatus> => ({
  hub: 'offline',
  connectivity: {
    offlineSince: '2026-11-26T17:58:00.000Z',
    lastOutageSeconds: null,
    offlineIssuedToday: pendingHandOver,
    pendingHandOver,
    rejectedHandOver: 1,
    pendingCaseRequests: 2,
    leases,
  },
});

describe('agent readiness', () => {
  it('is ready with a paper-out printer, and says the printer state', () => {
    const answer = readinessOf(agentReadiness(status({ printer: 'error', printerHealth: paperOut })));
    expect(answer.status).toBe('ready');
    expect(answer.checks.find((check) => check.name === 'printer')).toEqual({
      name: 'printer',
      ok: true,
      reason: null,
      detail: 'paperOut',
    });
  });

  it('is ready through a hub outage while offline numbers are left, and not once they are used up', () => {
    const withNumbers = readinessOf(agentReadiness(status(offline([{ queueId: 'general', remaining: 3 }]))));
    expect(withNumbers.status).toBe('ready');
    expect(withNumbers.checks.find((check) => check.name === 'ticket-issuing')?.detail).toBe('offline');
    const usedUp = readinessOf(agentReadiness(status(offline([{ queueId: 'general', remaining: 0 }]))));
    expect(usedUp).toMatchObject({
      status: 'not-ready',
      reason: 'The hub does not answer and this kiosk has no offline numbers left.',
    });
  });

  it('is not ready when the hub refuses the kiosk, it is not enrolled, or facilities took it out of service', () => {
    expect(readinessOf(agentReadiness(status({ device: 'disabled' }))).reason).toMatch(/no longer accepts/);
    expect(readinessOf(agentReadiness(status({ device: 'not-enrolled' }))).reason).toMatch(/--enrol/);
    const outOfService = status({
      outOfService: { message: 'Screen being repaired', since: paperOut.since },
    });
    expect(readinessOf(agentReadiness(outOfService)).reason).toMatch(/out of service/);
  });
});

describe('agent metrics', () => {
  it('report the link to the hub, the offline log depth, numbers left and the printer state', () => {
    const process = startProcessMetrics();
    const text = toPrometheusText(
      agentMetrics(
        status({ ...offline([{ queueId: 'general', remaining: 7 }], 4), printerHealth: paperOut }),
        process,
        new Date('2026-11-26T18:00:00.000Z'),
      ),
    );
    process.stop();
    const scraped = scrape(text);
    expect(scraped.value('lobby311_agent_hub_connected')).toBe(0);
    expect(scraped.value('lobby311_agent_offline_seconds')).toBe(120);
    expect(scraped.value('lobby311_agent_offline_log_depth', { kind: 'tickets' })).toBe(4);
    expect(scraped.value('lobby311_agent_offline_log_depth', { kind: 'rejected_tickets' })).toBe(1);
    expect(scraped.value('lobby311_agent_offline_log_depth', { kind: 'case_requests' })).toBe(2);
    expect(scraped.value('lobby311_agent_offline_numbers_remaining', { queue: 'general' })).toBe(7);
    expect(scraped.value('lobby311_agent_printer_state', { state: 'paperOut' })).toBe(1);
    expect(scraped.value('lobby311_agent_printer_state', { state: 'ready' })).toBe(0);
    expect(scraped.value('lobby311_agent_device_state', { state: 'enrolled' })).toBe(1);
    expect(scraped.value('lobby311_agent_process_memory_bytes', { kind: 'heap_used' })).toBeGreaterThan(0);
  });
});
