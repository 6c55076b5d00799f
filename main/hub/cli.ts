// Command-line entry of the hub: parse options, load the site config, listen, and close cleanly on signals.

import { helpText, parseHubArgs, UsageError } from './cliArgs.js';
import { ConfigError, loadSiteConfig } from './loadConfig.js';
import { createHub } from './server.js';

const fail = (message: string, exitCode: number): never => {
  process.stderr.write(`lobby311 hub: ${message}\n`);
  process.exit(exitCode);
};

async function main(): Promise<void> {
  let options: ReturnType<typeof parseHubArgs>;
  let config: ReturnType<typeof loadSiteConfig>;
  try {
    options = parseHubArgs(process.argv.slice(2));
    if (options.help) {
      process.stdout.write(helpText);
      return;
    }
    config = loadSiteConfig(options.configFile);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ConfigError) return fail(error.message, 2);
    throw error;
  }

  const hub = await createHub({ dataDir: options.dataDir, config, logger: process.env.HUB_LOG === '1' });
  let address: string;
  try {
    address = await hub.app.listen({ port: options.port, host: options.host });
  } catch (error) {
    await hub.close();
    return fail(`cannot listen on ${options.host}:${options.port} (${(error as Error).message})`, 1);
  }
  process.stdout.write(`lobby311 hub listening on ${address} (data: ${options.dataDir})\n`);

  const shutdown = (signal: NodeJS.Signals) => {
    hub.close().then(
      () => process.exit(0),
      (error: unknown) => fail(`error while stopping on ${signal}: ${(error as Error).message}`, 1),
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

main().catch((error: unknown) => fail(`could not start: ${(error as Error).message}`, 1));
