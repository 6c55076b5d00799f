// Kiosk screens that follow the agent's status and the scanner: remember-your-number when nothing printed,
// closed by facilities with the kiosks to use instead, the printer notice on welcome, and scanned tickets.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { KioskStatus, ScanResult } from '../../../../machines/contracts/kioskApi.js';
import { ClosedByStaffScreen } from '../../../../renderer/screens/kiosk/ClosedByStaffScreen.js';
import { KioskTextContext, kioskText } from '../../../../renderer/screens/kiosk/kioskText.js';
import { ScanStatusScreen } from '../../../../renderer/screens/kiosk/ScanStatusScreen.js';
import { TicketScreen } from '../../../../renderer/screens/kiosk/TicketScreen.js';
import { WelcomeScreen } from '../../../../renderer/screens/kiosk/WelcomeScreen.js';
import {
  closedNotice,
  kioskStatusFor,
  paperOut,
  portlandSetup,
  ticketResultFor,
  waitingScan,
} from '../../machines/kioskFlow/fixtures.js';

const languages = portlandSetup().site.languages;
const noop = () => {};

const inLanguage = (lang: string, element: React.ReactElement) =>
  renderToStaticMarkup(
    <KioskTextContext.Provider value={kioskText(lang)}>{element}</KioskTextContext.Provider>,
  );

/** Text content only, so assertions read as what a visitor sees. */
const visible = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

function unprintedTicket(lang: string, otherKiosks: string[] = []) {
  const result = ticketResultFor({
    requestId: '00000000-0000-4000-8000-000000000001',
    serviceId: 'permits',
    language: lang,
    needs: { interpreter: null, accessibility: [] },
  });
  const unprinted = { ...result, print: { ok: false, reason: 'printer-error' } as const };
  return inLanguage(lang, <TicketScreen result={unprinted} otherKiosks={otherKiosks} send={noop} />);
}

const scanned = (lang: string, scan: ScanResult) =>
  visible(inLanguage(lang, <ScanStatusScreen scan={scan} send={noop} />));

function ticketScan(change: Partial<Extract<ScanResult, { kind: 'ticket' }>['status']>): ScanResult {
  const scan = waitingScan(3);
  if (scan.kind !== 'ticket') throw new Error('waitingScan is a ticket scan');
  return { ...scan, status: { ...scan.status, ...change } };
}

describe('remember-your-number screen', () => {
  it('shows the number and what to do without paper, announced, in English', () => {
    const html = unprintedTicket('en', ['Kiosk by the elevators', 'Kiosk at the entrance']);
    expect(html).toContain('data-testid="remember-number"');
    expect(html).toContain('data-testid="ticket-number">P007</span>');
    expect(html).toContain('role="alert">Please remember this number, or show this screen to staff.</p>');
    expect(html).toContain('Your number will be shown on the screen and called out.');
    expect(html).toContain('To get a printed ticket, use: Kiosk by the elevators and Kiosk at the entrance');
    expect(html).toContain(
      'data-speak="Your number is P007. Please remember this number, or show this screen to staff. Your number will be shown on the screen and called out."',
    );
    expect(html).not.toContain('printer');
  });

  it('says the same in Spanish, with no other-kiosk hint when no kiosk can print', () => {
    const html = unprintedTicket('es');
    expect(html).toContain('data-testid="ticket-number">P007</span>');
    expect(html).toContain('Por favor, recuerde este número o muestre esta pantalla al personal.');
    expect(html).toContain('Su número aparecerá en la pantalla y lo llamarán en voz alta.');
    expect(html).not.toContain('Para obtener un boleto impreso');
  });
});

