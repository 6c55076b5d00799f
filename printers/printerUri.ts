// Parses a printer URI (tcp, serial, usb, file or none) into a typed description, rejecting anything else.

export type PrinterUri =
  | { kind: 'tcp'; host: string; port: number }
  | { kind: 'serial'; path: string; baudRate: number }
  | { kind: 'usb'; path: string }
  | { kind: 'file'; path: string }
  | { kind: 'none' };

export class PrinterUriError extends Error {
  override name = 'PrinterUriError';
}

export const defaultTcpPort = 9100;
export const defaultBaudRate = 9600;

/** Baud rates ESC/POS printers offer on their serial interfaces. */
export const supportedBaudRates: readonly number[] = [2400, 4800, 9600, 19200, 38400, 57600, 115200];

const accepted =
  'use tcp://host[:port], serial:///dev/ttyX[?baud=N], usb:///dev/usb/lpN, file:///path/out.bin or none';

function fail(uri: string, problem: string): never {
  throw new PrinterUriError(`Invalid printer URI "${uri}": ${problem}; ${accepted}`);
}

function parsePort(uri: string, text: string): number {
  if (text === '') return defaultTcpPort;
  const port = Number(text);
  if (!/^\d+$/.test(text) || port < 1 || port > 65535) fail(uri, `port "${text}" is not 1-65535`);
  return port;
}

function parseBaud(uri: string, params: URLSearchParams): number {
  for (const key of params.keys()) {
    if (key !== 'baud') fail(uri, `unknown option "${key}"`);
  }
  const text = params.get('baud');
  if (text === null) return defaultBaudRate;
  const baud = Number(text);
  if (!/^\d+$/.test(text) || !supportedBaudRates.includes(baud)) {
    fail(uri, `baud "${text}" is not one of ${supportedBaudRates.join(', ')}`);
  }
  return baud;
}

function pathOf(uri: string, url: URL): string {
  if (url.host !== '') fail(uri, 'a device or file URI needs three slashes (no host)');
  const path = decodeURIComponent(url.pathname);
  if (path === '/' || path === '') fail(uri, 'the path is missing');
  return path;
}

export function parsePrinterUri(uri: string): PrinterUri {
  const trimmed = uri.trim();
  if (trimmed === 'none') return { kind: 'none' };
  let url: URL;
  try {
    url = new URL(trimmed);
  } catch {
    fail(uri, 'not a URI');
  }
  switch (url.protocol) {
    case 'tcp:': {
      if (url.hostname === '') fail(uri, 'the host is missing');
      if (url.pathname !== '' && url.pathname !== '/') fail(uri, 'a tcp URI has no path');
      if (url.search !== '') fail(uri, 'a tcp URI has no options');
      const host = url.hostname.replace(/^\[(.*)\]$/, '$1');
      return { kind: 'tcp', host, port: parsePort(uri, url.port) };
    }
    case 'serial:':
      return { kind: 'serial', path: pathOf(uri, url), baudRate: parseBaud(uri, url.searchParams) };
    case 'usb:':
      if (url.search !== '') fail(uri, 'a usb URI has no options');
      return { kind: 'usb', path: pathOf(uri, url) };
    case 'file:':
      if (url.search !== '') fail(uri, 'a file URI has no options');
      return { kind: 'file', path: pathOf(uri, url) };
    default:
      return fail(uri, `scheme "${url.protocol.replace(/:$/, '')}" is not supported`);
  }
}
