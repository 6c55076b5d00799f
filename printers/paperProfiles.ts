// Printer models the kiosks support, each with its paper width (80 or 58 mm), font A columns and dots per line.
import type { PrinterModel } from '../machines/contracts/deviceCare.js';
import type { PaperProfile } from './layoutLines.js';

export interface PrinterModelProfile {
  /** A model id from the contract's `PrinterModel` (also a receipt-printer-encoder `printerModels` id). */
  printerModel: PrinterModel;
  paperMm: 80 | 58;
  /** Font A (12x24) characters per line. */
  columns: PaperProfile['columns'];
  /** Printable dots per line (used for previews and raster lines). */
  widthDots: number;
}

/** Supported models; the columns match the encoder's own capability table for each model. */
export const printerModelProfiles: readonly PrinterModelProfile[] = [
  { printerModel: 'epson-tm-t88vi', paperMm: 80, columns: 42, widthDots: 512 },
  { printerModel: 'epson-tm-t88vii', paperMm: 80, columns: 42, widthDots: 512 },
  { printerModel: 'epson-tm-t20iii', paperMm: 80, columns: 48, widthDots: 576 },
  { printerModel: 'epson-tm-m30iii', paperMm: 80, columns: 48, widthDots: 576 },
  { printerModel: 'epson-tm-p20ii', paperMm: 58, columns: 32, widthDots: 384 },
];

export class UnknownPrinterModelError extends Error {
  override name = 'UnknownPrinterModelError';
}

/** The profile of a supported model; throws UnknownPrinterModelError naming the supported ones. */
export function printerModelProfile(printerModel: string): PrinterModelProfile {
  const profile = printerModelProfiles.find((p) => p.printerModel === printerModel);
  if (!profile) {
    const known = printerModelProfiles.map((p) => p.printerModel).join(', ');
    throw new UnknownPrinterModelError(`Unsupported printer model "${printerModel}" (supported: ${known})`);
  }
  return profile;
}

/** The paper profile layouts take, for a supported model. */
export function paperForModel(printerModel: string): PaperProfile {
  const { columns, widthDots } = printerModelProfile(printerModel);
  return { columns, printerModel, widthDots };
}
