import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import {
  ApiError,
  type DeviceCommand,
  KioskStatus,
  TakeTicketResult,
} from '../../../machines/contracts/index.js';
import { loadAgentSettings } from '../../../main/agent/settings.js';
import { startVirtualPrinter, type VirtualPrinter } from '../../fakes/virtualPrinter.js';
import { type AgentProcess, startAgentProcess } from '../../support/agentProcess.js';
import { createEnrolmentCodeViaCli } from '../../support/hubAuth.js';
import { type HubProcess, startHubProcess } from '../../support/hubProcess.js';
import { kioskVisit } from '../../support/kioskVisit.js';
import { type HubAdmin, signInAsNewAdmin } from './hubAdmin.js';

/** The agent asks for instructions every 5 s; allow a few rounds. */
const pickedUp = { timeout: 20_000, interval: 200 };

async function post(agent: AgentProcess, method: string, body: unknown) {
  const res = await fetch(`${agent.url}/kiosk-api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: (await res.json()) as unknown };
}

describe('device care through the hub and the agent process', () => {
  let hub: HubProcess;
  let printer: VirtualPrinter;
  let agent: AgentProcess;
  let admin: HubAdmin;
  let deviceId: string;

  beforeAll(async () => {
    hub = await startHubProcess();
    printer = await startVirtualPrinter({ port: 0, columns: 32 });
    const code = await createEnrolmentCodeViaCli(hub.dataDir, 'kiosk', 'Kiosk by the door');
    [agent, admin] = await Promise.all([
      startAgentProcess({
        hubUrl: hub.url,
        printer: printer.url,
        printerModel: 'epson-tm-p20ii',
        enrolCode: code,
      }),
      signInAsNewAdmin(hub.url, hub.dataDir),
    ]);
    deviceId = loadAgentSettings(agent.dataDir).credential?.deviceId ?? '';
  });
  afterAll(async () => {
    await agent?.stop();
    await hub?.stop();
    await printer?.close();
  });

  const commandNow = async (command: DeviceCommand) =>
    (await admin.listCommands(deviceId)).find((c) => c.id === command.id);

  it('prints a test page queued by facilities and the command ends done with "Printed"', async () => {
    const command = await admin.queueCommand(deviceId, { kind: 'testPrint' });
    expect(command.status).toBe('pending');
    const job = await printer.nextJob();
    expect(job.text).toContain('Test print');
    expect(job.text).toContain('Kiosk by the door');
    expect(job.text).toContain('epson-tm-p20ii');
    await vi.waitFor(async () => {
      expect(await commandNow(command)).toMatchObject({ status: 'done', detail: 'Printed' });
    }, pickedUp);
  });

  it('reprints a ticket the desk asks for, marked as a copy', async () => {
    const taken = TakeTicketResult.parse((await post(agent, 'takeTicket', kioskVisit())).json);
    expect((await printer.nextJob()).ticketNumber).toBe(taken.ticket.number);
    const command = await admin.reprintTicket(taken.ticket.id);
    const copy = await printer.nextJob();
    expect(copy.ticketNumber).toBe(taken.ticket.number);
    expect(copy.text).toContain('COPY');
    await vi.waitFor(async () => {
      expect(await commandNow(command)).toMatchObject({ status: 'done', detail: 'Printed' });
    }, pickedUp);
  });

  it('reports its printer model with its health', async () => {
    await vi.waitFor(async () => {
      expect((await admin.deviceHealth(deviceId))?.printerModel).toBe('epson-tm-p20ii');
    }, pickedUp);
  });

  it('goes out of service with the facilities message, refuses tickets, and comes back', async () => {
    const message = 'Please use the kiosk by the elevators';
    expect(await admin.setOutOfService(deviceId, message)).toBe(200);
    await vi.waitFor(async () => {
      const status = KioskStatus.parse((await post(agent, 'getStatus', {})).json);
      expect(status.outOfService?.message).toBe(message);
    }, pickedUp);
    const refused = await post(agent, 'takeTicket', kioskVisit());
    expect(refused.status).toBe(503);
    expect(ApiError.parse(refused.json).error).toEqual({
      code: 'unavailable',
      message: `This kiosk is out of service: ${message}`,
    });

    expect(await admin.setOutOfService(deviceId, null)).toBe(200);
    await vi.waitFor(async () => {
      const status = KioskStatus.parse((await post(agent, 'getStatus', {})).json);
      expect(status.outOfService).toBeNull();
    }, pickedUp);
    expect((await post(agent, 'takeTicket', kioskVisit())).status).toBe(200);
    await printer.nextJob();
  }, 60_000);
});
