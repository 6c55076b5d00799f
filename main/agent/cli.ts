// `npm run agent`: starts a kiosk agent in browser mode (kiosk screen + bridge on 127.0.0.1) after a hub check.
import { agentHelp, parseAgentArgs, UsageError } from './cliOptions.js';
import { AGENT_HOST, createAgentHttpServer } from './httpServer.js';
import { checkHub, createKioskAgent } from './kioskAgent.js';

function exitWith(code: number, message: string): never {
  process.stderr.write(`lobby311 agent: ${message}\n`);
  process.exit(code);
}

async function main(): Promise<void> {
  let parsed: ReturnType<typeof parseAgentArgs>;
  try {
    parsed = parseAgentArgs(process.argv.slice(2));
  } catch (err) {
    if (err instanceof UsageError) exitWith(2, err.message);
    throw err;
  }
  if (parsed.help) {
    process.stdout.write(agentHelp);
    return;
  }
  const agent = createKioskAgent({
    hubUrl: parsed.hubUrl,
    printerUri: parsed.printerUri,
    dataDir: parsed.dataDir,
  });
  try {
    await checkHub(agent.hub, parsed.hubUrl);
  } catch (err) {
    await agent.service.close();
    exitWith(1, (err as Error).message);
  }

  const app = await createAgentHttpServer({
    service: agent.service,
    onError: (method, err) =>
      process.stderr.write(`lobby311 agent: ${method} failed: ${(err as Error).message}\n`),
  });
  try {
    await app.listen({ host: AGENT_HOST, port: parsed.port });
  } catch (err) {
    await agent.service.close();
    exitWith(
      1,
      `cannot listen on ${AGENT_HOST}:${parsed.port} (${(err as Error).message}). Try another --port.`,
    );
  }
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : parsed.port;

  let stopping = false;
  const shutdown = async () => {
    if (stopping) return;
    stopping = true;
    await app.close();
    await agent.service.close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);

  process.stdout.write(
    `lobby311 agent listening on http://${AGENT_HOST}:${port}/kiosk (hub: ${parsed.hubUrl}, printer: ${parsed.printerUri})\n`,
  );
}

main().catch((err: unknown) => exitWith(1, (err as Error).message));
