// Wraps text for raster lines by measured width: at spaces, anywhere between Han/kana/Hangul characters, and,
// for a word wider than the paper (Lao, Khmer and others written without spaces), between grapheme clusters.
import { scriptOf } from '../fonts/scripts.js';
import { measureRasterText, type RasterStyle } from './rasterText.js';

const graphemes = new Intl.Segmenter(undefined, { granularity: 'grapheme' });

function clusters(text: string): string[] {
  return [...graphemes.segment(text)].map((s) => s.segment);
}

const isHan = (cluster: string) => scriptOf(cluster.codePointAt(0) ?? 0) === 'han';

/** Pieces of one space-free word that may start a new line: each Han cluster alone, other runs kept whole. */
function breakUnits(word: string): string[] {
  const units: string[] = [];
  for (const cluster of clusters(word)) {
    const last = units.length - 1;
    if (last >= 0 && !isHan(cluster) && !isHan(units[last] ?? '')) units[last] += cluster;
    else units.push(cluster);
  }
  return units;
}

/** Splits `text` into lines no wider than `widthDots` when drawn in `style` (paragraphs at line breaks). */
export function wrapRasterText(text: string, style: RasterStyle, widthDots: number): string[] {
  const fits = (line: string) => measureRasterText(line, style) <= widthDots;
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = '';
    const push = (piece: string, joiner: string) => {
      const candidate = line === '' ? piece : `${line}${joiner}${piece}`;
      if (fits(candidate)) {
        line = candidate;
        return;
      }
      if (line !== '') lines.push(line);
      line = '';
      if (fits(piece)) {
        line = piece;
        return;
      }
      for (const cluster of clusters(piece)) {
        if (line === '' || fits(line + cluster)) line += cluster;
        else {
          lines.push(line);
          line = cluster;
        }
      }
    };
    for (const word of paragraph.split(/\s+/).filter((w) => w !== '')) {
      breakUnits(word).forEach((unit, i) => {
        push(unit, i === 0 ? ' ' : '');
      });
    }
    if (line !== '' || lines.length === 0) lines.push(line);
  }
  return lines;
}