describe('closed by staff screen', () => {
  const status = kioskStatusFor({ outOfService: closedNotice, otherKiosks: ['Kiosk B', 'Kiosk C'] });

  it.each([
    [
      'en',
      'This kiosk is closed for now',
      'Kiosks you can use: Kiosk B and Kiosk C',
      'Or ask at the front desk.',
    ],
    ['es', 'Este quiosco está cerrado por ahora', 'Quioscos que puede usar: Kiosk B y Kiosk C', 'O pregunte'],
  ])('shows the facilities message and the kiosks to use in %s', (lang, title, others, desk) => {
    const html = inLanguage(lang, <ClosedByStaffScreen status={status} languages={languages} />);
    expect(html).toContain('data-testid="closed-by-staff"');
    expect(html).toContain(`>${title}</h1>`);
    expect(html).toContain('class="closed__message">Please use the kiosk by the elevators</p>');
    expect(visible(html)).toContain(others);
    expect(visible(html)).toContain(desk);
  });

  it('repeats the heading in the other site languages and leaves out the kiosk list when there is none', () => {
    const alone: KioskStatus = { ...status, otherKiosks: [] };
    const html = inLanguage('en', <ClosedByStaffScreen status={alone} languages={languages} />);
    expect(html).toContain('lang="es"');
    expect(html).toContain('Este quiosco está cerrado por ahora');
    expect(html).not.toContain('Kiosks you can use');
  });
});

describe('printer notice on welcome', () => {
  const welcome = (status: KioskStatus | null) =>
    inLanguage('en', <WelcomeScreen languages={languages} status={status} send={noop} />);

  it('tells visitors calmly that the number shows on screen, and which kiosks can print', () => {
    const html = welcome(kioskStatusFor({ printerHealth: paperOut, otherKiosks: ['Kiosk B'] }));
    expect(html).toContain('data-testid="printer-notice"');
    expect(html).toContain('This kiosk cannot print right now. You will see your number on the screen.');
    expect(html).toContain('To get a printed ticket, use: Kiosk B');
    expect(html).toContain('>Start</button>');
  });

  it('shows no notice when the printer works, when there is none, or before any status', () => {
    expect(welcome(kioskStatusFor())).not.toContain('printer-notice');
    expect(welcome(kioskStatusFor({ printerHealth: { ...paperOut, state: 'none' } }))).not.toContain(
      'printer-notice',
    );
    expect(welcome(null)).not.toContain('printer-notice');
  });
});

describe('scan status screen', () => {
  it('shows a waiting ticket with people ahead and the estimated wait', () => {
    const text = scanned('en', ticketScan({}));
    expect(text).toContain('Ticket P004');
    expect(text).toContain('You are waiting in line.');
    expect(text).toContain('3 people ahead of you');
    expect(text).toContain('Estimated wait: about 10–15 minutes');
    expect(text).toContain('Done');
  });

  it('tells a called visitor which counter to go to, in English and Spanish', () => {
    const called = ticketScan({
      status: 'called',
      peopleAhead: 0,
      estimatedWait: null,
      counterName: 'Counter 3',
    });
    expect(scanned('en', called)).toContain('Go to Counter 3 now.');
    expect(scanned('en', called)).not.toContain('ahead of you');
    expect(scanned('es', called)).toContain('Vaya a Counter 3 ahora.');
    expect(scanned('es', called)).toContain('Ya lo llamaron.');
  });

  it('asks at the front desk when a ticket cannot be read or checked', () => {
    const unknown = scanned('en', { kind: 'not-found', seq: 1, reason: 'unknown-ticket' });
    expect(unknown).toContain('We could not read this ticket');
    expect(unknown).toContain('Please ask at the front desk.');
    const unreachable = scanned('en', { kind: 'not-found', seq: 1, reason: 'hub-unreachable' });
    expect(unreachable).toContain('We cannot check your place right now');
    expect(scanned('es', { kind: 'not-found', seq: 1, reason: 'not-a-ticket' })).toContain(
      'No pudimos leer este boleto',
    );
  });

  it('names every ticket status in plain words (no-show included)', () => {
    expect(scanned('en', ticketScan({ status: 'no-show' }))).toContain(
      'This ticket was called, but nobody came.',
    );
    expect(scanned('es', ticketScan({ status: 'no-show' }))).toContain(
      'Llamaron este boleto, pero nadie vino.',
    );
  });

  it('carries the test id the end-to-end tests use', () => {
    expect(inLanguage('en', <ScanStatusScreen scan={ticketScan({})} send={noop} />)).toContain(
      'data-testid="scan-status"',
    );
  });
});
