// Command-line entry of the hub: serve (listen, close cleanly on signals) or run an admin subcommand.

import { RefusedError, runAdminCommand } from './adminCli.js';
import { adminCommands, parseAdminCommand } from './adminCliArgs.js';
import {
  type CaseStoreConnection,
  CaseStoreUriError,
  createCaseStoreAdapter,
  parseCaseStoreUri,
} from './cases/caseStoreUri.js';
import { helpText, parseHubArgs, UsageError } from './cliArgs.js';
import { ConfigError, loadSiteConfig } from './loadConfig.js';
import { loadTlsFiles, TlsFileError } from './security/tlsFiles.js';
import { createHub } from './server.js';

const fail = (message: string, exitCode: number): never => {
  process.stderr.write(`lobby311 hub: ${message}\n`);
  process.exit(exitCode);
};

const isAdminCommand = (word: string | undefined): word is (typeof adminCommands)[number] =>
  adminCommands.includes(word as (typeof adminCommands)[number]);

async function admin(argv: string[]): Promise<void> {
  try {
    const [command, ...rest] = argv;
    if (!isAdminCommand(command)) return;
    if (rest.includes('--help')) {
      process.stdout.write(helpText);
      return;
    }
    process.stdout.write(`${await runAdminCommand(parseAdminCommand(command, rest))}\n`);
  } catch (error) {
    if (error instanceof UsageError) return fail(error.message, 2);
    if (error instanceof RefusedError) return fail(error.message, 1);
    return fail(`${argv[0]} failed: ${(error as Error).message}`, 1);
  }
}

async function serve(argv: string[]): Promise<void> {
  let options: ReturnType<typeof parseHubArgs>;
  let config: ReturnType<typeof loadSiteConfig>;
  let tls: ReturnType<typeof loadTlsFiles>;
  let caseStore: CaseStoreConnection | null;
  try {
    options = parseHubArgs(argv);
    if (options.help) {
      process.stdout.write(helpText);
      return;
    }
    config = loadSiteConfig(options.configFile);
    tls = loadTlsFiles(options.tlsCert, options.tlsKey);
    caseStore = parseCaseStoreUri(options.caseStore ?? 'none', process.env, config.caseRequests);
  } catch (error) {
    const plain =
      error instanceof UsageError ||
      error instanceof ConfigError ||
      error instanceof TlsFileError ||
      error instanceof CaseStoreUriError;
    if (plain) return fail(error.message, 2);
    throw error;
  }

  const hub = await createHub({
    dataDir: options.dataDir,
    config,
    logger: process.env.HUB_LOG === '1',
    caseStore: caseStore ? createCaseStoreAdapter(caseStore) : null,
    ...(tls ? { tls, secureCookies: true } : {}),
  });
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

const argv = process.argv.slice(2);
const run = isAdminCommand(argv[0]) ? admin(argv) : serve(argv);
run.catch((error: unknown) => fail(`could not start: ${(error as Error).message}`, 1));
