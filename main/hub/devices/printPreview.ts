// Renders a sample printout for /maintenance: the same ESC/POS bytes a kiosk would send, drawn as a PNG. The one
// adapter between the hub and printers/ (layouts, paper profiles, the preview renderer).
import type { PreviewQuery, PrintPreview, SiteConfig } from '../../../machines/contracts/index.js';
import type { Catalogs } from '../../../machines/i18n/translate.js';
import { MissingGlyphError } from '../../../printers/fonts/bundledFonts.js';
import { paperForModel, printerModelProfile } from '../../../printers/paperProfiles.js';
import { renderPreview } from '../../../printers/preview/renderPreview.js';
import { encodeReferralSlip } from '../../../printers/referralSlipLayout.js';
import { encodeRequestReceipt } from '../../../printers/requestReceiptLayout.js';
import { encodeTicket } from '../../../printers/ticketLayout.js';
import { QueueError } from '../queue/queueError.js';
import {
  type SampleInput,
  sampleReferralSlip,
  sampleRequestReceipt,
  sampleTicket,
} from './previewSamples.js';

export interface PreviewInput {
  site: SiteConfig;
  catalogs: Catalogs;
  serviceDay: string;
  at: Date;
}

function encode(query: PreviewQuery, sample: SampleInput): Uint8Array {
  const paper = paperForModel(query.printerModel);
  switch (query.layout) {
    case 'request-receipt':
      return encodeRequestReceipt(sampleRequestReceipt(sample), paper);
    case 'referral-slip':
      return encodeReferralSlip(sampleReferralSlip(sample), paper);
    default:
      return encodeTicket(sampleTicket(sample), paper);
  }
}

export function renderPrintPreview(query: PreviewQuery, input: PreviewInput): PrintPreview {
  if (!input.site.languages.includes(query.language)) {
    throw new QueueError(
      'invalid-request',
      `This site has no language "${query.language}": pick one of ${input.site.languages.join(', ')}.`,
    );
  }
  let bytes: Uint8Array;
  try {
    bytes = encode(query, { ...input, language: query.language });
  } catch (error) {
    if (error instanceof MissingGlyphError) throw new QueueError('invalid-request', error.message);
    throw error;
  }
  const preview = renderPreview(bytes, printerModelProfile(query.printerModel).widthDots);
  return {
    pngBase64: Buffer.from(preview.png).toString('base64'),
    widthDots: preview.widthDots,
    heightDots: preview.heightDots,
    bytes: bytes.length,
    rasterLines: preview.rasterLines,
  };
}
