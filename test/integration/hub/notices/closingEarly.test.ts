// A "closing early" notice on a real hub: from its closing time the chosen services show closed at intake
// (with the notice's id) and refuse tickets; the desk may still serve walk-ins; other services stay open.
import { randomUUID } from 'node:crypto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError, Intake, NoticeResult } from '../../../../machines/contracts/index.js';
import { startTestHub, type TestHub } from '../support/testHub.js';
import { minutesAfterMorning, noticeBody } from './noticeFixtures.js';

let hub: TestHub;

beforeEach(async () => {
  hub = await startTestHub();
});
afterEach(async () => {
  await hub.close();
});

const closesPermitsAt = (minutes: number) =>
  noticeBody({ endsAt: null, closing: { serviceIds: ['permits'], from: minutesAfterMorning(minutes) } });

const publishClosing = async (minutes: number) => {
  const res = await hub.post('/api/notices', closesPermitsAt(minutes), 'supervisor');
  expect(res.statusCode).toBe(201);
  return NoticeResult.parse(res.json()).notice;
};

const intakeOf = async (serviceId: string) => {
  const intake = Intake.parse((await hub.get('/api/intake', 'kiosk')).json());
  return intake.services.find((s) => s.serviceId === serviceId);
};

describe('a closing-early notice', () => {
  it('leaves the service open before its closing time', async () => {
    await publishClosing(30);
    hub.clock.set(minutesAfterMorning(29));
    expect(await intakeOf('permits')).toMatchObject({ open: true, closedReason: null });
    expect(await intakeOf('permits')).not.toHaveProperty('noticeId');
    expect((await hub.issue({ serviceId: 'permits' })).statusCode).toBe(201);
  });

  it('closes the service at intake and refuses its tickets from its closing time', async () => {
    const notice = await publishClosing(30);
    hub.clock.set(minutesAfterMorning(30));
    expect(await intakeOf('permits')).toMatchObject({
      open: false,
      closedReason: 'closing-early',
      noticeId: notice.id,
      estimatedWait: null,
    });
    expect(await intakeOf('utility-bills')).toMatchObject({ open: true, closedReason: null });
    const refused = await hub.issue({ serviceId: 'permits' });
    expect(refused.statusCode).toBe(409);
    expect(ApiError.parse(refused.json()).error).toEqual({
      code: 'service-closed',
      message: 'This service stopped issuing tickets early today; see the notice.',
    });
    expect((await hub.issue({ serviceId: 'utility-bills' })).statusCode).toBe(201);
  });

  it('still lets the desk serve a walk-in for the service', async () => {
    await publishClosing(0);
    const walkIn = await hub.postAt('counter-1', '/api/counters/counter-1/walk-in', {
      requestId: randomUUID(),
      serviceId: 'permits',
      language: 'en',
      needs: { interpreter: null, accessibility: [] },
    });
    expect(walkIn.statusCode).toBe(201);
  });

  it('gives way to a queue closed by staff, and stops with the withdrawal', async () => {
    const notice = await publishClosing(0);
    expect((await hub.post('/api/queues/permits/intake', { open: false })).statusCode).toBe(200);
    expect(await intakeOf('permits')).toMatchObject({ open: false, closedReason: 'closed-by-staff' });
    expect((await hub.post('/api/queues/permits/intake', { open: true })).statusCode).toBe(200);
    expect(await intakeOf('permits')).toMatchObject({ closedReason: 'closing-early', noticeId: notice.id });
    expect((await hub.post(`/api/notices/${notice.id}/withdraw`, {})).statusCode).toBe(200);
    expect(await intakeOf('permits')).toMatchObject({ open: true, closedReason: null });
    expect((await hub.issue({ serviceId: 'permits' })).statusCode).toBe(201);
  });

  it('stops with the notice end', async () => {
    const body = { ...closesPermitsAt(0), endsAt: minutesAfterMorning(20) };
    expect((await hub.post('/api/notices', body, 'supervisor')).statusCode).toBe(201);
    expect(await intakeOf('permits')).toMatchObject({ closedReason: 'closing-early' });
    hub.clock.set(minutesAfterMorning(20));
    expect(await intakeOf('permits')).toMatchObject({ open: true, closedReason: null });
  });
});
