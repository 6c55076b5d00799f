// A real hub process, a real kiosk agent process and the virtual TCP printer: issuing, printing, refusing.
import { type ChildProcess, spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ApiError,
  KioskSetup,
  type TakeTicketInput,
  TakeTicketResult,
} from '../../../machines/contracts/index.js';
import { loadAgentSettings } from '../../../main/agent/settings.js';
import { projectRoot } from '../../../main/paths.js';
import { startVirtualPrinter, type VirtualPrinter } from '../../fakes/virtualPrinter.js';
import { type AgentProcess, startAgentProcess } from '../../support/agentProcess.js';
import { createEnrolmentCodeViaCli as createEnrolmentCode } from '../../support/hubAuth.js';
import { type HubProcess, startHubProcess } from '../../support/hubProcess.js';

function visit(overrides: Partial<TakeTicketInput> = {}): TakeTicketInput {
  return {
    requestId: randomUUID(),
    serviceId: 'utility-bills',
    language: 'es',
    needs: { interpreter: { mode: 'phone', language: 'es' }, accessibility: [] },
    ...overrides,
  };
}

async function post(
  agent: AgentProcess,
  method: string,
  body: unknown,
): Promise<{ status: number; json: unknown }> {
  const res = await fetch(`${agent.url}/kiosk-api/${method}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });
  return { status: res.status, json: await res.json() };
}

/** Runs the agent CLI to its end: exit code and what it wrote; `onStdout` may signal it along the way. */
function runAgentCli(
  args: string[],
  onStdout?: (soFar: string, child: ChildProcess) => void,
): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const child: ChildProcess = spawn(process.execPath, ['--import', 'tsx', 'main/agent/cli.ts', ...args], {
    cwd: projectRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stdout = '';
  let stderr = '';
  child.stdout?.setEncoding('utf8').on('data', (c: string) => {
    stdout += c;
    onStdout?.(stdout, child);
  });
  child.stderr?.setEncoding('utf8').on('data', (c: string) => {
    stderr += c;
  });
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stdout, stderr })));
}

/** A loopback port nothing listens on: bound by us, then released. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  if (typeof address !== 'object' || address === null) throw new Error('no port');
  return address.port;
}

describe('kiosk agent process', () => {
  let hub: HubProcess;
  let printer: VirtualPrinter;
  let agent: AgentProcess;
  let noPrinterAgent: AgentProcess;
  let dataDir: string;

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'lobby311-agent-cli-'));
    hub = await startHubProcess();
    printer = await startVirtualPrinter({ port: 0 });
    const [one, two] = await Promise.all([
      createEnrolmentCode(hub.dataDir),
      createEnrolmentCode(hub.dataDir),
    ]);
    [agent, noPrinterAgent] = await Promise.all([
      startAgentProcess({ hubUrl: hub.url, printer: printer.url, enrolCode: one }),
      startAgentProcess({ hubUrl: hub.url, printer: 'none', enrolCode: two }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([agent?.stop(), noPrinterAgent?.stop()]);
    await hub?.stop();
    await printer?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('issues a ticket whose printed copy has the same number, the status-token QR code and one cut', async () => {
    const { site } = KioskSetup.parse((await post(agent, 'getSetup', {})).json);
    const res = await post(agent, 'takeTicket', visit());
    expect(res.status).toBe(200);
    const result = TakeTicketResult.parse(res.json);
    expect(result.print).toEqual({ ok: true });
    const job = await printer.nextJob();
    expect(job.ticketNumber).toBe(result.ticket.number);
    expect(job.receipt.qrCodes).toHaveLength(1);
    expect(job.receipt.qrCodes[0]).toMatch(new RegExp(`^${site.publicBaseUrl}/status/[A-Za-z0-9_-]{22,64}$`));
    expect(job.receipt.qrCodes[0]).not.toContain(result.ticket.id);
    expect(job.receipt.cuts).toBe(1);
    const words = job.receipt.lines.map((line) => line.text).join(' ');
    expect(words).toContain('Intérprete por teléfono solicitado: español');
  });

  it('answers a retry with the same requestId with the same ticket and does not print it again', async () => {
    const input = visit();
    const first = TakeTicketResult.parse((await post(agent, 'takeTicket', input)).json);
    expect((await printer.nextJob()).ticketNumber).toBe(first.ticket.number);
    const retry = TakeTicketResult.parse((await post(agent, 'takeTicket', input)).json);
    expect(retry.ticket.number).toBe(first.ticket.number);
    expect(retry.print).toEqual({ ok: true });
    const next = TakeTicketResult.parse((await post(agent, 'takeTicket', visit())).json);
    // The job after the first copy is the next visitor's ticket: the retry printed nothing.
    expect((await printer.nextJob()).ticketNumber).toBe(next.ticket.number);
  });

  it('refuses invalid input with 400 naming the field', async () => {
    const res = await post(agent, 'takeTicket', { ...visit(), language: 'Español' });
    expect(res.status).toBe(400);
    expect(ApiError.parse(res.json).error.message).toMatch(/^language: /);
  });

  it('still issues the ticket when the agent has no printer', async () => {
    const result = TakeTicketResult.parse((await post(noPrinterAgent, 'takeTicket', visit())).json);
    expect(result.ticket.number).toMatch(/^A\d{3}$/);
    expect(result.print).toEqual({ ok: false, reason: 'no-printer' });
    expect((await post(noPrinterAgent, 'getStatus', {})).json).toEqual({
      hub: 'online',
      printer: 'none',
      device: 'enrolled',
      printerHealth: {
        state: 'none',
        canPrint: false,
        fault: null,
        since: expect.any(String),
        lastGoodAt: null,
      },
      outOfService: null,
      // Which other kiosks can print depends on when the two agents last polled; deviceCare tests pin it down.
      otherKiosks: expect.any(Array),
      // Leases depend on the hub's offline band; the offline tests pin them down.
      connectivity: expect.objectContaining({ offlineSince: null, pendingHandOver: 0 }),
    });
  });

  it('exits 1 with one line when the hub cannot be reached', async () => {
    const hubUrl = `http://127.0.0.1:${await closedPort()}`;
    const run = await runAgentCli(['--hub', hubUrl, '--port', '0', '--data', dataDir]);
    expect(run.code).toBe(1);
    const lines = run.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(
      new RegExp(
        `^lobby311 agent: cannot reach the hub at ${hubUrl} \\(.+\\)\\. Is the hub running\\? Check --hub\\.$`,
      ),
    );
    expect(run.stdout).toBe('');
  });

  it('exits 2 with one line for a bad printer URI', async () => {
    const run = await runAgentCli(['--hub', hub.url, '--printer', 'lpt1:']);
    expect(run.code).toBe(2);
    expect(run.stderr.trim().split('\n')).toHaveLength(1);
    expect(run.stderr).toMatch(/^lobby311 agent: --printer "lpt1:"/);
  });

  it('enrols, prints its address (never its token) when ready and exits 0 on SIGTERM', async () => {
    const code = await createEnrolmentCode(hub.dataDir);
    const run = await runAgentCli(
      ['--hub', hub.url, '--port', '0', '--printer', 'none', '--data', dataDir, '--enrol', code],
      (soFar, child) => {
        if (soFar.includes('\n')) child.kill('SIGTERM');
      },
    );
    expect(run.stdout).toMatch(
      new RegExp(
        `^lobby311 agent listening on http://127\\.0\\.0\\.1:\\d+/kiosk \\(hub: ${hub.url}, printer: none, device: kiosk-[a-z0-9]+\\)\n$`,
      ),
    );
    expect(run.code).toBe(0);
    expect(run.stderr).toMatch(
      /^lobby311 agent: enrolled as kiosk-[a-z0-9]+; later starts need no --enrol\n$/,
    );
    const token = loadAgentSettings(dataDir).credential?.token ?? '';
    expect(token.length).toBeGreaterThanOrEqual(32);
    expect(run.stdout + run.stderr).not.toContain(token);
  });

  it('lists every option in --help', async () => {
    const run = await runAgentCli(['--help']);
    expect(run.code).toBe(0);
    for (const option of [
      '--hub',
      '--enrol',
      '--port',
      '--printer',
      '--printer-model',
      '--scanner',
      '--data',
      '--help',
      'set-exit-pin',
    ])
      expect(run.stdout).toContain(option);
  });
});
