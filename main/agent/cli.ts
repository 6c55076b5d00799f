// `npm run agent`: enrols (once) and starts a kiosk agent in browser mode (kiosk screen + bridge on 127.0.0.1)
// after a hub check; `npm run agent -- set-exit-pin` stores the facilities exit PIN.
import { createHubClient, type FetchLike } from '../../machines/contracts/index.js';
import { serviceLoggerFromEnv } from '../hub/monitoring/serviceLogger.js';
import { type AgentCliOptions, agentHelp, parseAgentCommand, UsageError } from './cliOptions.js';
import { EnrolmentError, enrolKiosk, notEnrolledMessage } from './enrol.js';
import { AGENT_HOST, createAgentHttpServer } from './httpServer.js';
import {
  checkCredential,
  checkHub,
  createKioskAgent,
  fetchWithTimeout,
  HubNotReachedError,
} from './kioskAgent.js';
import { canStartOffline } from './offline/siteSnapshot.js';
import { setExitPinFromStdin } from './setExitPin.js';
import { loadAgentSettings } from './settings.js';

function log(line: string): void {
  process.stderr.write(`lobby311 agent: ${line}\n`);
}

function exitWith(code: number, message: string): never {
  log(message);
  process.exit(code);
}

async function run(options: AgentCliOptions): Promise<void> {
  // The JSON log needs a file (LOBBY311_LOG_FILE): stdout carries only the ready line, stderr the plain lines.
  // With one, it holds a line per request and the operator's lines too (stderr keeps them plain either way).
  const logger = process.env.LOBBY311_LOG_FILE ? serviceLoggerFromEnv('agent', process.env) : null;
  const operatorLog = logger
    ? (line: string) => {
        log(line);
        logger.info(line);
      }
    : log;
  const fetchFn = fetchWithTimeout(10_000);
  try {
    await checkHub(createHubClient(options.hubUrl, fetchFn), options.hubUrl);
  } catch (err) {
    // An enrolled kiosk that knows its site keeps serving from its leases through an outage, even restarted.
    if (
      !(err instanceof HubNotReachedError && options.enrolCode === null && canStartOffline(options.dataDir))
    ) {
      exitWith(1, (err as Error).message);
    }
    log(
      `${(err as Error).message} Starting offline: tickets come from this kiosk's leases until it answers.`,
    );
  }
  const ready = await createAgentAfterEnrolment(options, fetchFn, operatorLog);
  await checkCredential(ready);

  const app = await createAgentHttpServer({
    service: ready.service,
    onError: (method, err) => operatorLog(`${method} failed: ${(err as Error).message}`),
    ...(logger ? { logger } : {}),
  });
  try {
    await app.listen({ host: AGENT_HOST, port: options.port });
  } catch (err) {
    await ready.service.close();
    exitWith(
      1,
      `cannot listen on ${AGENT_HOST}:${options.port} (${(err as Error).message}). Try another --port.`,
    );
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;

  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    // Closing the service ends pending scan waits, which lets the server finish its open requests.
    const closing = app.close();
    await ready.service.close();
    await closing;
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);

  process.stdout.write(
    `lobby311 agent listening on http://${AGENT_HOST}:${port}/kiosk (hub: ${options.hubUrl}, printer: ${options.printerUri}, device: ${ready.credential.deviceId})\n`,
  );
}

/** Enrols first when --enrol was given; without it a stored credential is required. */
async function createAgentAfterEnrolment(
  options: AgentCliOptions,
  fetchFn: FetchLike,
  operatorLog: (line: string) => void,
) {
  if (options.enrolCode !== null) {
    try {
      const deviceId = await enrolKiosk({
        hubUrl: options.hubUrl,
        dataDir: options.dataDir,
        code: options.enrolCode,
        fetch: fetchFn,
      });
      operatorLog(`enrolled as ${deviceId}; later starts need no --enrol`);
    } catch (err) {
      if (err instanceof EnrolmentError) exitWith(1, err.message);
      throw err;
    }
  } else if (loadAgentSettings(options.dataDir).credential === null) {
    exitWith(2, notEnrolledMessage);
  }
  return createKioskAgent({ ...options, log: operatorLog });
}

async function main(): Promise<void> {
  let command: ReturnType<typeof parseAgentCommand>;
  try {
    command = parseAgentCommand(process.argv.slice(2));
  } catch (err) {
    if (err instanceof UsageError) exitWith(2, err.message);
    throw err;
  }
  if (command.command === 'help') {
    process.stdout.write(agentHelp);
    return;
  }
  if (command.command === 'set-exit-pin') {
    try {
      process.stdout.write(`${await setExitPinFromStdin(command.dataDir)}\n`);
    } catch (err) {
      exitWith(1, (err as Error).message);
    }
    return;
  }
  await run(command);
}

main().catch((err: unknown) => exitWith(1, (err as Error).message));
