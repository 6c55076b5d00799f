// Command-line entry of the hub: serve (listen, close cleanly on signals) or run an admin subcommand.

import { RefusedError, runAdminCommand } from './adminCli.js';
import { adminCommands, parseAdminCommand } from './adminCliArgs.js';
import { createCaseStoreAdapter } from './cases/caseStoreUri.js';
import { type HubCliOptions, helpText, parseHubArgs, UsageError } from './cliArgs.js';
import { serviceLoggerFromEnv } from './monitoring/serviceLogger.js';
import { scheduleBackups } from './ops/backupSchedule.js';
import { acquireHubLock, type HubLock, HubRunningError } from './ops/hubLock.js';
import { checkHubSetup, type HubSetup, isSetupError, loadHubSetup } from './ops/hubSetup.js';
import { createHub } from './server.js';

/** Prints each line of `message` (several for a service config with several mistakes) and exits. */
const fail = (message: string, exitCode: number): never => {
  process.stderr.write(message.replace(/^/gm, 'lobby311 hub: ').concat('\n'));
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

/** `--check-config`: every problem on its own line (exit 2), or "configuration OK" (exit 0). */
function checkConfig(options: HubCliOptions): void {
  const problems = checkHubSetup(options, process.env);
  if (problems.length === 0) {
    process.stdout.write('configuration OK\n');
    return;
  }
  fail(problems.join('\n'), 2);
}

async function serve(argv: string[]): Promise<void> {
  let setup: HubSetup;
  let lock: HubLock;
  try {
    const options = parseHubArgs(argv);
    if (options.help) {
      process.stdout.write(helpText);
      return;
    }
    if (options.checkConfig) return checkConfig(options);
    setup = loadHubSetup(options, process.env);
    lock = acquireHubLock(setup.settings.dataDir, 'hub');
  } catch (error) {
    if (error instanceof UsageError || isSetupError(error)) return fail(error.message, 2);
    if (error instanceof HubRunningError) return fail(error.message, 1);
    throw error;
  }
  const { settings: options, config, tls, caseStore } = setup;
  // The service config's log-file feeds the logger's own setting; LOBBY311_LOG_FILE, when set, wins.
  if (options.logFile && !process.env.LOBBY311_LOG_FILE) process.env.LOBBY311_LOG_FILE = options.logFile;

  const hub = await createHub({
    dataDir: options.dataDir,
    config,
    logger: serviceLoggerFromEnv('hub', process.env),
    caseStore: caseStore ? createCaseStoreAdapter(caseStore) : null,
    updatesDir: options.updatesDir ?? null,
    ...(tls ? { tls, secureCookies: true } : {}),
  });
  let address: string;
  try {
    address = await hub.app.listen({ port: options.port, host: options.host });
  } catch (error) {
    await hub.close();
    lock.release();
    return fail(`cannot listen on ${options.host}:${options.port} (${(error as Error).message})`, 1);
  }
  process.stdout.write(`lobby311 hub listening on ${address} (data: ${options.dataDir})\n`);
  const backups = options.backup
    ? scheduleBackups({
        ...options.backup,
        dataDir: options.dataDir,
        timeZone: config.site.timeZone,
        report: {
          done: ({ file, bytes }, removed) => hub.app.log.info({ file, bytes, removed }, 'backup written'),
          failed: (error) => hub.app.log.error({ err: error }, 'backup failed'),
        },
      })
    : null;

  const shutdown = (signal: NodeJS.Signals) => {
    backups?.stop();
    hub.close().then(
      () => {
        lock.release();
        process.exit(0);
      },
      (error: unknown) => fail(`error while stopping on ${signal}: ${(error as Error).message}`, 1),
    );
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);
}

const argv = process.argv.slice(2);
const run = isAdminCommand(argv[0]) ? admin(argv) : serve(argv);
run.catch((error: unknown) => fail(`could not start: ${(error as Error).message}`, 1));
