// The kiosk agent's command line: the options, their help text, and checking what was given.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { PrinterModel } from '../../machines/contracts/index.js';
import { parsePrinterUri } from '../../printers/printerUri.js';
import { parseScannerUri } from './scanner/scannerUri.js';

export const agentHelp = `Usage: npm run agent -- --hub <url> [--enrol <code>] [options]
       npm run agent -- set-exit-pin [--data <dir>]

Runs a kiosk agent: it talks to the site hub, prints tickets, and serves the kiosk screen
and its API on this computer only (http://127.0.0.1:<port>/kiosk).

The first start needs a one-time kiosk enrolment code (from /maintenance, or
npm run hub -- create-enrolment-code --data <dir> --role kiosk --name <name>); the device
credential the hub gives back is kept in the data folder and used on every later start.

Options:
  --hub <url>        the site hub, e.g. http://127.0.0.1:8311 (required)
  --enrol <code>     enrol this kiosk with a one-time code, e.g. K7QM-4XPA (replaces an earlier enrolment)
  --port <n>         port on 127.0.0.1 to serve the kiosk screen on (default: 8312; 0 picks a free port)
  --printer <uri>    the ticket printer (default: none):
                       tcp://host:9100                   network printer (raw port 9100)
                       serial:///dev/ttyUSB0?baud=19200  serial or USB-serial printer
                       usb:///dev/usb/lp0                Linux USB printer device
                       file:///path/out.bin              write the bytes to a file (development)
                       none                              no printer: tickets show on screen only
  --printer-model <model>
                     the printer's model, which sets the paper width (default: epson-tm-t88vi):
                       ${PrinterModel.options.join(', ')}
  --scanner <uri>    a serial QR scanner for ticket status (default: none), e.g.
                       serial:///dev/ttyACM0?baud=9600&eol=cr   (eol: cr, lf or crlf)
  --ticket-limit <burst>/<seconds>
                     tickets this kiosk gives out in a burst, then one per that many seconds
                     (default: 5/4; a guard against someone tapping out a whole queue)
  --data <dir>       where the agent keeps its settings: device id and credential, exit PIN hash
                     (default: ./data/agent)
  -h, --help         show this help

set-exit-pin reads the facilities exit PIN (6–12 digits) from stdin (prompting on a terminal) and
stores it hashed in the data folder; on the kiosk, five taps in the top-left corner within 3 s ask
for it.
`;

export interface AgentCliOptions {
  hubUrl: string;
  port: number;
  printerUri: string;
  printerModel: PrinterModel;
  /** A serial scanner URI (see parseScannerUri), or `null` for no scanner. */
  scannerUri: string | null;
  dataDir: string;
  /** One-time enrolment code, or `null` to use the stored credential. */
  enrolCode: string | null;
  /** `--ticket-limit`: a burst of `capacity` tickets, then one more every `refillMs`. */
  ticketLimit: { capacity: number; refillMs: number };
}

export type AgentCommand =
  | { command: 'help' }
  | ({ command: 'run' } & AgentCliOptions)
  | { command: 'set-exit-pin'; dataDir: string };

/** A mistake on the command line; the message is one line meant for the person who typed it. */
export class UsageError extends Error {
  override name = 'UsageError';
}

function parseHubUrl(value: string | undefined): string {
  if (value === undefined) throw new UsageError('--hub is required, e.g. --hub http://127.0.0.1:8311');
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new UsageError(`--hub "${value}" is not a URL; use e.g. http://127.0.0.1:8311`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new UsageError(`--hub "${value}" must start with http:// or https://`);
  }
  return value.replace(/\/+$/, '');
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!/^\d+$/.test(value) || port > 65535) {
    throw new UsageError(`--port "${value}" must be a whole number from 0 to 65535`);
  }
  return port;
}

function checkPrinterUri(value: string): string {
  try {
    parsePrinterUri(value);
  } catch (err) {
    throw new UsageError(`--printer "${value}": ${(err as Error).message}`);
  }
  return value;
}

