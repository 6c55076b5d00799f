// Parses the hub's command line (node:util parseArgs, strict) into options, or one plain error line.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { CommandLineSettings } from './ops/hubSettings.js';

export interface HubCliOptions {
  /** Only the serving options given (paths resolved); they override the service config file and defaults. */
  given: CommandLineSettings;
  /** `--service-config`: the service configuration file (e.g. /etc/lobby311/hub.conf). */
  serviceConfig: string | undefined;
  /** `--check-config`: validate everything, print the verdict and exit without serving. */
  checkConfig: boolean;
  help: boolean;
}

export class UsageError extends Error {
  override name = 'UsageError';
}

export const helpText = `Usage: npm run hub -- [options]
       npm run hub -- create-admin --data <dir> --username <name> [--display-name <name>]
       npm run hub -- create-enrolment-code --data <dir> --role kiosk|display --name <name>
       npm run hub -- backup --data <dir> --to <file>
       npm run hub -- restore --data <dir> --from <file>

Runs the Lobby 311 hub: the queue authority for one site (HTTP API, WebSocket events, staff screens).

Options (each overrides the same setting of the service config file):
  --service-config <file>  Service configuration (name = value lines, e.g. /etc/lobby311/hub.conf): the
                   options below plus backup-dir, backup-time, backup-keep and log-file
  --check-config   Check the service config, site config, TLS files, case store address and database
                   version; print "configuration OK" (exit 0) or every problem (exit 2); serves nothing
  --port <n>       TCP port to listen on, 0-65535 (default 8311; 0 picks a free port)
  --host <addr>    Address to listen on (default 127.0.0.1; use 0.0.0.0 to serve the building LAN)
  --data <dir>     Folder for the hub database hub.sqlite, created if missing (default ./data/hub)
  --config <file>  Site configuration JSON (default assets/site/portland-building.json)
  --tls-cert <file>  PEM certificate (with any intermediates): serve HTTPS; needs --tls-key
  --tls-key <file>   PEM private key of that certificate
  --case-store <uri>  open311+https://host/path (API key from LOBBY311_CASE_STORE_API_KEY, jurisdiction from
                   LOBBY311_CASE_STORE_JURISDICTION or the site config), or none (default): requests wait in
                   the outbox
  --updates-dir <dir>  App update files for kiosks (electron-updater generic layout, a folder per version,
                   e.g. 1.4.0/latest-linux.yml), served at /updates/ for rollouts from /maintenance
  --help           Show this help and exit

Commands (they work while the hub runs; --data defaults to ./data/hub):
  create-admin           Creates an administrator account. Reads the password from stdin (one line), or
                         prompts for it without echo on a terminal; at least 12 characters. Refuses a
                         username that exists. --username: 3-32 lower-case letters, digits, . _ -
                         --display-name: the name shown on screens (default: the username).
  create-enrolment-code  Prints a one-time code (valid 15 minutes) that enrols one kiosk or display:
                         POST /api/devices/enrol, or type it in the device's setup screen.
                         --role kiosk|display, --name: where the device is, e.g. "Lobby kiosk by the door".
  backup                 Writes a consistent copy of the database to --to <file> (also while the hub runs).
  restore                Replaces the database with the backup --from <file> after checking it; refuses
                         while a hub serves that --data folder; keeps the replaced database beside it.
`;

function unknownOptionName(message: string): string {
  return /'([^']+)'/.exec(message)?.[1] ?? 'an option';
}

export function parseHubArgs(argv: string[]): HubCliOptions {
  let values: Record<string, string | boolean | undefined>;
  try {
    ({ values } = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string' },
        host: { type: 'string' },
        data: { type: 'string' },
        config: { type: 'string' },
        'tls-cert': { type: 'string' },
        'tls-key': { type: 'string' },
        'case-store': { type: 'string' },
        'updates-dir': { type: 'string' },
        'service-config': { type: 'string' },
        'check-config': { type: 'boolean' },
        help: { type: 'boolean' },
      },
    }));
  } catch (error) {
    const { code, message } = error as { code?: string; message: string };
    if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION') {
      throw new UsageError(`unknown option ${unknownOptionName(message)} (see --help)`);
    }
    if (code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
      throw new UsageError(`unexpected argument ${unknownOptionName(message)} (see --help)`);
    }
    if (code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      const name = /'(--[a-z-]+)/.exec(message)?.[1] ?? 'an option';
      throw new UsageError(`option ${name} needs a value (see --help)`);
    }
    throw new UsageError(`${message} (see --help)`);
  }
  const text = (name: string) => values[name] as string | undefined;
  const path = (name: string) => (text(name) === undefined ? undefined : resolve(text(name)!));
  const portText = text('port');
  if (portText !== undefined && (!/^\d{1,5}$/.test(portText) || Number(portText) > 65535)) {
    throw new UsageError(`bad port "${portText}": use a whole number from 0 to 65535 (see --help)`);
  }
  const host = text('host');
  if (host?.trim() === '') throw new UsageError('option --host needs an address (see --help)');
  return {
    given: {
      port: portText === undefined ? undefined : Number(portText),
      host,
      dataDir: path('data'),
      configFile: path('config'),
      tlsCert: path('tls-cert'),
      tlsKey: path('tls-key'),
      caseStore: text('case-store'),
      updatesDir: path('updates-dir'),
    },
    serviceConfig: path('service-config'),
    checkConfig: values['check-config'] === true,
    help: values.help === true,
  };
}
