// What the ticket says: the visitor's language, plural forms, interpreter, site-time date and the QR address.
import { randomUUID } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { Needs, SiteConfig, Ticket } from '../../../machines/contracts/index.js';
import type { Catalogs } from '../../../machines/i18n/translate.js';
import { newVisit } from '../../../machines/queue/newVisit.js';
import { loadSiteConfig } from '../../../main/hub/loadConfig.js';
import { loadCatalogs } from '../../../main/localesFromDisk.js';
import { defaultSiteConfig } from '../../../main/paths.js';
import { buildTicketPrintData, issuedAtParts, serviceNameFor } from '../../../printers/ticketPrintData.js';

const site: SiteConfig = loadSiteConfig(defaultSiteConfig);
const catalogs = loadCatalogs();

function ticket(language: string, needs: Needs = { interpreter: null, accessibility: [] }): Ticket {
  return newVisit({
    id: randomUUID(),
    number: 'A042',
    queueId: 'utility',
    serviceId: 'utility-bills',
    language,
    needs,
    priorityClass: 'standard',
    serviceDay: '2026-11-26',
    issuedAt: '2026-11-26T18:05:00.000Z',
  });
}

const statusToken = 'Qm9vdHN0cmFwLXRva2VuLTEyMw';

describe('ticket print data', () => {
  it.each([
    ['en', 0, 'No one is ahead of you'],
    ['en', 1, '1 person ahead of you'],
    ['en', 7, '7 people ahead of you'],
    ['es', 0, 'No hay nadie delante de usted'],
    ['es', 1, '1 persona delante de usted'],
    ['es', 12, '12 personas delante de usted'],
  ])('says how many people are ahead in %s (%i)', (language, peopleAhead, expected) => {
    expect(
      buildTicketPrintData({ site, ticket: ticket(language), peopleAhead, statusToken, catalogs })
        .peopleAheadText,
    ).toBe(expected);
  });

  it('prints the number, site, language and a QR code that opens the status page by token, not ticket id', () => {
    const t = ticket('es');
    const data = buildTicketPrintData({
      site: { ...site, publicBaseUrl: 'https://lobby.example/' },
      ticket: t,
      peopleAhead: 0,
      statusToken,
      catalogs,
    });
    expect(data).toMatchObject({ ticketNumber: 'A042', siteName: site.site.name, language: 'es' });
    expect(data.qrUrl).toBe(`https://lobby.example/status/${statusToken}`);
    expect(data.qrUrl).not.toContain(t.id);
    expect(data.message).toBe(catalogs.es?.ticket?.message);
    expect(data.interpreterText).toBeNull();
  });

  it('formats the time of issue in the site time zone, in winter and in summer', () => {
    expect(issuedAtParts('2026-11-26T18:05:00.000Z', 'en', site.site.timeZone)).toEqual({
      date: 'Nov 26, 2026',
      time: '10:05 AM',
    });
    expect(issuedAtParts('2026-07-01T17:05:00.000Z', 'en', site.site.timeZone).time).toBe('10:05 AM');
    expect(issuedAtParts('2026-11-27T07:30:00.000Z', 'es', site.site.timeZone)).toEqual({
      date: '26 nov 2026',
      time: '23:30',
    });
  });

  it('names the interpreter requested in the visitor language, including sign language', () => {
    const asl = ticket('es', { interpreter: { mode: 'video', language: 'ase' }, accessibility: [] });
    expect(
      buildTicketPrintData({ site, ticket: asl, peopleAhead: 0, statusToken, catalogs }).interpreterText,
    ).toBe('Intérprete por video solicitado: lengua de señas americana');
    const phone = ticket('en', { interpreter: { mode: 'phone', language: 'vi' }, accessibility: [] });
    expect(
      buildTicketPrintData({ site, ticket: phone, peopleAhead: 0, statusToken, catalogs }).interpreterText,
    ).toBe('Phone interpreter requested: Vietnamese');
    const inPerson = ticket('en', { interpreter: { mode: 'in-person', language: 'es' }, accessibility: [] });
    expect(
      buildTicketPrintData({ site, ticket: inPerson, peopleAhead: 0, statusToken, catalogs }).interpreterText,
    ).toBe('In-person interpreter requested: Spanish');
  });

  it('uses the services catalog for the service name and falls back to the config name without one', () => {
    const withServices: Catalogs = {
      ...catalogs,
      es: { ...catalogs.es, services: { 'utility-bills.name': 'Facturas de servicios públicos' } },
    };
    expect(serviceNameFor(withServices, 'es', site, 'utility-bills')).toBe('Facturas de servicios públicos');
    const withoutServices: Catalogs = { en: { ticket: catalogs.en?.ticket ?? {} } };
    expect(serviceNameFor(withoutServices, 'es', site, 'utility-bills')).toBe(
      site.services.find((s) => s.id === 'utility-bills')?.name,
    );
  });
});
