// Tests printer URI parsing and its one-line error messages.
import { describe, expect, it } from 'vitest';
import { PrinterUriError, parsePrinterUri } from '../../../printers/printerUri.js';

describe('parsePrinterUri', () => {
  it.each([
    ['tcp://10.0.0.5', { kind: 'tcp', host: '10.0.0.5', port: 9100 }],
    ['tcp://printer-2.lobby:9101', { kind: 'tcp', host: 'printer-2.lobby', port: 9101 }],
    ['tcp://[::1]:9100', { kind: 'tcp', host: '::1', port: 9100 }],
    ['serial:///dev/ttyUSB0?baud=19200', { kind: 'serial', path: '/dev/ttyUSB0', baudRate: 19200 }],
    ['serial:///dev/ttyACM1', { kind: 'serial', path: '/dev/ttyACM1', baudRate: 9600 }],
    ['usb:///dev/usb/lp0', { kind: 'usb', path: '/dev/usb/lp0' }],
    ['file:///tmp/kiosk%20out.bin', { kind: 'file', path: '/tmp/kiosk out.bin' }],
    ['none', { kind: 'none' }],
  ])('reads %s', (uri, expected) => {
    expect(parsePrinterUri(uri)).toEqual(expected);
  });

  it.each([
    ['http://10.0.0.5', /scheme "http" is not supported/],
    ['tcp://10.0.0.5:0', /port "0" is not 1-65535/],
    ['tcp://10.0.0.5:70000', /port/],
    ['tcp://10.0.0.5/queue', /no path/],
    ['serial:///dev/ttyUSB0?baud=12345', /baud "12345" is not one of/],
    ['serial:///dev/ttyUSB0?parity=even', /unknown option "parity"/],
    ['serial://dev/ttyUSB0', /three slashes/],
    ['usb://', /path is missing|three slashes/],
    ['printer', /not a URI/],
    ['', /not a URI/],
  ])('rejects %s with a one-line message listing what is accepted', (uri, reason) => {
    let caught: unknown;
    try {
      parsePrinterUri(uri);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(PrinterUriError);
    const message = (caught as Error).message;
    expect(message).toMatch(reason);
    expect(message).toContain('tcp://host[:port]');
    expect(message).not.toContain('\n');
  });
});
