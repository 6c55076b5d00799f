// Kiosk screens through a hub outage: a ticket issued offline reads like any other (no "people ahead" line when
// the queue is unknown, no alarming words), and a kiosk with no numbers left sends the visitor to the desk.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { TakeTicketResult } from '../../../../machines/contracts/kioskApi.js';
import type { IssueErrorKind } from '../../../../machines/kioskFlow.js';
import { ConfirmScreen } from '../../../../renderer/screens/kiosk/ConfirmScreen.js';
import { KioskTextContext, kioskText } from '../../../../renderer/screens/kiosk/kioskText.js';
import { IssueFailedScreen } from '../../../../renderer/screens/kiosk/StatusScreens.js';
import { TicketScreen } from '../../../../renderer/screens/kiosk/TicketScreen.js';
import { ticketResultFor } from '../../machines/kioskFlow/fixtures.js';

const noop = () => {};
const inLanguage = (lang: string, node: React.ReactNode) =>
  renderToStaticMarkup(<KioskTextContext.Provider value={kioskText(lang)}>{node}</KioskTextContext.Provider>);

function offlineResult(printed = true): TakeTicketResult {
  const result = ticketResultFor(
    {
      requestId: '00000000-0000-4000-8000-000000000001',
      serviceId: 'permits',
      language: 'en',
      needs: { interpreter: null, accessibility: [] },
    },
    printed,
  );
  return { ...result, ticket: { ...result.ticket, number: 'P907' }, peopleAhead: null, offline: true };
}

const ticketHtml = (lang: string, result: TakeTicketResult) =>
  inLanguage(lang, <TicketScreen result={result} otherKiosks={[]} send={noop} />);

describe('ticket issued offline', () => {
  it('shows the number and what to do, with no people-ahead line and no offline wording', () => {
    const html = ticketHtml('en', offlineResult());
    expect(html).toContain('data-testid="ticket-number">P907</span>');
    expect(html).toContain('data-offline="true"');
    expect(html).toContain('Please have a seat. Your number will show on the screen when it is your turn.');
    expect(html).not.toContain('ticket__ahead');
    const words = html.replace(/<[^>]*>/g, ' ');
    expect(words).not.toMatch(/ahead of you|next in line|offline|connection|minute/i);
  });

  it('says the same in Spanish', () => {
    const html = ticketHtml('es', offlineResult());
    expect(html).toContain('Cuando sea su turno, su número aparecerá en la pantalla.');
    expect(html).not.toContain('ticket__ahead');
  });

  it('keeps the remember-your-number variant when nothing printed, still without people ahead', () => {
    const html = ticketHtml('en', offlineResult(false));
    expect(html).toContain('data-testid="remember-number"');
    expect(html).toContain('Please remember this number, or show this screen to staff.');
    expect(html).not.toContain('ticket__ahead');
  });

  it('shows people ahead and no data-offline for an ordinary ticket', () => {
    const html = ticketHtml('en', { ...offlineResult(), peopleAhead: 2, offline: false });
    expect(html).toContain('2 people are ahead of you.');
    expect(html).not.toContain('data-offline');
  });
});

describe('no offline numbers left', () => {
  const failed = (lang: string, kind: IssueErrorKind) =>
    inLanguage(lang, <IssueFailedScreen kind={kind} serviceId="permits" send={noop} />);

  it('names the service, sends the visitor to the front desk and offers no retry', () => {
    const html = failed('en', 'lease-exhausted');
    expect(html).toContain('data-testid="no-numbers-left"');
    expect(html).toMatch(
      /role="alert"[^>]*>This kiosk cannot give out numbers for Permits right now\. Please ask at the front desk\.</,
    );
    expect(html).not.toContain('Try again');
    expect(html).toContain('>Start over</button>');
  });

  it('speaks the visitor’s language', () => {
    const html = failed('es', 'lease-exhausted');
    expect(html).toContain('Este quiosco no puede dar números para Permisos en este momento.');
  });

  it('still offers Try again when the failure may pass', () => {
    expect(failed('en', 'unavailable')).toContain('>Try again</button>');
  });
});

describe('confirm screen without the intake', () => {
  it('shows no people-ahead or wait figures when the hub cannot say', () => {
    const html = inLanguage(
      'en',
      <ConfirmScreen
        serviceId="permits"
        needs={{ interpreter: null, accessibility: [] }}
        intake={null}
        issueError={null}
        timeZone="America/Los_Angeles"
        send={noop}
      />,
    );
    expect(html).toContain('>Get my ticket</button>');
    expect(html).not.toContain('People ahead of you');
    expect(html).not.toContain('Estimated wait');
  });
});
