// Kiosks keep issuing through a hub outage: a real hub process (SQLite), two real agent processes with virtual
// printers, the hub killed and restarted on the same data and port. Offline numbers are unique and readable,
// every offline ticket reaches its queue once in arrival order, an interrupted hand-over is resent, an agent
// killed while offline loses nothing, and a used-up lease answers `lease-exhausted`.
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  ApiError,
  CallNextResult,
  KioskStatus,
  TakeTicketResult,
} from '../../../machines/contracts/index.js';
import { startVirtualPrinter, type VirtualPrinter } from '../../fakes/virtualPrinter.js';
import { type AgentProcess, startAgentProcess } from '../../support/agentProcess.js';
import {
  createAdminViaCli,
  createEnrolmentCodeViaCli,
  login,
  type SignedInDesk,
  signInDesks,
} from '../../support/hubAuth.js';
import { type HubProcess, startHubProcess } from '../../support/hubProcess.js';
import { kioskVisit } from '../../support/kioskVisit.js';
import { type HubProxy, startHubProxy } from './hubProxy.js';

interface Kiosk {
  agent: AgentProcess;
  printer: VirtualPrinter;
  dataDir: string;
}

async function kioskCall(
  kiosk: Kiosk,
  method: string,
  body: unknown,
): Promise<{ status: number; json: unknown }> {
  const res = await fetch(`${kiosk.agent.url}/kiosk-api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: await res.json() };
}

/**
 * takeTicket, waiting out the kiosk's own rate limit (5 tickets at once, then one every 4 s): a refused call
 * issues nothing, so this issues exactly one ticket, or answers another refusal such as lease-exhausted.
 */
const takeTicket = (kiosk: Kiosk) =>
  vi.waitFor(
    async () => {
      const res = await kioskCall(kiosk, 'takeTicket', kioskVisit());
      if (res.status === 429) throw new Error('rate limited: wait for the kiosk to allow another ticket');
      return res;
    },
    { timeout: 20_000, interval: 500 },
  );

const status = async (kiosk: Kiosk) => KioskStatus.parse((await kioskCall(kiosk, 'getStatus', {})).json);

/** Takes a ticket offline and checks its printout carries the same readable number. */
async function takeOffline(kiosk: Kiosk): Promise<TakeTicketResult> {
  const res = await takeTicket(kiosk);
  expect(res.status).toBe(200);
  const result = TakeTicketResult.parse(res.json);
  expect(result.offline).toBe(true);
  expect(result.ticket.number).toMatch(/^A\d{3}$/);
  expect((await kiosk.printer.nextJob()).ticketNumber).toBe(result.ticket.number);
  return result;
}

describe('kiosks through a hub outage', () => {
  let hub: HubProcess;
  let hubDataDir: string;
  let proxy: HubProxy;
  let desk: SignedInDesk;
  const kiosks: Kiosk[] = [];
  /** Every offline ticket, in the order visitors took them. */
  const issued: TakeTicketResult[] = [];

  const restartHub = async () => {
    hub = await startHubProcess({ dataDir: hubDataDir, port: hub.port });
  };
  const allHandedOver = async () => {
    for (const kiosk of kiosks) {
      await expect
        .poll(async () => (await status(kiosk)).connectivity?.pendingHandOver, { timeout: 30_000 })
        .toBe(0);
    }
  };
  /** Calls next at counter 1 until nothing waits; answers the called ticket ids in order. */
  const callAll = async (): Promise<string[]> => {
    const called: string[] = [];
    for (;;) {
      const res = await fetch(`${hub.url}/api/counters/${desk.counterId}/call-next`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: desk.cookie },
        body: JSON.stringify({ requestId: randomUUID() }),
      });
      const body = await res.json();
      if (res.status === 409) {
        expect(ApiError.parse(body).error.code).toBe('nothing-waiting');
        return called;
      }
      expect(res.status).toBe(200);
      const { ticket } = CallNextResult.parse(body);
      called.push(ticket.id);
      const done = await fetch(`${hub.url}/api/tickets/${ticket.id}/complete`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie: desk.cookie },
        body: JSON.stringify({ outcomeId: 'resolved' }),
      });
      expect(done.status).toBe(200);
    }
  };

  beforeAll(async () => {
    hub = await startHubProcess();
    hubDataDir = hub.dataDir;
    proxy = await startHubProxy(hub.port);
    await createAdminViaCli(hub.dataDir, 'admin');
    const adminCookie = await login(hub.url, 'admin');
    [desk] = (await signInDesks(hub.url, adminCookie, ['counter-1'])) as [SignedInDesk];
    for (const name of ['Kiosk A', 'Kiosk B']) {
      const printer = await startVirtualPrinter();
      const dataDir = mkdtempSync(join(tmpdir(), 'lobby311-offline-agent-'));
      const agent = await startAgentProcess({
        hubUrl: proxy.url,
        enrolCode: await createEnrolmentCodeViaCli(hub.dataDir, 'kiosk', name),
        printer: printer.url,
        dataDir,
      });
      kiosks.push({ agent, printer, dataDir });
    }
  });

  afterAll(async () => {
    for (const k of kiosks) {
      await k.agent.stop();
      await k.printer.close();
      rmSync(k.dataDir, { recursive: true, force: true });
    }
    await proxy?.close();
    await hub?.stop();
    rmSync(hubDataDir, { recursive: true, force: true });
  });

  it('gets a lease at each kiosk, issues unique readable numbers through an outage, and hands them over in order', async () => {
    for (const kiosk of kiosks) {
      await expect
        .poll(
          async () =>
            (await status(kiosk)).connectivity?.leases.find((l) => l.queueId === 'utility')?.remaining,
        )
        .toBeGreaterThan(0);
    }
    await hub.kill('SIGKILL');
    for (let i = 0; i < 6; i += 1) issued.push(await takeOffline(kiosks[i % 2]!));
    expect(new Set(issued.map((t) => t.ticket.number)).size).toBe(issued.length);
    expect((await status(kiosks[0]!)).hub).toBe('offline');

    await restartHub();
    await allHandedOver();
    expect(await callAll()).toEqual(issued.map((t) => t.ticket.id));
  }, 120_000);

  it('resends a hand-over the hub died in the middle of; the hub places each ticket once', async () => {
    await hub.kill('SIGKILL');
    const round = [];
    for (let i = 0; i < 4; i += 1) round.push(await takeOffline(kiosks[i % 2]!));
    const handingOver = proxy.nextRequest('POST /api/tickets/offline');
    await restartHub();
    await handingOver;
    await hub.kill('SIGKILL');
    proxy.dropAll();
    await restartHub();
    await allHandedOver();
    const numbers = [...issued, ...round].map((t) => t.ticket.number);
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(await callAll()).toEqual(round.map((t) => t.ticket.id));
  }, 120_000);

  it('loses nothing when an agent is killed while offline, and answers lease-exhausted when its numbers run out', async () => {
    await hub.kill('SIGKILL');
    const kioskB = kiosks[1]!;
    const before = [await takeOffline(kioskB), await takeOffline(kioskB)];
    await kioskB.agent.kill('SIGKILL');
    kioskB.agent = await startAgentProcess({
      hubUrl: proxy.url,
      printer: kioskB.printer.url,
      dataDir: kioskB.dataDir,
    });
    expect((await status(kioskB)).connectivity?.pendingHandOver).toBe(2);

    // The restarted agent continues its lease (its fresh rate limit allows the few numbers left) until it runs out.
    const round = [...before];
    let refusal: { status: number; json: unknown } | null = null;
    for (let i = 0; i < 50 && refusal === null; i += 1) {
      const res = await takeTicket(kioskB);
      if (res.status === 200) {
        round.push(TakeTicketResult.parse(res.json));
        expect((await kioskB.printer.nextJob()).ticketNumber).toBe(round.at(-1)?.ticket.number);
      } else refusal = res;
    }
    expect(refusal?.status).toBe(503);
    expect(ApiError.parse(refusal?.json).error).toEqual({
      code: 'lease-exhausted',
      message: expect.stringMatching(
        /^This kiosk cannot give out numbers for .+ until the connection is back\. Please ask at the front desk\.$/,
      ),
    });
    round.push(await takeOffline(kiosks[0]!));

    await restartHub();
    await allHandedOver();
    const numbers = round.map((t) => t.ticket.number);
    expect(new Set(numbers).size).toBe(numbers.length);
    expect(await callAll()).toEqual(round.map((t) => t.ticket.id));
  }, 180_000);
});
