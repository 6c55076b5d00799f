// Turns an issued ticket into the printable text in the visitor's language (catalogs + Intl, site time zone).
import type { InterpreterMode, SiteConfig, Ticket } from '../machines/contracts/index.js';
import { type Catalogs, type Translate, translator } from '../machines/i18n/translate.js';
import type { TicketPrintData } from './ticketLayout.js';

export interface PrintDataInput {
  site: SiteConfig;
  ticket: Ticket;
  /** null: issued offline without a recent picture of the queue; the line is left empty. */
  peopleAhead: number | null;
  /** The hub's unguessable token for the public status page (the QR code never carries the ticket id). */
  statusToken: string;
  catalogs: Catalogs;
}

/** Runs a translation, or returns `null` when the key exists in no catalog. */
function optional(t: Translate, key: string): string | null {
  try {
    return t(key);
  } catch {
    return null;
  }
}

/** The service's visitor-facing name from the `services` catalog, or the config's English name. */
export function serviceNameFor(
  catalogs: Catalogs,
  language: string,
  site: SiteConfig,
  serviceId: string,
): string {
  const fromCatalog = optional(translator(catalogs, language, 'services'), `${serviceId}.name`);
  return fromCatalog ?? site.services.find((s) => s.id === serviceId)?.name ?? serviceId;
}

/** A language's name in the visitor's language: the ticket catalog first (e.g. sign languages), then Intl. */
export function languageNameFor(t: Translate, displayLanguage: string, code: string): string {
  const fromCatalog = optional(t, `languageName.${code}`);
  if (fromCatalog !== null) return fromCatalog;
  try {
    return new Intl.DisplayNames([displayLanguage], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Date and time of issue, formatted for the visitor's language in the site's time zone. */
export function issuedAtParts(
  issuedAt: string,
  language: string,
  timeZone: string,
): { date: string; time: string } {
  const at = new Date(issuedAt);
  return {
    date: new Intl.DateTimeFormat(language, { timeZone, dateStyle: 'medium' }).format(at),
    time: new Intl.DateTimeFormat(language, { timeZone, timeStyle: 'short' }).format(at),
  };
}

/** ICU select keywords cannot contain a dash, so `in-person` is `inPerson` in the catalogs. */
const interpreterModeKey: Readonly<Record<InterpreterMode, string>> = {
  phone: 'phone',
  video: 'video',
  'in-person': 'inPerson',
};

export function buildTicketPrintData({
  site,
  ticket,
  peopleAhead,
  statusToken,
  catalogs,
}: PrintDataInput): TicketPrintData {
  const language = ticket.language;
  const t = translator(catalogs, language, 'ticket');
  const interpreter = ticket.needs.interpreter;
  return {
    siteName: site.site.name,
    ticketNumber: ticket.number,
    serviceName: serviceNameFor(catalogs, language, site, ticket.serviceId),
    issuedAtText: t('issuedAt', issuedAtParts(ticket.issuedAt, language, site.site.timeZone)),
    peopleAheadText: peopleAhead === null ? '' : t('peopleAhead', { count: peopleAhead }),
    message: t('message'),
    interpreterText: interpreter
      ? t('interpreter', {
          mode: interpreterModeKey[interpreter.mode],
          language: languageNameFor(t, language, interpreter.language),
        })
      : null,
    qrUrl: `${site.publicBaseUrl.replace(/\/+$/, '')}/status/${encodeURIComponent(statusToken)}`,
    language,
  };
}
