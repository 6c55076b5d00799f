// Tests parsing of serial scanner URIs: path, baud from the printers' supported list, line ending, clear errors.
import { describe, expect, it } from 'vitest';
import { parseScannerUri, ScannerUriError } from '../../../../main/agent/scanner/scannerUri.js';
import { defaultBaudRate, supportedBaudRates } from '../../../../printers/printerUri.js';

describe('parseScannerUri', () => {
  it('reads path, baud and each line ending', () => {
    expect(parseScannerUri('serial:///dev/ttyUSB0?baud=9600&eol=cr')).toEqual({
      path: '/dev/ttyUSB0',
      baudRate: 9600,
      eol: 'cr',
      delimiter: '\r',
    });
    expect(parseScannerUri('serial:///dev/ttyACM1?eol=lf&baud=115200')).toMatchObject({
      path: '/dev/ttyACM1',
      baudRate: 115200,
      delimiter: '\n',
    });
    expect(parseScannerUri('serial:///dev/serial/by-id/usb-Scanner?eol=CRLF').delimiter).toBe('\r\n');
  });

  it('defaults to the printers default baud rate and a CR line ending', () => {
    expect(parseScannerUri(' serial:///dev/ttyS0 ')).toEqual({
      path: '/dev/ttyS0',
      baudRate: defaultBaudRate,
      eol: 'cr',
      delimiter: '\r',
    });
  });

  it('accepts every baud rate the printers accept, and only those', () => {
    for (const baud of supportedBaudRates) {
      expect(parseScannerUri(`serial:///dev/ttyUSB0?baud=${baud}`).baudRate).toBe(baud);
    }
    expect(() => parseScannerUri('serial:///dev/ttyUSB0?baud=1200')).toThrow(
      /baud "1200" is not one of 2400/,
    );
  });

  it.each([
    ['/dev/ttyUSB0', /not a URI/],
    ['tcp://10.0.0.5:9100', /scheme "tcp" is not supported/],
    ['serial://dev/ttyUSB0', /three slashes/],
    ['serial:///', /device path is missing/],
    ['serial:///dev/ttyUSB0?baud=fast', /baud "fast"/],
    ['serial:///dev/ttyUSB0?baud=9600.0', /baud "9600.0"/],
    ['serial:///dev/ttyUSB0?eol=tab', /eol "tab" is not cr, lf or crlf/],
    ['serial:///dev/ttyUSB0?parity=none', /unknown option "parity"/],
    ['serial:///dev/ttyUSB0?eol=cr&eol=lf', /option "eol" is given more than once/],
    ['serial:///dev/ttyUSB0#x', /no fragment/],
  ])('rejects %s with a clear message', (uri, message) => {
    expect(() => parseScannerUri(uri)).toThrow(ScannerUriError);
    expect(() => parseScannerUri(uri)).toThrow(message);
    expect(() => parseScannerUri(uri)).toThrow(/use serial:\/\/\/dev\/ttyX/);
  });
});
