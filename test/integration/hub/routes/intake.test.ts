// GET /api/intake and POST /api/queues/:queueId/intake: what kiosks may offer (people ahead, estimate, closed
// services with their reason) and the supervisor's switch that closes a queue for the rest of the day.
import { afterEach, describe, expect, it } from 'vitest';
import { ApiError, Intake, QueueState } from '../../../../machines/contracts/index.js';
import { relaxedSiteConfig, startTestHub, type TestHub } from '../support/testHub.js';

let hub: TestHub;
afterEach(() => hub.close());

const intake = async () => {
  const res = await hub.get('/api/intake', 'kiosk');
  expect(res.statusCode).toBe(200);
  return Intake.parse(res.json());
};
const serviceIntake = async (serviceId: string) =>
  (await intake()).services.find((s) => s.serviceId === serviceId)!;

describe('GET /api/intake', () => {
  it('lists every configured service as open, with the people waiting in its queue', async () => {
    hub = await startTestHub();
    await hub.issue({ serviceId: 'utility-bills' });
    await hub.issue({ serviceId: 'utility-bills' });
    await hub.issue({ serviceId: 'permits' });
    const answer = await intake();
    expect(answer.serviceDay).toBe('2026-11-26');
    expect(answer.at).toBe(hub.clock.now().toISOString());
    expect(answer.services.map((s) => s.serviceId)).toEqual(hub.config.services.map((s) => s.id));
    expect(answer.services.every((s) => s.open && s.closedReason === null)).toBe(true);
    expect(answer.services.find((s) => s.serviceId === 'utility-bills')?.peopleAhead).toBe(2);
    expect(answer.services.find((s) => s.serviceId === 'permits')?.peopleAhead).toBe(1);
    expect(answer.services.find((s) => s.serviceId === 'parking')?.peopleAhead).toBe(0);
  });

  it('gives no estimate rather than an invented one when no counter is open', async () => {
    hub = await startTestHub();
    await hub.issue();
    expect((await serviceIntake('utility-bills')).estimatedWait).toBeNull();
  });

  it('closes a service at its daily cap, and the hub refuses a ticket with service-closed', async () => {
    hub = await startTestHub({
      config: relaxedSiteConfig((c) => ({
        ...c,
        services: c.services.map((s) => (s.id === 'permits' ? { ...s, dailyCap: 1 } : s)),
      })),
    });
    expect((await hub.issue({ serviceId: 'permits' })).statusCode).toBe(201);
    expect(await serviceIntake('permits')).toMatchObject({ open: false, closedReason: 'daily-cap' });
    const refused = await hub.issue({ serviceId: 'permits' });
    expect(refused.statusCode).toBe(409);
    const { error } = ApiError.parse(refused.json());
    expect(error.code).toBe('service-closed');
    expect(error.message.length).toBeGreaterThan(10);
  });

  it('says when a service closed by the clock opens again', async () => {
    hub = await startTestHub({
      clockAt: '2026-11-27T04:00:00.000Z',
      config: relaxedSiteConfig((c) => ({
        ...c,
        intake: {
          ...c.intake,
          openingHours: { fri: [{ opens: '08:00', closes: '17:00' }] },
        },
      })),
    });
    // 20:00 on Thursday 26 November in Portland: next opening Friday 08:00 PST (16:00 UTC).
    expect(await serviceIntake('utility-bills')).toMatchObject({
      open: false,
      closedReason: 'outside-hours',
      opensAt: '2026-11-27T16:00:00.000Z',
    });
    expect((await hub.issue()).statusCode).toBe(409);
  });
});

describe('POST /api/queues/:queueId/intake', () => {
  it('closes a queue to new tickets for the day and opens it again', async () => {
    hub = await startTestHub();
    const closed = await hub.post('/api/queues/utility/intake', { open: false }, 'supervisor');
    expect(closed.statusCode).toBe(200);
    expect(QueueState.parse(closed.json())).toEqual({ queueId: 'utility', closedByStaff: true });
    expect(await serviceIntake('utility-bills')).toMatchObject({
      open: false,
      closedReason: 'closed-by-staff',
    });
    const refused = await hub.issue();
    expect(ApiError.parse(refused.json()).error.code).toBe('service-closed');
    expect((await hub.issue({ serviceId: 'permits' })).statusCode).toBe(201);

    const opened = await hub.post('/api/queues/utility/intake', { open: true }, 'administrator');
    expect(QueueState.parse(opened.json())).toEqual({ queueId: 'utility', closedByStaff: false });
    expect((await serviceIntake('utility-bills')).open).toBe(true);
    expect((await hub.issue()).statusCode).toBe(201);
  });

  it('shows the switch in the snapshot queues', async () => {
    hub = await startTestHub();
    await hub.post('/api/queues/permits/intake', { open: false }, 'supervisor');
    const snapshot = (await hub.get('/api/queue')).json() as {
      queues: { queueId: string; closedByStaff: boolean }[];
    };
    expect(snapshot.queues.find((q) => q.queueId === 'permits')?.closedByStaff).toBe(true);
    expect(snapshot.queues.filter((q) => q.closedByStaff)).toHaveLength(1);
  });

  it('refuses an unknown queue with 404, a desk member of staff with 403, a bad body with 400', async () => {
    hub = await startTestHub();
    const unknown = await hub.post('/api/queues/no-such-queue/intake', { open: false }, 'supervisor');
    expect(unknown.statusCode).toBe(404);
    const desk = await hub.post('/api/queues/utility/intake', { open: false }, 'desk');
    expect(desk.statusCode).toBe(403);
    const bad = await hub.post('/api/queues/utility/intake', { open: 'no' }, 'supervisor');
    expect(bad.statusCode).toBe(400);
    expect(ApiError.parse(bad.json()).error.message).toMatch(/"open"/);
  });
});
