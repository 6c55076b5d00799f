// Lays out the receipt for a walk-in service request: local reference, the city's case number when known,
// a QR code to the request's status page, and plain "what happens next" steps. Strings arrive translated.
import {
  defaultPaper,
  encodeLines,
  listItemLines,
  type PaperProfile,
  type TicketLine,
  textLines,
} from './layoutLines.js';

export interface RequestReceiptPrintData {
  siteName: string;
  /** E.g. "Your request". */
  title: string;
  serviceName: string;
  /** E.g. "Reference". */
  localReferenceLabel: string;
  /** The hub's own reference, known at once (e.g. "PB-1126-0042"). */
  localReference: string;
  /** E.g. "City case number". */
  caseNumberLabel: string;
  /** The city's case number, or null while the city system has not answered yet. */
  caseNumber: string | null;
  /** Printed instead of the case number when it is not known yet. */
  caseNumberPendingText: string;
  submittedAtText: string;
  /** E.g. "What happens next". */
  nextStepsTitle: string;
  /** Plain sentences, printed as a numbered list. */
  nextSteps: readonly string[];
  /** E.g. "Scan to check your request status". */
  statusUrlText: string;
  statusUrl: string;
  language: string;
}

/** The request receipt as lines, wrapped to the paper's width. */
export function requestReceiptLines(
  data: RequestReceiptPrintData,
  paper: PaperProfile = defaultPaper,
): TicketLine[] {
  const lines = (text: string, size: number, bold: boolean, align: 'left' | 'center') =>
    textLines(text, paper, size, bold, align, data.language);
  const caseLines =
    data.caseNumber === null
      ? lines(data.caseNumberPendingText, 1, false, 'center')
      : lines(data.caseNumber, 2, true, 'center');
  return [
    ...lines(data.siteName, 1, true, 'center'),
    { kind: 'rule' },
    ...lines(data.title, 2, true, 'center'),
    ...lines(data.serviceName, 1, true, 'center'),
    { kind: 'feed', lines: 1 },
    ...lines(data.localReferenceLabel, 1, false, 'center'),
    ...lines(data.localReference, 2, true, 'center'),
    { kind: 'feed', lines: 1 },
    ...lines(data.caseNumberLabel, 1, false, 'center'),
    ...caseLines,
    { kind: 'feed', lines: 1 },
    ...lines(data.submittedAtText, 1, false, 'center'),
    { kind: 'rule' },
    ...lines(data.nextStepsTitle, 1, true, 'left'),
    ...data.nextSteps.flatMap((step, i) => listItemLines(`${i + 1}.`, step, paper, data.language)),
    { kind: 'feed', lines: 1 },
    ...lines(data.statusUrlText, 1, false, 'center'),
    { kind: 'qr', data: data.statusUrl },
    ...lines(data.statusUrl, 1, false, 'center'),
  ];
}

export function encodeRequestReceipt(
  data: RequestReceiptPrintData,
  paper: PaperProfile = defaultPaper,
): Uint8Array {
  return encodeLines(requestReceiptLines(data, paper), paper);
}
