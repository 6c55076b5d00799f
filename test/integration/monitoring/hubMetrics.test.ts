// GET /metrics on a real in-process hub after a scripted morning: queue lengths and oldest waits that follow
// the hub's clock, counters, kiosk printers from their reports, the walk-in outbox and event-stream clients,
// read back with an independent Prometheus text parser; nothing a visitor typed appears.
import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { Principal, type Ticket, TicketResult } from '../../../machines/contracts/index.js';
import { scrape } from '../../support/prometheus.js';
import { startTestHub, type TestHub } from '../hub/support/testHub.js';

// One hub for the file (starting one costs more than these checks): each test reads only what it changed.
let hub: TestHub;
beforeAll(async () => {
  hub = await startTestHub();
});
afterAll(() => hub.close());

async function metrics() {
  const res = await hub.app.inject('/metrics');
  expect(res.statusCode).toBe(200);
  expect(res.headers['content-type']).toBe('text/plain; version=0.0.4; charset=utf-8');
  return { text: res.body, ...scrape(res.body) };
}

const seconds = (from: string) => (hub.clock.now().getTime() - Date.parse(from)) / 1000;

async function issueAt(offsetMs: number, serviceId = 'utility-bills'): Promise<Ticket> {
  hub.clock.advance(offsetMs);
  const res = await hub.issue({
    serviceId,
    needs: { interpreter: { mode: 'in-person', language: 'so' }, accessibility: ['wheelchair'] },
  });
  expect(res.statusCode).toBe(201);
  return TicketResult.parse(res.json()).ticket;
}

describe('hub /metrics', () => {
  it('follows a morning: 3 tickets, 1 call → 2 waiting, calls 1, issued 3, oldest wait on the hub clock', async () => {
    const before = await metrics();
    expect(before.value('lobby311_queue_waiting', { service: 'utility-bills' })).toBe(0);
    expect(before.value('lobby311_queue_oldest_wait_seconds', { service: 'utility-bills' })).toBe(0);
    expect(before.value('lobby311_tickets_issued_total', { service: 'utility-bills' })).toBe(0);

    const issued = [await issueAt(0), await issueAt(10_000), await issueAt(10_000)];
    hub.clock.advance(40_000);
    const called = TicketResult.parse((await hub.callNext('counter-2')).json()).ticket;
    const waiting = issued.filter((ticket) => ticket.id !== called.id);
    expect(waiting).toHaveLength(2);
    const oldestIssue = waiting.map((ticket) => ticket.issuedAt).sort()[0]!;

    const after = await metrics();
    expect(after.value('lobby311_queue_waiting', { service: 'utility-bills' })).toBe(2);
    expect(after.value('lobby311_calls_total', { service: 'utility-bills' })).toBe(1);
    expect(after.value('lobby311_recalls_total', { service: 'utility-bills' })).toBe(0);
    expect(after.value('lobby311_tickets_issued_total', { service: 'utility-bills' })).toBe(3);
    expect(after.value('lobby311_queue_oldest_wait_seconds', { service: 'utility-bills' })).toBe(
      seconds(oldestIssue),
    );

    hub.clock.advance(125_000);
    const later = await metrics();
    expect(later.value('lobby311_queue_oldest_wait_seconds', { service: 'utility-bills' })).toBe(
      seconds(oldestIssue),
    );
    expect(seconds(oldestIssue)).toBeGreaterThan(125);
    expect(later.typeOf('lobby311_calls_total')).toBe('COUNTER');
    expect(later.typeOf('lobby311_queue_waiting')).toBe('GAUGE');
  });

  it('shows each kiosk printer state from its latest health report', async () => {
    const me = Principal.parse((await hub.get('/api/auth/me', 'kiosk')).json());
    if (me.kind !== 'device') throw new Error('the kiosk caller is not a device');
    const at = hub.clock.now().toISOString();
    const printer = { state: 'paperOut', canPrint: false, fault: 'paper-out', since: at, lastGoodAt: null };
    expect((await hub.post('/api/devices/me/health', { printer }, 'kiosk')).statusCode).toBe(200);
    hub.clock.advance(30_000);

    const scraped = await metrics();
    expect(scraped.value('lobby311_printer_state', { device: me.deviceId, state: 'paperOut' })).toBe(1);
    expect(scraped.value('lobby311_printer_state', { device: me.deviceId, state: 'ready' })).toBe(0);
    expect(scraped.value('lobby311_device_report_age_seconds', { device: me.deviceId })).toBe(30);
  });

  it('counts the walk-in outbox and its oldest request, without the request’s personal data', async () => {
    const capturedAt = hub.clock.now().toISOString();
    const res = await hub.post(
      '/api/case-requests',
      {
        requestId: randomUUID(),
        serviceCode: 'general-feedback',
        answers: {},
        location: { kind: 'address', address: '12 SE Main St' },
        description: 'Maria Garcia says the lobby door sticks',
        contact: {
          firstName: 'Maria',
          lastName: 'Garcia',
          email: 'maria@example.com',
          phone: '503-555-0142',
        },
        language: 'es',
        capturedAt,
      },
      'kiosk',
    );
    expect(res.statusCode).toBe(201);
    hub.clock.advance(45_000);

    const scraped = await metrics();
    expect(scraped.value('lobby311_case_outbox_depth')).toBe(1);
    expect(scraped.value('lobby311_case_requests', { state: 'queued' })).toBe(1);
    expect(scraped.value('lobby311_case_outbox_oldest_age_seconds')).toBe(seconds(capturedAt));
    expect(scraped.text).not.toMatch(/maria|garcia|main st|503-555|door/i);
  });

  it('counts open event-stream clients by role', async () => {
    const url = await hub.app.listen({ port: 0, host: '127.0.0.1' });
    const socket = new WebSocket(`${url.replace('http', 'ws')}/api/events?view=staff`, {
      headers: await hub.headersFor('desk'),
    });
    await new Promise((resolve, reject) => {
      socket.once('message', resolve);
      socket.once('error', reject);
    });
    const open = await metrics();
    expect(open.value('lobby311_websocket_clients', { role: 'desk' })).toBe(1);
    expect(open.value('lobby311_websocket_clients', { role: 'display' })).toBe(0);

    const closed = new Promise((resolve) => socket.once('close', resolve));
    socket.close();
    await closed;
    expect((await metrics()).value('lobby311_websocket_clients', { role: 'desk' })).toBe(0);
  });

  it('names every family lobby311_…, counters _total, and labels only ids, roles, states and quantiles', async () => {
    await issueAt(0, 'permits');
    const scraped = await metrics();
    expect(scraped.value('lobby311_tickets_issued_total', { service: 'permits' })).toBe(1);
    const allowedLabels = new Set([
      'service',
      'device',
      'state',
      'role',
      'quantile',
      'kind',
      'version',
      'queue',
    ]);
    for (const name of scraped.names) {
      expect(name).toMatch(/^lobby311_[a-z0-9_]+$/);
      expect(scraped.typeOf(name) === 'COUNTER').toBe(name.endsWith('_total'));
      for (const labels of scraped.labelsOf(name)) {
        for (const key of Object.keys(labels)) expect(allowedLabels).toContain(key);
      }
    }
    expect(scraped.value('lobby311_event_loop_delay_seconds', { quantile: '0.99' })).toBeGreaterThanOrEqual(
      0,
    );
    expect(scraped.value('lobby311_process_memory_bytes', { kind: 'rss' })).toBeGreaterThan(0);
    expect(scraped.text).not.toMatch(/wheelchair|interpreter|"so"/);
  });
});
