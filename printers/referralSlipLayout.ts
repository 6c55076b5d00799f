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
  /** Empty: the topic has no phone number (the line is left out). */
  phone: string;
  /** E.g. "On the web". */
  webLabel: string;
  /** Empty: the topic has no web page (no QR code either). */
  webUrl: string;
  language: string;
}

/** The referral slip as lines, wrapped to the paper's width; a part with nothing to print is left out. */
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
    ...(data.placeName || data.addressLines.length > 0
      ? [
          { kind: 'feed', lines: 1 } as const,
          ...left(data.whereLabel, true),
          ...(data.placeName ? left(data.placeName, true) : []),
          ...data.addressLines.flatMap((line) => left(line)),
        ]
      : []),
    ...(data.hoursLines.length > 0
      ? [
          { kind: 'feed', lines: 1 } as const,
          ...left(data.hoursLabel, true),
          ...data.hoursLines.flatMap((line) => left(line)),
        ]
      : []),
    ...(data.phone
      ? [{ kind: 'feed', lines: 1 } as const, ...left(`${data.phoneLabel}: ${data.phone}`, true)]
      : []),
    ...(data.webUrl
      ? [
          { kind: 'feed', lines: 1 } as const,
          ...left(data.webLabel, true),
          { kind: 'qr', data: data.webUrl } as const,
          ...lines(data.webUrl, 1, false, 'center'),
        ]
      : []),
  ];
}

export function encodeReferralSlip(
  data: ReferralSlipPrintData,
  paper: PaperProfile = defaultPaper,
): Uint8Array {
  return encodeLines(referralSlipLines(data, paper), paper);
}
