// Lays out a visitor's queue ticket as a list of lines and encodes it to ESC/POS bytes for an Epson-class printer.
import { defaultPaper, encodeLines, type PaperProfile, type TicketLine, textLines } from './layoutLines.js';

export { defaultPaper, encodeLines, type PaperProfile, type TicketLine } from './layoutLines.js';

export interface TicketPrintData {
  siteName: string;
  ticketNumber: string;
  serviceName: string;
  issuedAtText: string;
  peopleAheadText: string;
  message: string;
  interpreterText: string | null;
  qrUrl: string;
  language: string;
}

/** Largest magnification for the ticket number (Epson allows 1-8). */
const maxNumberSize = 6;

/** The ticket as lines, wrapped to the paper's width. */
export function ticketLines(data: TicketPrintData, paper: PaperProfile = defaultPaper): TicketLine[] {
  const { columns } = paper;
  const number = data.ticketNumber.trim();
  const numberSize = Math.max(1, Math.min(maxNumberSize, Math.floor(columns / Math.max(1, number.length))));
  return [
    ...textLines(data.siteName, columns, 1, true, 'center'),
    { kind: 'rule' },
    { kind: 'feed', lines: 1 },
    ...textLines(number, columns, numberSize, true, 'center'),
    { kind: 'feed', lines: 1 },
    ...textLines(data.serviceName, columns, 2, true, 'center'),
    { kind: 'feed', lines: 1 },
    ...textLines(data.issuedAtText, columns, 1, false, 'center'),
    ...textLines(data.peopleAheadText, columns, 1, true, 'center'),
    { kind: 'feed', lines: 1 },
    ...textLines(data.message, columns, 1, false, 'left'),
    ...(data.interpreterText ? textLines(data.interpreterText, columns, 1, true, 'left') : []),
    { kind: 'feed', lines: 1 },
    { kind: 'qr', data: data.qrUrl },
  ];
}

export function encodeTicket(data: TicketPrintData, paper: PaperProfile = defaultPaper): Uint8Array {
  return encodeLines(ticketLines(data, paper), paper);
}
