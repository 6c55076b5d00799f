// Renders one raster line per non-Latin kiosk language and hashes the dots; run as a script it prints the
// hashes and the number of font families the canvas saw before the bundled fonts were registered, as JSON.
import { createHash } from 'node:crypto';
import { pathToFileURL } from 'node:url';
import { GlobalFonts } from '@napi-rs/canvas';
import { renderRasterLine } from '../../../../printers/raster/rasterText.js';
import { codePageLanguages, kioskLanguages, samplePrintData } from '../../../fixtures/printSamples.js';

export const rasterLanguages = kioskLanguages.filter((l) => !codePageLanguages.includes(l));

/** sha256 of each language's service name drawn bold at size 2, then its message at size 1, 512 dots wide. */
export function rasterHashes(): Record<string, string> {
  const hashes: Record<string, string> = {};
  for (const language of rasterLanguages) {
    const data = samplePrintData(language);
    const hash = createHash('sha256');
    hash.update(renderRasterLine(data.serviceName, { language, size: 2, bold: true }, 'center', 512).dots);
    hash.update(renderRasterLine(data.peopleAheadText, { language, size: 1, bold: false }, 'left', 512).dots);
    hashes[language] = hash.digest('hex');
  }
  return hashes;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const systemFamilies = GlobalFonts.families.length;
  process.stdout.write(JSON.stringify({ systemFamilies, hashes: rasterHashes() }));
}
