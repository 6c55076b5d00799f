// Kiosk intake on screen: people ahead and the wait range per service, closed services with the reason and
// advice in the visitor's language, the opening time in the site's zone, and the confirm step's figures.
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { Intake, ServiceIntake } from '../../../../machines/contracts/floor.js';
import type { IssueErrorKind } from '../../../../machines/kioskFlow.js';
import { ConfirmScreen } from '../../../../renderer/screens/kiosk/ConfirmScreen.js';
import { opensText, waitText } from '../../../../renderer/screens/kiosk/intakeText.js';
import { KioskTextContext, kioskText } from '../../../../renderer/screens/kiosk/kioskText.js';
import { ServiceScreen } from '../../../../renderer/screens/kiosk/ServiceScreen.js';
import { intakeFor, portlandSetup } from '../../machines/kioskFlow/fixtures.js';

const setup = portlandSetup();
const zone = setup.site.site.timeZone;
const noop = () => {};
const en = kioskText('en');
const es = kioskText('es');

/** 2026-03-06 is a Friday; 17:30 in Portland (PST, UTC−8) is 01:30Z the next day. */
const fridayEvening = '2026-03-07T01:30:00.000Z';
const mondayEight = '2026-03-09T15:00:00.000Z';

function withService(intake: Intake, serviceId: string, change: Partial<ServiceIntake>): Intake {
  return {
    ...intake,
    services: intake.services.map((s) => (s.serviceId === serviceId ? { ...s, ...change } : s)),
  };
}

function services(lang: string, intake: Intake | null): string {
  return renderToStaticMarkup(
    <KioskTextContext.Provider value={kioskText(lang)}>
      <ServiceScreen
        services={setup.site.services}
        intake={intake}
        timeZone={zone}
        current={null}
        send={noop}
      />
    </KioskTextContext.Provider>,
  );
}

function confirm(lang: string, intake: Intake | null, issueError: IssueErrorKind | null = null): string {
  return renderToStaticMarkup(
    <KioskTextContext.Provider value={kioskText(lang)}>
      <ConfirmScreen
        serviceId="permits"
        needs={{ interpreter: null, accessibility: [] }}
        intake={intake}
        issueError={issueError}
        timeZone={zone}
        send={noop}
      />
    </KioskTextContext.Provider>,
  );
}

describe('intake text', () => {
  it.each([
    [{ lowMinutes: 10, highMinutes: 20 }, 'About 10–20 minutes', 'Entre 10 y 20 minutos, aproximadamente'],
    [{ lowMinutes: 0, highMinutes: 5 }, 'Up to 5 minutes', 'Hasta 5 minutos'],
    [{ lowMinutes: 15, highMinutes: 15 }, 'About 15 minutes', 'Unos 15 minutos'],
    [{ lowMinutes: 0, highMinutes: 0 }, 'Little or no wait', 'Poca o ninguna espera'],
  ])('says the estimate %j as a range in each language', (estimate, english, spanish) => {
    expect(waitText(en, estimate)).toBe(english);
    expect(waitText(es, estimate)).toBe(spanish);
  });

  it('says nothing when there is no estimate', () => {
    expect(waitText(en, null)).toBeNull();
  });

  it('names the opening day and time in the visitor language and the site time zone', () => {
    expect(opensText(en, mondayEight, fridayEvening, zone)).toBe('Opens Monday at 8:00 AM');
    expect(opensText(es, mondayEight, fridayEvening, zone)).toMatch(/^Abre el lunes a las 8:00/);
    expect(opensText(en, '2026-03-09T15:00:00.000Z', '2026-03-09T14:00:00.000Z', zone)).toBe(
      'Opens today at 8:00 AM',
    );
    expect(opensText(en, '2026-03-10T15:00:00.000Z', '2026-03-09T23:00:00.000Z', zone)).toBe(
      'Opens tomorrow at 8:00 AM',
    );
  });
});

describe('service screen with intake', () => {
  it('shows people ahead and the wait range under each open service', () => {
    const html = services('en', intakeFor(setup));
    expect(html).toContain('aria-describedby="service-permits-hint service-permits-intake"');
    expect(html).toContain('4 people ahead of you');
    expect(html).toContain('About 10–20 minutes');
    expect(html).not.toContain('aria-disabled');
  });

  it('shows no estimate when the hub has none, and no figures at all when the hub cannot say', () => {
    const noEstimate = withService(intakeFor(setup), 'permits', { estimatedWait: null, peopleAhead: 1 });
    const html = services('en', noEstimate);
    expect(html).toMatch(/id="service-permits-intake"[^>]*><span[^>]*>1 person ahead of you<\/span><\/span>/);
    const offline = services('en', null);
    expect(offline).not.toContain('-intake');
    expect(offline).not.toContain('minutes');
  });

  it('keeps a closed service visible but not choosable, with the plain advice in the visitor language', () => {
    const html = services('en', intakeFor(setup, ['permits']));
    expect(html).toMatch(
      /class="button button--choice button--service button--closed"[^>]*aria-disabled="true"/,
    );
    expect(html).toContain('>Closed</span>');
    expect(html).toContain(
      'No more tickets today for this service. Come back tomorrow, call 311 (503-823-4000), or use portland.gov/311',
    );
    expect(services('es', intakeFor(setup, ['permits']))).toContain(
      'No hay más números hoy para este servicio. Vuelva mañana, llame al 311 (503-823-4000) o visite portland.gov/311',
    );
  });

  it('says when a service closed by the clock opens again', () => {
    const intake = withService({ ...intakeFor(setup), at: fridayEvening }, 'permits', {
      open: false,
      closedReason: 'outside-hours',
      opensAt: mondayEight,
      estimatedWait: null,
    });
    const html = services('en', intake);
    expect(html).toContain('Opens Monday at 8:00 AM');
    expect(html).toContain('You can also call 311 (503-823-4000) or use portland.gov/311');
  });
});

describe('confirm screen with intake', () => {
  it('repeats people ahead and the estimate before the visitor takes a ticket', () => {
    const html = confirm('en', intakeFor(setup));
    expect(html).toContain('<dt>People ahead of you</dt><dd>4 people</dd>');
    expect(html).toContain('<dt>Estimated wait</dt><dd>About 10–20 minutes</dd>');
    expect(html).toContain('>Get my ticket</button>');
  });

  it('leaves the figures out when the hub cannot say', () => {
    const html = confirm('en', null);
    expect(html).not.toContain('People ahead of you');
    expect(html).not.toContain('Estimated wait');
    expect(html).toContain('>Get my ticket</button>');
  });

  it('says plainly when the service closed after the visitor chose it, and offers the other services', () => {
    for (const html of [
      confirm('en', intakeFor(setup), 'service-closed'),
      confirm('en', intakeFor(setup, ['permits'])),
    ]) {
      expect(html).toContain('role="alert"');
      expect(html).toContain('Sorry, this service stopped taking visitors while you were answering.');
      expect(html).toContain('No more tickets today for this service.');
      expect(html).toContain('>Choose another service</button>');
      expect(html).not.toContain('Get my ticket');
    }
    expect(confirm('es', null, 'service-closed')).toContain('>Elegir otro servicio</button>');
  });
});
