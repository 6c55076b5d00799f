// Printing benchmark: ticket encode time, size and raster lines per kiosk language, and "kiosk tap to last byte
// at a TCP printer" through the real printer queue to the virtual printer. Writes bench/results/printing-<date>.json.
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { paperForModel } from '../printers/paperProfiles.js';
import { decodeEscPos } from '../printers/preview/escposDecoder.js';
import { openPrinter } from '../printers/printer.js';
import { encodeTicket } from '../printers/ticketLayout.js';
import { startVirtualPrinter } from '../test/fakes/virtualPrinter.js';
import { kioskLanguages, samplePrintData } from '../test/fixtures/printSamples.js';

const warmup = 20;
const encodes = 200;
const tickets = 100;
const paper = paperForModel('epson-tm-t88vi');

function percentile(sorted: readonly number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? Number.NaN;
}

function stats(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const mean = samples.reduce((sum, x) => sum + x, 0) / samples.length;
  const round = (x: number) => Math.round(x * 1000) / 1000;
  return { mean: round(mean), p50: round(percentile(sorted, 50)), p95: round(percentile(sorted, 95)) };
}

const perLanguage = kioskLanguages.map((language) => {
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
  return { language, encodeMs: stats(times), bytes: bytes.length, rasterLines };
});

const virtualPrinter = await startVirtualPrinter({ columns: paper.columns });
const printer = openPrinter(virtualPrinter.url);
const tapTimes: number[] = [];
for (let i = 0; i < tickets + warmup; i += 1) {
  const language = kioskLanguages[i % kioskLanguages.length] ?? 'en';
  const start = performance.now();
  const received = virtualPrinter.nextJob();
  await printer.print(encodeTicket({ ...samplePrintData(language), ticketNumber: `B${i}` }, paper));
  await received;
  if (i >= warmup) tapTimes.push(performance.now() - start);
}
await printer.close();
await virtualPrinter.close();
const tapToLastByteMs = stats(tapTimes);

const rasterTickets = perLanguage.filter((l) => l.rasterLines > 0);
const result = {
  date: new Date().toISOString(),
  node: process.version,
  cpu: cpus()[0]?.model ?? 'unknown',
  cores: cpus().length,
  printerModel: paper.printerModel,
  encodesPerLanguage: encodes,
  ticketsPrinted: tickets,
  perLanguage,
  tapToLastByteMs,
  targets: {
    p95SoftwareMs: {
      target: 50,
      worstEncodeP95: Math.max(...perLanguage.map((l) => l.encodeMs.p95)),
      tapP95: tapToLastByteMs.p95,
    },
    nonLatinTicketBytes: { target: 12 * 1024, largest: Math.max(...rasterTickets.map((l) => l.bytes)) },
  },
};

console.log('language  encode mean / p50 / p95 ms   bytes  raster lines');
for (const l of perLanguage) {
  const { mean, p50, p95 } = l.encodeMs;
  console.log(
    `${l.language.padEnd(8)}  ${[mean, p50, p95].map((x) => x.toFixed(2).padStart(6)).join(' / ')}       ${String(l.bytes).padStart(6)}  ${l.rasterLines}`,
  );
}
console.log(
  `tap -> last byte at tcp printer (${tickets} tickets, all languages): p50 ${tapToLastByteMs.p50.toFixed(2)} ms, p95 ${tapToLastByteMs.p95.toFixed(2)} ms`,
);
console.log(
  `targets: p95 < 50 ms (worst encode p95 ${result.targets.p95SoftwareMs.worstEncodeP95} ms, tap p95 ${tapToLastByteMs.p95} ms); non-Latin ticket < 12 KB (largest ${result.targets.nonLatinTicketBytes.largest} B)`,
);
const dir = join(import.meta.dirname, 'results');
mkdirSync(dir, { recursive: true });
const file = join(dir, `printing-${result.date.slice(0, 10)}.json`);
writeFileSync(file, `${JSON.stringify(result, null, 2)}\n`);
console.log(`wrote ${file}`);