/** `--printer-model`: one of the supported models (the Electron shell reads the same option). */
export function parsePrinterModel(value: string): PrinterModel {
  const parsed = PrinterModel.safeParse(value);
  if (!parsed.success) {
    throw new UsageError(
      `--printer-model "${value}" is not supported; use one of ${PrinterModel.options.join(', ')}`,
    );
  }
  return parsed.data;
}

/** `--ticket-limit 5/4`: a burst of 1–10000 tickets (the top for load tests), then one every 1–3600 seconds. */
export function parseTicketLimit(value: string): { capacity: number; refillMs: number } {
  const match = /^(\d{1,5})\/(\d{1,4})$/.exec(value);
  const capacity = Number(match?.[1]);
  const seconds = Number(match?.[2]);
  if (!match || capacity < 1 || capacity > 10_000 || seconds < 1 || seconds > 3600) {
    throw new UsageError(
      `--ticket-limit "${value}": expected <burst>/<seconds>, e.g. 5/4 (burst 1-10000, seconds 1-3600)`,
    );
  }
  return { capacity, refillMs: seconds * 1000 };
}

/** `--scanner`: a serial scanner URI, or none. */
export function checkScannerUri(value: string | undefined): string | null {
  if (value === undefined || value === 'none') return null;
  try {
    parseScannerUri(value);
  } catch (err) {
    throw new UsageError(`--scanner "${value}": ${(err as Error).message}`);
  }
  return value;
}

function parseSetExitPinArgs(argv: string[]): AgentCommand {
  try {
    const { values } = parseArgs({
      args: argv,
      options: {
        data: { type: 'string', default: 'data/agent' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    });
    return values.help ? { command: 'help' } : { command: 'set-exit-pin', dataDir: resolve(values.data) };
  } catch (err) {
    throw new UsageError(`${(err as Error).message} (see --help)`);
  }
}

function parseEnrolCode(value: string | undefined): string | null {
  if (value === undefined) return null;
  const code = value.trim().toUpperCase();
  if (!/^[A-Z0-9]{4}-?[A-Z0-9]{4}$/.test(code)) {
    throw new UsageError('--enrol takes the code shown when it was created, e.g. K7QM-4XPA');
  }
  return code.includes('-') ? code : `${code.slice(0, 4)}-${code.slice(4)}`;
}

/** What to do: show help, run the agent, or set the exit PIN. Throws UsageError on any mistake. */
export function parseAgentCommand(argv: string[]): AgentCommand {
  if (argv[0] === 'set-exit-pin') return parseSetExitPinArgs(argv.slice(1));
  const parsed = parseAgentArgs(argv);
  return parsed.help ? { command: 'help' } : { ...parsed, command: 'run' };
}

/** `{ help: true }` for --help; otherwise the checked options. Throws UsageError on any mistake. */
export function parseAgentArgs(argv: string[]): { help: true } | ({ help: false } & AgentCliOptions) {
  let values: {
    hub?: string;
    enrol?: string;
    port: string;
    printer: string;
    'printer-model': string;
    scanner?: string;
    'ticket-limit': string;
    data: string;
    help: boolean;
  };
  try {
    values = parseArgs({
      args: argv,
      options: {
        hub: { type: 'string' },
        enrol: { type: 'string' },
        port: { type: 'string', default: '8312' },
        printer: { type: 'string', default: 'none' },
        'printer-model': { type: 'string', default: 'epson-tm-t88vi' },
        scanner: { type: 'string' },
        'ticket-limit': { type: 'string', default: '5/4' },
        data: { type: 'string', default: 'data/agent' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (err) {
    throw new UsageError(`${(err as Error).message} (see --help)`);
  }
  if (values.help) return { help: true };
  return {
    help: false,
    hubUrl: parseHubUrl(values.hub),
    port: parsePort(values.port),
    printerUri: checkPrinterUri(values.printer),
    printerModel: parsePrinterModel(values['printer-model']),
    scannerUri: checkScannerUri(values.scanner),
    ticketLimit: parseTicketLimit(values['ticket-limit']),
    dataDir: resolve(values.data),
    enrolCode: parseEnrolCode(values.enrol),
  };
}
