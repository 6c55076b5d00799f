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
  const { columns } = paper;
  const caseLines =
    data.caseNumber === null
      ? textLines(data.caseNumberPendingText, columns, 1, false, 'center')
      : textLines(data.caseNumber, columns, 2, true, 'center');
  return [
    ...textLines(data.siteName, columns, 1, true, 'center'),
    { kind: 'rule' },
    ...textLines(data.title, columns, 2, true, 'center'),
    ...textLines(data.serviceName, columns, 1, true, 'center'),
    { kind: 'feed', lines: 1 },
    ...textLines(data.localReferenceLabel, columns, 1, false, 'center'),
    ...textLines(data.localReference, columns, 2, true, 'center'),
    { kind: 'feed', lines: 1 },
    ...textLines(data.caseNumberLabel, columns, 1, false, 'center'),
    ...caseLines,
    { kind: 'feed', lines: 1 },
    ...textLines(data.submittedAtText, columns, 1, false, 'center'),
    { kind: 'rule' },
    ...textLines(data.nextStepsTitle, columns, 1, true, 'left'),
    ...data.nextSteps.flatMap((step, i) => listItemLines(`${i + 1}.`, step, columns)),
    { kind: 'feed', lines: 1 },
    ...textLines(data.statusUrlText, columns, 1, false, 'center'),
    { kind: 'qr', data: data.statusUrl },
    ...textLines(data.statusUrl, columns, 1, false, 'center'),
  ];
}

export function encodeRequestReceipt(
  data: RequestReceiptPrintData,
  paper: PaperProfile = defaultPaper,
): Uint8Array {
  return encodeLines(requestReceiptLines(data, paper), paper);
}
