// The kiosk bridge in browser mode: JSON over HTTP to /kiosk-api/<method>, validated, with typed errors.
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeKioskError, type KioskBridge } from '../../../../machines/contracts/kioskApi.js';
import {
  createHttpKioskBridge,
  fromPreloadBridge,
  KioskBridgeError,
} from '../../../../renderer/bridge/kioskBridge.js';
import { intakeFor, portlandSetup, ticketResultFor } from '../../machines/kioskFlow/fixtures.js';

const setup = portlandSetup();
const takeInput = {
  requestId: '00000000-0000-4000-8000-000000000009',
  serviceId: 'permits',
  language: 'es',
  needs: { interpreter: null, accessibility: [] },
};

/** What the test agent answers next: status and body per path. */
const answers = new Map<string, { status: number; body: unknown }>();
const received: { path: string; method: string; body: unknown }[] = [];
let server: Server;
let baseUrl: string;

async function readBody(req: IncomingMessage): Promise<unknown> {
  let text = '';
  for await (const chunk of req) text += chunk;
  return JSON.parse(text);
}

beforeAll(async () => {
  server = createServer(async (req, res) => {
    received.push({ path: req.url ?? '', method: req.method ?? '', body: await readBody(req) });
    const answer = answers.get(req.url ?? '') ?? { status: 404, body: {} };
    res.writeHead(answer.status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(answer.body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

describe('createHttpKioskBridge', () => {
  it('posts the input as JSON and returns the validated output', async () => {
    answers.set('/kiosk-api/takeTicket', { status: 200, body: ticketResultFor(takeInput) });
    const result = await createHttpKioskBridge(baseUrl).takeTicket(takeInput);
    expect(result.ticket.id).toBe(takeInput.requestId);
    expect(received.at(-1)).toEqual({ path: '/kiosk-api/takeTicket', method: 'POST', body: takeInput });
  });

  it('loads the setup with the site defaults applied by the schema', async () => {
    answers.set('/kiosk-api/getSetup', { status: 200, body: setup });
    const loaded = await createHttpKioskBridge(baseUrl).getSetup({});
    expect(loaded.site.languages).toEqual(setup.site.languages);
    expect(loaded.site.languages).toContain('zh-Hant');
  });

  it('asks the agent for the intake and returns it validated', async () => {
    answers.set('/kiosk-api/getIntake', { status: 200, body: intakeFor(setup, ['parking']) });
    const intake = await createHttpKioskBridge(baseUrl).getIntake({});
    expect(intake.services.find((s) => s.serviceId === 'parking')?.closedReason).toBe('closed-by-staff');
    expect(received.at(-1)).toEqual({ path: '/kiosk-api/getIntake', method: 'POST', body: {} });
  });

  it('throws the ApiError code and message on a 4xx/5xx answer', async () => {
    answers.set('/kiosk-api/takeTicket', {
      status: 409,
      body: { error: { code: 'queue-full', message: 'No more tickets for this service today.' } },
    });
    const error = await createHttpKioskBridge(baseUrl)
      .takeTicket(takeInput)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KioskBridgeError);
    expect(error).toMatchObject({
      status: 409,
      code: 'queue-full',
      message: 'No more tickets for this service today.',
    });
  });

  it('refuses an answer that does not match the contract', async () => {
    answers.set('/kiosk-api/getStatus', { status: 200, body: { hub: 'maybe' } });
    await expect(createHttpKioskBridge(baseUrl).getStatus({})).rejects.toThrow();
  });

  it('reports an unreachable agent as "unavailable"', async () => {
    const closed = createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const { port } = closed.address() as AddressInfo;
    await new Promise((resolve) => closed.close(resolve));
    const error = await createHttpKioskBridge(`http://127.0.0.1:${port}`)
      .getStatus({})
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ name: 'KioskBridgeError', status: 0, code: 'unavailable' });
  });
});

describe('field problems of a refused walk-in request', () => {
  const problems = [{ field: 'answers.size', problem: 'required' as const }];
  const refusal = {
    status: 400,
    error: { code: 'invalid-request' as const, message: 'Some answers need a look.', problems },
  };
  const requestInput = {
    requestId: '00000000-0000-4000-8000-000000000010',
    serviceCode: 'pothole',
    answers: {},
    location: { kind: 'here' as const },
    description: '',
    contact: null,
    language: 'es',
    capturedAt: '2026-11-26T18:00:00.000Z',
  };

  it('reach the screen over HTTP', async () => {
    answers.set('/kiosk-api/submitRequest', { status: 400, body: { error: refusal.error } });
    const error = await createHttpKioskBridge(baseUrl)
      .submitRequest(requestInput)
      .catch((e: unknown) => e);
    expect(error).toMatchObject({ status: 400, code: 'invalid-request', problems });
  });

  it('reach the screen through the Electron preload, which can only pass an error message', async () => {
    const preload = {
      submitRequest: async () => {
        throw new Error(encodeKioskError(refusal));
      },
      getStatus: async () => {
        throw new Error('An object could not be cloned.');
      },
    } as unknown as KioskBridge;
    const bridge = fromPreloadBridge(preload);
    await expect(bridge.submitRequest(requestInput)).rejects.toMatchObject({
      name: 'KioskBridgeError',
      status: 400,
      code: 'invalid-request',
      problems,
    });
    await expect(bridge.getStatus({})).rejects.toMatchObject({ code: 'unavailable', status: 0 });
  });
});
