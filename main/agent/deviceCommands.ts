// Runs one command facilities (or the desk) queued for this kiosk: a test print, a reprint of a ticket it printed,
// or clearing a printer fault; answers the result as the plain sentence the hub keeps.
import {
  type CompleteCommandBody,
  type DeviceCommandRequest,
  HubUnreachableError,
  type PrinterHealth,
  type PrinterModel,
  type PrintOutcome,
  type SiteConfig,
} from '../../machines/contracts/index.js';
import { type Catalogs, translator } from '../../machines/i18n/translate.js';
import type { PaperProfile } from '../../printers/layoutLines.js';
import { encodeTestPage, testPageSamples } from '../../printers/testPageLayout.js';
import { encodeTicket } from '../../printers/ticketLayout.js';
import type { PrintedTickets } from './printedTickets.js';
import { stateAfterClearing, whyNotPrinted } from './printerSentences.js';

export interface DeviceCommandDeps {
  /** Sends a job through the kiosk's printer queue and health watch (as tickets are). */
  print(bytes: Uint8Array): Promise<PrintOutcome>;
  /** The watched printer health now (null: not watched). */
  health(): PrinterHealth | null;
  /** Asks the watch to poll at once after staff fixed the printer (null: the printer is not watched). */
  clearFault(): Promise<PrinterHealth | null>;
  site(): Promise<SiteConfig>;
  /** The kiosk's name as the hub knows it (its device id when the hub cannot say). */
  kioskName(): Promise<string>;
  printed: PrintedTickets;
  printerModel: PrinterModel;
  paper: PaperProfile;
  catalogs: Catalogs;
  now: () => Date;
}

export const notPrintedHere = 'This kiosk has not printed that ticket since it started';

/** Hours and minutes in the site's time zone, e.g. 14:05. */
function clockTime(at: Date, timeZone: string): string {
  return new Intl.DateTimeFormat('en-GB', {
    timeZone,
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).format(at);
}

/** "COPY — reprinted 14:05" in the ticket's language when the catalogs have it, otherwise in English. */
export function copyTextFor(catalogs: Catalogs, language: string, time: string): string {
  try {
    return translator(catalogs, language, 'ticket')('copyReprinted', { time });
  } catch {
    return `COPY — reprinted ${time}`;
  }
}

function failureSentence(err: unknown): string {
  if (err instanceof HubUnreachableError) return 'The kiosk could not reach the hub to prepare the page';
  return 'Something went wrong in the kiosk agent while preparing the page';
}

export function createDeviceCommandRunner(deps: DeviceCommandDeps) {
  async function printed(bytes: Uint8Array): Promise<CompleteCommandBody> {
    const outcome = await deps.print(bytes);
    return outcome.ok
      ? { ok: true, detail: 'Printed' }
      : { ok: false, detail: whyNotPrinted(outcome, deps.health()) };
  }

  async function testPrint(): Promise<CompleteCommandBody> {
    const site = await deps.site();
    const at = deps.now();
    const printedAtText = new Intl.DateTimeFormat('en-US', {
      timeZone: site.site.timeZone,
      dateStyle: 'medium',
      timeStyle: 'short',
    }).format(at);
    const samples = testPageSamples.filter((sample) => site.languages.includes(sample.language));
    const bytes = encodeTestPage(
      { kioskName: await deps.kioskName(), printerModel: deps.printerModel, printedAtText, samples },
      deps.paper,
    );
    return printed(bytes);
  }

  async function reprint(ticketId: string | null): Promise<CompleteCommandBody> {
    const data = deps.printed.find(ticketId);
    if (!data) return { ok: false, detail: notPrintedHere };
    const site = await deps.site();
    const copyText = copyTextFor(deps.catalogs, data.language, clockTime(deps.now(), site.site.timeZone));
    return printed(encodeTicket({ ...data, copyText }, deps.paper));
  }

  async function clearFault(): Promise<CompleteCommandBody> {
    const health = await deps.clearFault();
    if (health === null) return { ok: false, detail: 'This kiosk does not watch its printer' };
    return { ok: health.canPrint, detail: stateAfterClearing(health) };
  }

  /** Never throws: a failure is the command's result. */
  return async function run(request: DeviceCommandRequest): Promise<CompleteCommandBody> {
    try {
      switch (request.kind) {
        case 'testPrint':
          return await testPrint();
        case 'reprintTicket':
          return await reprint(request.ticketId);
        case 'clearFault':
          return await clearFault();
      }
    } catch (err) {
      return { ok: false, detail: failureSentence(err) };
    }
  };
}

export type DeviceCommandRunner = ReturnType<typeof createDeviceCommandRunner>;
