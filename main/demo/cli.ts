// `npm start`: the whole system on one machine — hub, virtual printer, kiosk agent, and screens — with its
// accounts and device enrolment set up on the first run and reused afterwards.
import { spawn } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { startFakeCaseStore } from '../../test/fakes/fakeCaseStore.js';
import { startVirtualPrinter } from '../../test/fakes/virtualPrinter.js';
import { loadAgentSettings } from '../agent/settings.js';
import { projectRoot } from '../paths.js';
import { type RunningService, spawnService } from '../process/spawnService.js';
import { createEnrolmentCode, ensureAdmin, ensureDemoStaff } from './bootstrap.js';
import { writeDemoSiteConfig } from './demoSiteConfig.js';
import { findElectronBinary } from './electronBinary.js';

const help = `Usage: npm start [-- options]

Starts the whole Lobby 311 system on this machine:
  the hub (SQLite), a development virtual printer, a kiosk agent printing to it,
  a development fake of the city's Open311 case store that receives walk-in requests,
  and Electron windows for kiosk, desk and display (or the URLs to open in a browser).

The first run creates the administrator "admin" and the demo staff desk1 (desk), super1
(supervisor) and facility1 (facilities) with generated passwords, printed once and saved in
<data>/<username>-password.txt (admin: <data>/admin-password.txt, mode 0600), and enrols the
kiosk agent with a one-time code. Later runs reuse them. Each run prints a fresh display
enrolment code to type on the display page.

Options:
  --data <dir>       where the demo keeps its data (default: ./data/demo)
                     hub/      the hub's SQLite database
                     site.json the shipped site config with opening hours off (open at any hour)
                     agent/    the kiosk agent's settings (device id and token)
                     printer/  every printed ticket: job-NNNN-<number>.bin (raw ESC/POS) and .txt (readable)
                     *-password.txt  the generated staff passwords
  --hub-port <n>     hub port (default: 8311)
  --agent-port <n>   kiosk agent port (default: 8312)
  --no-electron      do not open Electron windows even where Electron is installed
  -h, --help         show this help
`;

function fail(message: string): never {
  process.stderr.write(`lobby311 demo: ${message}\n`);
  process.exit(2);
}

function parse() {
  try {
    return parseArgs({
      options: {
        data: { type: 'string', default: 'data/demo' },
        'hub-port': { type: 'string', default: '8311' },
        'agent-port': { type: 'string', default: '8312' },
        'no-electron': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
    }).values;
  } catch (err) {
    fail(`${(err as Error).message} (see --help)`);
  }
}

async function main(): Promise<void> {
  const options = parse();
  if (options.help) {
    process.stdout.write(help);
    return;
  }
  const dataDir = resolve(options.data);
  const printerDir = join(dataDir, 'printer');
  mkdirSync(printerDir, { recursive: true });
  const services: RunningService[] = [];
  const printer = await startVirtualPrinter({ port: 0, outDir: printerDir });
  const caseStoreKey = 'demo-case-store-key';
  const caseStore = await startFakeCaseStore({ apiKey: caseStoreKey });
  const shutdown = async () => {
    for (const service of services.reverse()) await service.stop();
    await printer.close();
    await caseStore.close();
    process.exit(0);
  };
  process.once('SIGINT', shutdown);
  process.once('SIGTERM', shutdown);

  const log = (line: string) => process.stdout.write(`${line}\n`);
  const hubDataDir = join(dataDir, 'hub');
  const agentDataDir = join(dataDir, 'agent');
  const accounts = [await ensureAdmin(dataDir, hubDataDir)];
  const siteFile = writeDemoSiteConfig(dataDir);
  log(
    `Site config: ${siteFile} (the shipped one with opening hours off, so the demo takes tickets at any hour)`,
  );
  const hub = await spawnService({
    script: 'main/hub/cli.ts',
    args: [
      '--port',
      options['hub-port'],
      '--data',
      hubDataDir,
      '--config',
      siteFile,
      '--case-store',
      `open311+${caseStore.baseUrl}`,
    ],
    // The hub's JSON request log goes to a file, so this console keeps to the demo's own lines.
    env: { LOBBY311_CASE_STORE_API_KEY: caseStoreKey, LOBBY311_LOG_FILE: join(dataDir, 'logs', 'hub.log') },
    ready: /listening on (\S+)/,
    onLine: log,
  });
  services.push(hub);
  accounts.push(...(await ensureDemoStaff(dataDir, hub.url)));

  const enrolled = loadAgentSettings(agentDataDir).credential !== null;
  const kioskCode = enrolled ? null : await createEnrolmentCode(hubDataDir, 'kiosk', 'Demo kiosk (browser)');
  const agent = await spawnService({
    script: 'main/agent/cli.ts',
    args: [
      '--hub',
      hub.url,
      '--port',
      options['agent-port'],
      '--printer',
      printer.url,
      '--data',
      agentDataDir,
      ...(kioskCode ? ['--enrol', kioskCode] : []),
    ],
    ready: /listening on (\S+)/,
    onLine: log,
  });
  services.push(agent);
  const displayCode = await createEnrolmentCode(hubDataDir, 'display', 'Demo lobby display');

  log('');
  log('Lobby 311 is running.');
  log(`  Kiosk        ${agent.url}`);
  log(`  Desk         ${hub.url}/desk`);
  log(
    `  Display      ${hub.url}/display   (not enrolled yet? type the code ${displayCode}: valid 15 minutes)`,
  );
  log(`  Maintenance  ${hub.url}/maintenance`);
  log(`  Printed tickets are stored in ${printerDir}`);
  log(`  Walk-in requests go to a fake Open311 case store at ${caseStore.baseUrl} (kept in memory)`);
  log('');
  for (const line of accounts) log(`  ${line}`);
  log('');

  const electron = findElectronBinary();
  if (options['no-electron']) {
    log('Open the URLs above in a browser (Electron windows turned off with --no-electron).');
  } else if (electron.path === null) {
    log(`Open the URLs above in a browser: ${electron.reason}.`);
  } else {
    const electronKioskDir = join(dataDir, 'electron-kiosk');
    const electronKioskCode =
      loadAgentSettings(electronKioskDir).credential === null
        ? await createEnrolmentCode(hubDataDir, 'kiosk', 'Demo kiosk (Electron)')
        : null;
    for (const role of ['kiosk', 'desk', 'display'] as const) {
      const args = [projectRoot, `--role=${role}`, `--hub=${hub.url}`, `--printer=${printer.url}`];
      if (role === 'kiosk') {
        args.push(
          `--data=${electronKioskDir}`,
          ...(electronKioskCode ? [`--enrol=${electronKioskCode}`] : []),
        );
      }
      spawn(electron.path, args, { stdio: 'inherit', cwd: projectRoot });
    }
    log('Electron windows opened for kiosk, desk and display.');
  }
  log('Press Ctrl+C to stop.');
}

main().catch((err: unknown) => {
  process.stderr.write(`lobby311 demo: ${(err as Error).message}\n`);
  process.exit(1);
});
