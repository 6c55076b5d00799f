// Prints tickets for the kiosk service: through the watched printer when there is one, each ticket once (a
// retry of a printed ticket prints nothing), its print data kept so the desk can have it reprinted.
import type { PrintOutcome } from '../../machines/contracts/index.js';
import type { PaperProfile } from '../../printers/layoutLines.js';
import { NoPrinterError, type Printer } from '../../printers/printer.js';
import { encodeTicket, type TicketPrintData } from '../../printers/ticketLayout.js';
import { BoundedMap } from './boundedMap.js';
import type { PrintedTickets } from './printedTickets.js';
import type { PrinterWatch } from './printerWatch.js';

/** How many recently printed ticket ids are remembered, so a retry does not print a second copy. */
const PRINTED_MEMORY = 500;

export interface TicketPrinting {
  /** Sends one job (the printer queues jobs, so two visitors' tickets never interleave on the paper). */
  print(bytes: Uint8Array): Promise<PrintOutcome>;
  /** Prints a ticket unless it was printed already; its data is kept even when the print fails. */
  printTicket(ticketId: string, data: TicketPrintData): Promise<PrintOutcome>;
}

export function createTicketPrinting(
  printer: Printer,
  watch: PrinterWatch | null,
  paper: PaperProfile,
  printedTickets: PrintedTickets,
): TicketPrinting {
  const printed = new BoundedMap<string, true>(PRINTED_MEMORY);

  async function print(bytes: Uint8Array): Promise<PrintOutcome> {
    if (watch) return watch.print(bytes);
    try {
      await printer.print(bytes);
      return { ok: true };
    } catch (err) {
      return { ok: false, reason: err instanceof NoPrinterError ? 'no-printer' : 'printer-error' };
    }
  }

  return {
    print,
    async printTicket(ticketId, data) {
      if (printed.has(ticketId)) return { ok: true };
      if (printer.state() === 'none') return { ok: false, reason: 'no-printer' };
      // Kept even when the print fails: once the printer is fixed the desk can have it reprinted.
      printedTickets.remember(ticketId, data);
      const outcome = await print(encodeTicket(data, paper));
      if (outcome.ok) printed.set(ticketId, true);
      return outcome;
    },
  };
}
