// The Electron shell's command line: which role this window plays, which hub and which printer it uses.
import { parseArgs } from 'node:util';
import type { PrinterModel } from '../../machines/contracts/index.js';
import { checkScannerUri, parsePrinterModel } from '../agent/cliOptions.js';

export const shellRoles = ['kiosk', 'desk', 'display', 'maintenance'] as const;
export type ShellRole = (typeof shellRoles)[number];

export interface ShellOptions {
  role: ShellRole;
  hubUrl: string;
  printerUri: string;
  /** Kiosk role: the printer's model, which sets the paper width (`--printer-model`, default epson-tm-t88vi). */
  printerModel: PrinterModel;
  /** Kiosk role: a serial QR scanner URI (`--scanner`), or null for none. */
  scannerUri: string | null;
  /** The kiosk agent's settings folder; `null` means Electron's userData folder. */
  dataDir: string | null;
  /** Kiosk role: a one-time enrolment code to enrol with before starting (`--enrol=K7QM-4XPA`). */
  enrolCode: string | null;
  /** Kiosk role: read the facilities exit PIN from stdin, store its hash, and quit (`--set-exit-pin`). */
  setExitPin: boolean;
}

function isRole(value: string): value is ShellRole {
  return (shellRoles as readonly string[]).includes(value);
}

/**
 * Reads `--role`, `--hub`, `--printer`, `--printer-model`, `--scanner`, `--data`, `--enrol`, `--set-exit-pin` (both
 * `--x v` and `--x=v`). Anything else is ignored: Electron and Chromium put their own switches and the app path on
 * the command line. Throws on a bad role, hub URL, printer model or scanner URI.
 */
export function parseShellArgs(argv: string[]): ShellOptions {
  const { values } = parseArgs({
    args: argv,
    options: {
      role: { type: 'string', default: 'kiosk' },
      hub: { type: 'string', default: 'http://127.0.0.1:8311' },
      printer: { type: 'string', default: 'none' },
      'printer-model': { type: 'string', default: 'epson-tm-t88vi' },
      scanner: { type: 'string' },
      data: { type: 'string' },
      enrol: { type: 'string' },
      'set-exit-pin': { type: 'boolean', default: false },
    },
    strict: false,
    allowPositionals: true,
  });
  const role = String(values.role);
  if (!isRole(role)) throw new Error(`--role "${role}" must be one of ${shellRoles.join(', ')}`);
  const hubUrl = String(values.hub).replace(/\/+$/, '');
  const hub = URL.canParse(hubUrl) ? new URL(hubUrl) : null;
  if (!hub || (hub.protocol !== 'http:' && hub.protocol !== 'https:')) {
    throw new Error(`--hub "${hubUrl}" must be an http:// or https:// URL`);
  }
  return {
    role,
    hubUrl,
    printerUri: String(values.printer),
    printerModel: parsePrinterModel(String(values['printer-model'])),
    scannerUri: checkScannerUri(typeof values.scanner === 'string' ? values.scanner : undefined),
    dataDir: typeof values.data === 'string' ? values.data : null,
    enrolCode: typeof values.enrol === 'string' ? values.enrol.trim().toUpperCase() : null,
    setExitPin: values['set-exit-pin'] === true,
  };
}

/** The first page a role's window loads: the kiosk from the app's own protocol, the rest from the hub. */
export function startUrlFor(options: Pick<ShellOptions, 'role' | 'hubUrl'>, kioskUrl: string): string {
  return options.role === 'kiosk' ? kioskUrl : `${options.hubUrl}/${options.role}`;
}
