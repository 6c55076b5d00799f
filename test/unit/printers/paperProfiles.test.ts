// Printer model table: real encoder model ids, columns that match the encoder's, both paper widths covered.
import ReceiptPrinterEncoder from '@point-of-sale/receipt-printer-encoder';
import { describe, expect, it } from 'vitest';
import { PrinterModel } from '../../../machines/contracts/deviceCare.js';
import {
  paperForModel,
  printerModelProfile,
  printerModelProfiles,
  UnknownPrinterModelError,
} from '../../../printers/paperProfiles.js';

describe('printerModelProfiles', () => {
  it.each(printerModelProfiles)('$printerModel is a model the encoder knows, with its columns', (profile) => {
    expect(ReceiptPrinterEncoder.printerModels.map((m) => m.id)).toContain(profile.printerModel);
    const encoder = new ReceiptPrinterEncoder({ printerModel: profile.printerModel as 'epson-tm-t88vi' });
    expect(encoder.columns).toBe(profile.columns);
    // Font A is 12 dots wide: the line must hold every column.
    expect(profile.widthDots).toBeGreaterThanOrEqual(profile.columns * 12);
  });

  it('covers 80 mm at 42 and 48 columns and 58 mm at 32', () => {
    const widths = new Set(printerModelProfiles.map((p) => `${p.paperMm}/${p.columns}`));
    expect(widths).toEqual(new Set(['80/42', '80/48', '58/32']));
    expect(printerModelProfile('epson-tm-t88vi')).toMatchObject({ paperMm: 80, columns: 42 });
    expect(printerModelProfile('epson-tm-t20iii')).toMatchObject({ paperMm: 80, columns: 48 });
  });

  it('gives layouts the paper profile of a model, and refuses an unsupported one by name', () => {
    expect(paperForModel('epson-tm-p20ii')).toEqual({
      columns: 32,
      printerModel: 'epson-tm-p20ii',
      widthDots: 384,
    });
    expect(() => paperForModel('acme-9000')).toThrow(UnknownPrinterModelError);
    expect(() => paperForModel('acme-9000')).toThrow(/acme-9000.*supported: epson-tm-t88vi/);
  });

  it('has exactly one profile per PrinterModel in the contract', () => {
    const profiled = printerModelProfiles.map((p) => p.printerModel);
    expect([...profiled].sort()).toEqual([...PrinterModel.options].sort());
    expect(new Set(profiled).size).toBe(profiled.length);
  });
});
