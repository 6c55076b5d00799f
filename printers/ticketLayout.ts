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
  /** E.g. "COPY — reprinted 10:42", printed under the site name on a reprint; absent or null otherwise. */
  copyText?: string | null;
}

/** Largest magnification for the ticket number (Epson allows 1-8). */
const maxNumberSize = 6;

/** The ticket as lines, wrapped to the paper's width. */
export function ticketLines(data: TicketPrintData, paper: PaperProfile = defaultPaper): TicketLine[] {
  const number = data.ticketNumber.trim();
  const numberSize = Math.max(
    1,
    Math.min(maxNumberSize, Math.floor(paper.columns / Math.max(1, number.length))),
  );
  const lines = (text: string, size: number, bold: boolean, align: 'left' | 'center') =>
    textLines(text, paper, size, bold, align, data.language);
  return [
    ...lines(data.siteName, 1, true, 'center'),
    ...(data.copyText ? lines(data.copyText, 1, true, 'center') : []),
    { kind: 'rule' },
    { kind: 'feed', lines: 1 },
    ...lines(number, numberSize, true, 'center'),
    { kind: 'feed', lines: 1 },
    ...lines(data.serviceName, 2, true, 'center'),
    { kind: 'feed', lines: 1 },
    ...lines(data.issuedAtText, 1, false, 'center'),
    ...lines(data.peopleAheadText, 1, true, 'center'),
    { kind: 'feed', lines: 1 },
    ...lines(data.message, 1, false, 'left'),
    ...(data.interpreterText ? lines(data.interpreterText, 1, true, 'left') : []),
    { kind: 'feed', lines: 1 },
    { kind: 'qr', data: data.qrUrl },
  ];
}

export function encodeTicket(data: TicketPrintData, paper: PaperProfile = defaultPaper): Uint8Array {
  return encodeLines(ticketLines(data, paper), paper);
}
