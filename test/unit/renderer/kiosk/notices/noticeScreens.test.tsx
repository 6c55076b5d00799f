// Notices on the kiosk: the banner (status for information, alert for a warning, English fallback marked), the
// full-screen emergency in the visitor's language first then English with the other languages as buttons, and
// closing early explained on the service and confirm screens.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { ConfirmScreen } from '../../../../../renderer/screens/kiosk/ConfirmScreen.js';
import { KioskTextContext, kioskText } from '../../../../../renderer/screens/kiosk/kioskText.js';
import { EmergencyScreen } from '../../../../../renderer/screens/kiosk/notices/EmergencyScreen.js';
import { NoticeBanner } from '../../../../../renderer/screens/kiosk/notices/NoticeBanner.js';
import { ServiceScreen } from '../../../../../renderer/screens/kiosk/ServiceScreen.js';
import { testNotice } from '../../../machines/infoFlow/fixtures.js';
import { intakeFor, portlandSetup } from '../../../machines/kioskFlow/fixtures.js';

const setup = portlandSetup();
const noop = () => {};

function inLanguage(lang: string, node: React.ReactNode): string {
  return renderToStaticMarkup(
    <KioskTextContext.Provider value={kioskText(lang)}>{node}</KioskTextContext.Provider>,
  );
}

const withRussian = testNotice({
  messages: {
    ...testNotice().messages,
    ru: { headline: 'Покиньте здание', body: 'Используйте ближайший выход.' },
  },
});

describe('NoticeBanner', () => {
  it('shows information as a status and a warning as an alert, in the visitor language', () => {
    const html = inLanguage(
      'es',
      <NoticeBanner
        notices={[
          testNotice({ id: 'a1b2c3d4-0000-4000-8000-000000000001', severity: 'warning' }),
          testNotice({ id: 'a1b2c3d4-0000-4000-8000-000000000002', severity: 'information' }),
        ]}
      />,
    );
    expect(html).toMatch(/role="alert"[^>]*data-testid="notice-banner"[^>]*data-severity="warning"/);
    expect(html).toMatch(/role="status"[^>]*data-testid="notice-banner"[^>]*data-severity="information"/);
    expect(html).toContain('Salga del edificio ahora');
    expect(html).toContain('Advertencia');
  });

  it('falls back to English visibly, marked lang="en"', () => {
    const html = inLanguage('ru', <NoticeBanner notices={[testNotice({ severity: 'information' })]} />);
    expect(html).toContain('<span class="notice__headline" lang="en">Leave the building now</span>');
    expect(html).toContain('(на английском)');
  });

  it('shows nothing when no notice shows', () => {
    expect(inLanguage('en', <NoticeBanner notices={[]} />)).toBe('');
  });
});

describe('EmergencyScreen', () => {
  it("shows the visitor's language first, then English, and the other languages as buttons", () => {
    const html = inLanguage('en', <EmergencyScreen notice={withRussian} visitLanguage="es" />);
    expect(html).toContain('data-testid="emergency-notice"');
    expect(html).toMatch(/<div lang="es"[^>]*><h1[^>]*>Salga del edificio ahora<\/h1>/);
    expect(html).toMatch(/<div lang="en"[^>]*><h2[^>]*>Leave the building now<\/h2>/);
    expect(html.indexOf('lang="es"')).toBeLessThan(html.indexOf('lang="en"'));
    expect(html).toMatch(/<button type="button" lang="ru"[^>]*>русский<\/button>/i);
    expect(html).not.toMatch(/<button[^>]*lang="es"/);
  });

  it('shows English only (as the heading) when no language was chosen', () => {
    const html = inLanguage('en', <EmergencyScreen notice={testNotice()} visitLanguage={null} />);
    expect(html).toMatch(/<h1[^>]*>Leave the building now<\/h1>/);
    expect(html).not.toContain('data-testid="emergency-es"');
    expect(html).toMatch(/<button type="button" lang="es"[^>]*>español<\/button>/i);
  });
});

describe('closing early', () => {
  const closing = testNotice({
    severity: 'information',
    messages: {
      en: { headline: 'Permits close at 3 PM today', body: '' },
      es: { headline: 'Permisos cierra hoy a las 3 PM', body: '' },
    },
    closing: { serviceIds: ['permits'], from: '2026-03-09T23:00:00.000Z' },
  });
  const intake = {
    ...intakeFor(setup),
    services: intakeFor(setup).services.map((s) =>
      s.serviceId === 'permits'
        ? {
            ...s,
            open: false,
            closedReason: 'closing-early' as const,
            noticeId: closing.id,
            estimatedWait: null,
          }
        : s,
    ),
  };

  it("explains a closed service with the notice's headline in the visitor language", () => {
    const html = inLanguage(
      'es',
      <ServiceScreen
        services={setup.site.services}
        intake={intake}
        timeZone="America/Los_Angeles"
        current={null}
        notices={[closing]}
        send={noop}
      />,
    );
    expect(html).toMatch(/aria-disabled="true"[^>]*data-testid="service-permits"/);
    expect(html).toContain('Permisos cierra hoy a las 3 PM');
  });

  it('says so generically when the notice is unknown, also when only the kiosk clock knows it', () => {
    const html = inLanguage(
      'en',
      <ServiceScreen
        services={setup.site.services}
        intake={null}
        timeZone="America/Los_Angeles"
        current={null}
        closedEarly={{ permits: 'unknown-notice' }}
        send={noop}
      />,
    );
    expect(html).toContain('This service stopped taking tickets early today.');
  });

  it('explains a refused ticket on the confirm screen', () => {
    const html = inLanguage(
      'en',
      <ConfirmScreen
        serviceId="permits"
        needs={{ interpreter: null, accessibility: [] }}
        intake={intake}
        issueError="service-closed"
        timeZone="America/Los_Angeles"
        notices={[closing]}
        send={noop}
      />,
    );
    expect(html).toContain('data-testid="service-closed"');
    expect(html).toContain('Permits close at 3 PM today');
    expect(html).not.toContain('>Get my ticket</button>');
  });
});
