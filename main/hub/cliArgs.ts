// Parses the hub's command line (node:util parseArgs, strict) into options, or one plain error line.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { defaultSiteConfig } from '../paths.js';

export interface HubCliOptions {
  port: number;
  host: string;
  dataDir: string;
  configFile: string;
  /** PEM certificate and key files: the hub serves HTTPS when both are given. */
  tlsCert: string | undefined;
  tlsKey: string | undefined;
  /** `--case-store`: where walk-in requests are delivered (undefined: none, they wait in the outbox). */
  caseStore: string | undefined;
  help: boolean;
}

export class UsageError extends Error {
  override name = 'UsageError';
}

export const helpText = `Usage: npm run hub -- [options]
       npm run hub -- create-admin --data <dir> --username <name> [--display-name <name>]
       npm run hub -- create-enrolment-code --data <dir> --role kiosk|display --name <name>

Runs the Lobby 311 hub: the queue authority for one site (HTTP API, WebSocket events, staff screens).

Options:
  --port <n>       TCP port to listen on, 0-65535 (default 8311; 0 picks a free port)
  --host <addr>    Address to listen on (default 127.0.0.1; use 0.0.0.0 to serve the building LAN)
  --data <dir>     Folder for the hub database hub.sqlite, created if missing (default ./data/hub)
  --config <file>  Site configuration JSON (default assets/site/portland-building.json)
  --tls-cert <file>  PEM certificate (with any intermediates): serve HTTPS; needs --tls-key
  --tls-key <file>   PEM private key of that certificate
  --case-store <uri>  open311+https://host/path (API key from LOBBY311_CASE_STORE_API_KEY, jurisdiction from
                   LOBBY311_CASE_STORE_JURISDICTION or the site config), or none (default): requests wait in
                   the outbox
  --help           Show this help and exit

Commands (they work while the hub runs; --data defaults to ./data/hub):
  create-admin           Creates an administrator account. Reads the password from stdin (one line), or
                         prompts for it without echo on a terminal; at least 12 characters. Refuses a
                         username that exists. --username: 3-32 lower-case letters, digits, . _ -
                         --display-name: the name shown on screens (default: the username).
  create-enrolment-code  Prints a one-time code (valid 15 minutes) that enrols one kiosk or display:
                         POST /api/devices/enrol, or type it in the device's setup screen.
                         --role kiosk|display, --name: where the device is, e.g. "Lobby kiosk by the door".
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
  const portText = (values.port as string | undefined) ?? '8311';
  const port = Number(portText);
  if (!/^\d{1,5}$/.test(portText) || port > 65535) {
    throw new UsageError(`bad port "${portText}": use a whole number from 0 to 65535 (see --help)`);
  }
  const host = (values.host as string | undefined) ?? '127.0.0.1';
  if (host.trim() === '') throw new UsageError('option --host needs an address (see --help)');
  return {
    port,
    host,
    dataDir: resolve((values.data as string | undefined) ?? 'data/hub'),
    configFile: resolve((values.config as string | undefined) ?? defaultSiteConfig),
    tlsCert: values['tls-cert'] === undefined ? undefined : resolve(values['tls-cert'] as string),
    tlsKey: values['tls-key'] === undefined ? undefined : resolve(values['tls-key'] as string),
    caseStore: values['case-store'] as string | undefined,
    help: values.help === true,
  };
}
