// Every layout (ticket, request receipt, referral slip) in five languages at every supported paper width,
// decoded by the strict decoder: nothing lost, nothing past the paper edge, only common code pages.
import { describe, expect, it } from 'vitest';
import { printable } from '../../../printers/layoutLines.js';
import { paperForModel, printerModelProfiles } from '../../../printers/paperProfiles.js';
import { encodeReferralSlip, referralSlipLines } from '../../../printers/referralSlipLayout.js';
import { encodeRequestReceipt } from '../../../printers/requestReceiptLayout.js';
import { encodeTicket } from '../../../printers/ticketLayout.js';
import { type DecodedReceipt, decodeEscPos } from '../../fakes/escposDecoder.js';
import {
  sampleLanguages,
  sampleReferralSlip,
  sampleRequestReceipt,
  sampleTicketIn,
} from './sampleLayouts.js';

/** Printed text with every blank removed, so words broken across lines still match. */
const squashed = (receipt: DecodedReceipt) => receipt.lines.map((l) => l.text.replace(/\s+/g, '')).join('');
const squash = (text: string) => printable(text).replace(/\s+/g, '');

/** Epson code pages in the restricted candidate list (ESC t numbers). */
const commonPages = [0, 2, 14, 16, 17, 18, 19, 45, 46];

function expectClean(receipt: DecodedReceipt, columns: number, fields: readonly string[]): void {
  expect(receipt.warnings).toEqual([]);
  expect(receipt.cuts).toBe(1);
  expect(receipt.items.at(-1)).toMatchObject({ kind: 'cut' });
  for (const line of receipt.lines) expect(line.columns, line.text).toBeLessThanOrEqual(columns);
  const printed = squashed(receipt);
  for (const field of fields) expect(printed, field).toContain(squash(field));
  expect(printed).not.toContain('\ufffd');
  for (const c of receipt.commands.filter((c) => c.name === 'ESC t'))
    expect(commonPages).toContain(c.params[0]);
}

/** One profile per distinct paper width (42 and 48 columns on 80 mm, 32 on 58 mm). */
const widths = printerModelProfiles.filter(
  (p, i, all) => all.findIndex((q) => q.columns === p.columns) === i,
);

describe.each(widths)('on $printerModel ($paperMm mm, $columns columns)', ({ printerModel, columns }) => {
  const paper = paperForModel(printerModel);

  describe.each(sampleLanguages)('in %s', (language) => {
    it('prints the queue ticket completely', () => {
      const data = sampleTicketIn(language);
      const receipt = decodeEscPos(encodeTicket(data, paper), { columns });
      expectClean(receipt, columns, [
        data.siteName,
        data.ticketNumber,
        data.serviceName,
        data.issuedAtText,
        data.peopleAheadText,
        data.message,
        data.interpreterText ?? '',
      ]);
      expect(receipt.qrCodes).toEqual([data.qrUrl]);
    });

    it('prints the request receipt with reference, case number, numbered steps and status QR', () => {
      const data = sampleRequestReceipt(language);
      const receipt = decodeEscPos(encodeRequestReceipt(data, paper), { columns });
      expectClean(receipt, columns, [
        data.siteName,
        data.title,
        data.serviceName,
        data.localReferenceLabel,
        data.localReference,
        data.caseNumberLabel,
        data.caseNumber ?? '',
        data.submittedAtText,
        data.nextStepsTitle,
        ...data.nextSteps,
        data.statusUrlText,
        data.statusUrl,
      ]);
      expect(receipt.qrCodes).toEqual([data.statusUrl]);
      expect(receipt.lines.filter((l) => /^\d\. /.test(l.text)).map((l) => l.text.slice(0, 2))).toEqual([
        '1.',
        '2.',
      ]);
      const caseLine = receipt.lines.find((l) => l.text === data.caseNumber);
      expect(caseLine?.size.width).toBe(2);
    });

    it('prints the referral slip with address, hours, phone and web address as QR and text', () => {
      const data = sampleReferralSlip(language);
      const receipt = decodeEscPos(encodeReferralSlip(data, paper), { columns });
      expectClean(receipt, columns, [
        data.siteName,
        data.title,
        data.summary ?? '',
        data.whereLabel,
        data.placeName,
        ...data.addressLines,
        data.hoursLabel,
        ...data.hoursLines,
        `${data.phoneLabel}: ${data.phone}`,
        data.webLabel,
        data.webUrl,
      ]);
      expect(receipt.qrCodes).toEqual([data.webUrl]);
    });
  });
});

describe('request receipt before the city answers', () => {
  it('prints the pending text instead of a case number', () => {
    const data = sampleRequestReceipt('en', { caseNumber: null });
    const receipt = decodeEscPos(encodeRequestReceipt(data));
    const printed = squashed(receipt);
    expect(printed).toContain(squash(data.caseNumberPendingText));
    expect(printed).toContain(squash(data.caseNumberLabel));
    expect(printed).not.toContain('26-118734');
  });
});

describe('long words and names', () => {
  it.each(widths)('wrap at $columns columns without losing a character', ({ printerModel, columns }) => {
    const longName = 'Wolfeschlegelsteinhausenbergerdorff-Ramírez-Константинопольский';
    const longUrl = `https://www.portland.gov/${'very-long-path-segment/'.repeat(4)}bill-help?lang=es`;
    const data = sampleReferralSlip('es', { placeName: longName, webUrl: longUrl, title: longName });
    const receipt = decodeEscPos(encodeReferralSlip(data, paperForModel(printerModel)), { columns });
    expectClean(receipt, columns, [longName, longUrl]);
    expect(receipt.qrCodes).toEqual([longUrl]);
    const titleLines = referralSlipLines(data, paperForModel(printerModel)).filter(
      (l) => l.kind === 'text' && l.size === 2,
    );
    expect(titleLines.length).toBeGreaterThan(1);
  });
});
