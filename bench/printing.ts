// Printing benchmark: ticket encode time, size and raster lines per kiosk language, and "kiosk tap to last byte
// at a TCP printer" through the real printer queue to the virtual printer.
import { paperForModel } from '../printers/paperProfiles.js';
import { decodeEscPos } from '../printers/preview/escposDecoder.js';
import { openPrinter } from '../printers/printer.js';
import { encodeTicket } from '../printers/ticketLayout.js';
import { startVirtualPrinter } from '../test/fakes/virtualPrinter.js';
import { kioskLanguages, samplePrintData } from '../test/fixtures/printSamples.js';
import { type BenchOptions, type BenchSection, percentiles } from './lib/benchSection.js';
import { runIfMain } from './lib/report.js';

const paper = paperForModel('epson-tm-t88vi');
const softwareP95TargetMs = 50;
const nonLatinTargetBytes = 12 * 1024;

function encodeLanguage(language: (typeof kioskLanguages)[number], warmup: number, encodes: number) {
  const data = samplePrintData(language);
  for (let i = 0; i < warmup; i += 1) encodeTicket({ ...data, ticketNumber: `A${i}` }, paper);
  const times: number[] = [];
  let bytes: Uint8Array = new Uint8Array(0);
  for (let i = 0; i < encodes; i += 1) {
    const start = performance.now();
    bytes = encodeTicket({ ...data, ticketNumber: `A${100 + (i % 900)}` }, paper);
    times.push(performance.now() - start);
  }
  const rasterLines = decodeEscPos(bytes, { columns: paper.columns }).rasters.length;
  return { language, encodeMs: percentiles(times), bytes: bytes.length, rasterLines };
}

async function tapToLastByte(tickets: number, warmup: number): Promise<number[]> {
  const virtualPrinter = await startVirtualPrinter({ columns: paper.columns });
  const printer = openPrinter(virtualPrinter.url);
  const times: number[] = [];
  try {
    for (let i = 0; i < tickets + warmup; i += 1) {
      const language = kioskLanguages[i % kioskLanguages.length] ?? 'en';
      const start = performance.now();
      const received = virtualPrinter.nextJob();
      await printer.print(encodeTicket({ ...samplePrintData(language), ticketNumber: `B${i}` }, paper));
      await received;
      if (i >= warmup) times.push(performance.now() - start);
    }
  } finally {
    await printer.close();
    await virtualPrinter.close();
  }
  return times;
}

export async function run(options: BenchOptions): Promise<BenchSection> {
  const warmup = options.smoke ? 2 : 20;
  const encodes = options.smoke ? 5 : 200;
  const tickets = options.smoke ? 5 : 100;
  const perLanguage = kioskLanguages.map((language) => encodeLanguage(language, warmup, encodes));
  const tap = percentiles(await tapToLastByte(tickets, warmup));
  const worstEncodeP95 = Math.max(...perLanguage.map((l) => l.encodeMs.p95));
  const largestRaster = Math.max(0, ...perLanguage.filter((l) => l.rasterLines > 0).map((l) => l.bytes));
  const figures: Record<string, number> = {
    'encode.worstP95Ms': worstEncodeP95,
    'tap.p50Ms': tap.p50,
    'tap.p95Ms': tap.p95,
    'nonLatin.largestBytes': largestRaster,
  };
  for (const l of perLanguage) {
    figures[`${l.language}.encodeP95Ms`] = l.encodeMs.p95;
    figures[`${l.language}.bytes`] = l.bytes;
  }
  return {
    name: 'printing',
    measured: `ticket encode per kiosk language (${encodes} each), and kiosk tap → last byte at a TCP virtual printer (${tickets} tickets)`,
    runs: encodes * perLanguage.length + tickets,
    figures,
    target: {
      text: `< ${softwareP95TargetMs} ms P95 added by software; non-Latin ticket < 12 KB`,
      met:
        worstEncodeP95 < softwareP95TargetMs &&
        tap.p95 < softwareP95TargetMs &&
        largestRaster < nonLatinTargetBytes,
    },
    detail: { printerModel: paper.printerModel, perLanguage, tapToLastByteMs: tap },
  };
}

await runIfMain(import.meta, run);
