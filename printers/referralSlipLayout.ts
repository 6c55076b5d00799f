// Lays out an information/referral slip: a topic and where to go for it (address, hours, phone, web address
// as QR code and text). Strings arrive translated; addresses and hours as the lines they should print on.
import { defaultPaper, encodeLines, type PaperProfile, type TicketLine, textLines } from './layoutLines.js';

export interface ReferralSlipPrintData {
  siteName: string;
  /** The topic, e.g. "Help paying a water bill". */
  title: string;
  /** One or two plain sentences about the topic, or null. */
  summary: string | null;
  /** E.g. "Where to go". */
  whereLabel: string;
  /** The office or organisation, e.g. "Water Bureau Customer Service". */
  placeName: string;
  addressLines: readonly string[];
  /** E.g. "Hours". */
  hoursLabel: string;
  hoursLines: readonly string[];
  /** E.g. "Phone". */
  phoneLabel: string;
  phone: string;
  /** E.g. "On the web". */
  webLabel: string;
  webUrl: string;
  language: string;
}

/** The referral slip as lines, wrapped to the paper's width. */
export function referralSlipLines(
  data: ReferralSlipPrintData,
  paper: PaperProfile = defaultPaper,
): TicketLine[] {
  const lines = (text: string, size: number, bold: boolean, align: 'left' | 'center') =>
    textLines(text, paper, size, bold, align, data.language);
  const left = (text: string, bold = false) => lines(text, 1, bold, 'left');
  return [
    ...lines(data.siteName, 1, true, 'center'),
    { kind: 'rule' },
    ...lines(data.title, 2, true, 'center'),
    ...(data.summary ? [{ kind: 'feed', lines: 1 } as const, ...left(data.summary)] : []),
    { kind: 'feed', lines: 1 },
    ...left(data.whereLabel, true),
    ...left(data.placeName, true),
    ...data.addressLines.flatMap((line) => left(line)),
    { kind: 'feed', lines: 1 },
    ...left(data.hoursLabel, true),
    ...data.hoursLines.flatMap((line) => left(line)),
    { kind: 'feed', lines: 1 },
    ...left(`${data.phoneLabel}: ${data.phone}`, true),
    { kind: 'feed', lines: 1 },
    ...left(data.webLabel, true),
    { kind: 'qr', data: data.webUrl },
    ...lines(data.webUrl, 1, false, 'center'),
  ];
}

export function encodeReferralSlip(
  data: ReferralSlipPrintData,
  paper: PaperProfile = defaultPaper,
): Uint8Array {
  return encodeLines(referralSlipLines(data, paper), paper);
}
