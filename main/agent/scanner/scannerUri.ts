// Parses a serial scanner URI (serial:///dev/ttyX?baud=N&eol=cr|lf|crlf) into path, baud rate and line ending.
import { defaultBaudRate, supportedBaudRates } from '../../../printers/printerUri.js';

/** How the scanner ends each scan: carriage return, line feed, or both. */
export type ScannerEol = 'cr' | 'lf' | 'crlf';

export interface ScannerUri {
  path: string;
  baudRate: number;
  eol: ScannerEol;
  /** The byte sequence that ends a line, from `eol`. */
  delimiter: string;
}

export class ScannerUriError extends Error {
  override name = 'ScannerUriError';
}

/**
 * CR by default: most scanners ship with a CR suffix, and a CRLF scanner read with CR still works
 * (the leading LF of the next line is trimmed), whereas LF would never end a CR-only scan.
 */
export const defaultScannerEol: ScannerEol = 'cr';

const delimiters: Record<ScannerEol, string> = { cr: '\r', lf: '\n', crlf: '\r\n' };

const accepted = 'use serial:///dev/ttyX[?baud=N][&eol=cr|lf|crlf]';

function fail(uri: string, problem: string): never {
  throw new ScannerUriError(`Invalid scanner URI "${uri}": ${problem}; ${accepted}`);
}

function isEol(text: string): text is ScannerEol {
  return Object.hasOwn(delimiters, text);
}

function parseBaud(uri: string, text: string | null): number {
  if (text === null) return defaultBaudRate;
  const baud = Number(text);
  if (!/^\d+$/.test(text) || !supportedBaudRates.includes(baud)) {
    fail(uri, `baud "${text}" is not one of ${supportedBaudRates.join(', ')}`);
  }
  return baud;
}

function parseEol(uri: string, text: string | null): ScannerEol {
  if (text === null) return defaultScannerEol;
  const eol = text.toLowerCase();
  if (!isEol(eol)) fail(uri, `eol "${text}" is not cr, lf or crlf`);
  return eol;
}

export function parseScannerUri(uri: string): ScannerUri {
  let url: URL;
  try {
    url = new URL(uri.trim());
  } catch {
    fail(uri, 'not a URI');
  }
  if (url.protocol !== 'serial:') fail(uri, `scheme "${url.protocol.replace(/:$/, '')}" is not supported`);
  if (url.host !== '') fail(uri, 'a device URI needs three slashes (no host)');
  const path = decodeURIComponent(url.pathname);
  if (path === '/' || path === '') fail(uri, 'the device path is missing');
  if (url.hash !== '') fail(uri, 'a scanner URI has no fragment');
  const params = url.searchParams;
  for (const key of params.keys()) {
    if (key !== 'baud' && key !== 'eol') fail(uri, `unknown option "${key}"`);
    if (params.getAll(key).length > 1) fail(uri, `option "${key}" is given more than once`);
  }
  const eol = parseEol(uri, params.get('eol'));
  return { path, baudRate: parseBaud(uri, params.get('baud')), eol, delimiter: delimiters[eol] };
}
