// The shell's command line: role, hub and printer in either form, Electron's own switches ignored.
import { describe, expect, it } from 'vitest';
import { KIOSK_URL } from '../../../main/electron/appProtocol.js';
import { parseShellArgs, startUrlFor } from '../../../main/electron/shellArgs.js';

describe('shell arguments', () => {
  it('reads --x=v as the demo passes them, next to the app path and Chromium switches', () => {
    expect(
      parseShellArgs([
        '/work/main',
        '--no-sandbox',
        '--role=desk',
        '--hub=http://10.0.0.5:8311/',
        '--printer=none',
      ]),
    ).toEqual({
      role: 'desk',
      hubUrl: 'http://10.0.0.5:8311',
      printerUri: 'none',
      printerModel: 'epson-tm-t88vi',
      scannerUri: null,
      dataDir: null,
      enrolCode: null,
      setExitPin: false,
    });
  });

  it('reads --x v and defaults to a kiosk on the local hub without a printer', () => {
    expect(parseShellArgs(['.', '--data', '/var/lib/kiosk'])).toEqual({
      role: 'kiosk',
      hubUrl: 'http://127.0.0.1:8311',
      printerUri: 'none',
      printerModel: 'epson-tm-t88vi',
      scannerUri: null,
      dataDir: '/var/lib/kiosk',
      enrolCode: null,
      setExitPin: false,
    });
  });

  it('reads the printer model and scanner, and refuses an unsupported model naming the supported ones', () => {
    expect(
      parseShellArgs(['.', '--printer-model=epson-tm-p20ii', '--scanner', 'serial:///dev/ttyACM0?eol=cr']),
    ).toMatchObject({ printerModel: 'epson-tm-p20ii', scannerUri: 'serial:///dev/ttyACM0?eol=cr' });
    expect(() => parseShellArgs(['.', '--printer-model=star-tsp100'])).toThrow(/epson-tm-t88vi/);
  });

  it('reads the kiosk enrolment code and the set-exit-pin flag', () => {
    expect(parseShellArgs(['.', '--enrol=k7qm-4xpa', '--set-exit-pin'])).toMatchObject({
      enrolCode: 'K7QM-4XPA',
      setExitPin: true,
    });
  });

  it('refuses an unknown role and a hub that is not http(s)', () => {
    expect(() => parseShellArgs(['--role', 'admin'])).toThrow(/--role "admin" must be one of kiosk, desk/);
    expect(() => parseShellArgs(['--hub', 'file:///etc'])).toThrow(/--hub/);
  });

  it('opens the kiosk from app:// and the other roles from the hub', () => {
    expect(startUrlFor({ role: 'kiosk', hubUrl: 'http://h:1' }, KIOSK_URL)).toBe(KIOSK_URL);
    expect(startUrlFor({ role: 'display', hubUrl: 'http://h:1' }, KIOSK_URL)).toBe('http://h:1/display');
    expect(startUrlFor({ role: 'maintenance', hubUrl: 'http://h:1' }, KIOSK_URL)).toBe(
      'http://h:1/maintenance',
    );
  });
});
