// Reads the Unicode character map (cmap formats 4 and 12) of a TrueType/OpenType font file, to check coverage.

/** The code points a font maps to a glyph other than .notdef. */
export interface CharacterMap {
  has(codePoint: number): boolean;
  readonly size: number;
}

class RangeMap implements CharacterMap {
  constructor(private readonly points: Set<number>) {}
  has(codePoint: number): boolean {
    return this.points.has(codePoint);
  }
  get size(): number {
    return this.points.size;
  }
}

export class FontFormatError extends Error {
  override name = 'FontFormatError';
}

/** Unicode subtables in order of preference: (platform, encoding, format). */
const preferred: readonly [number, number, number][] = [
  [3, 10, 12],
  [0, 4, 12],
  [0, 6, 12],
  [3, 1, 4],
  [0, 3, 4],
];

function readFormat4(view: DataView, at: number, into: Set<number>): void {
  const segCountX2 = view.getUint16(at + 6);
  const ends = at + 14;
  const starts = ends + segCountX2 + 2;
  const deltas = starts + segCountX2;
  const offsets = deltas + segCountX2;
  for (let i = 0; i < segCountX2; i += 2) {
    const end = view.getUint16(ends + i);
    const start = view.getUint16(starts + i);
    const delta = view.getUint16(deltas + i);
    const rangeOffset = view.getUint16(offsets + i);
    for (let c = start; c <= end && c !== 0xffff; c += 1) {
      let glyph: number;
      if (rangeOffset === 0) glyph = (c + delta) & 0xffff;
      else {
        const raw = view.getUint16(offsets + i + rangeOffset + 2 * (c - start));
        glyph = raw === 0 ? 0 : (raw + delta) & 0xffff;
      }
      if (glyph !== 0) into.add(c);
    }
  }
}

function readFormat12(view: DataView, at: number, into: Set<number>): void {
  const groups = view.getUint32(at + 12);
  for (let g = 0; g < groups; g += 1) {
    const base = at + 16 + g * 12;
    const start = view.getUint32(base);
    const end = view.getUint32(base + 4);
    const firstGlyph = view.getUint32(base + 8);
    for (let c = start; c <= end; c += 1) if (firstGlyph + (c - start) !== 0) into.add(c);
  }
}

/** Parses the cmap of a single font file (.ttf/.otf; collections are not supported). */
export function readCharacterMap(font: Uint8Array): CharacterMap {
  const view = new DataView(font.buffer, font.byteOffset, font.byteLength);
  const tag = view.getUint32(0);
  if (tag === 0x74746366) throw new FontFormatError('font collections (.ttc) are not supported');
  if (tag !== 0x00010000 && tag !== 0x4f54544f && tag !== 0x74727565) {
    throw new FontFormatError(`not a TrueType/OpenType font (tag 0x${tag.toString(16)})`);
  }
  const tables = view.getUint16(4);
  let cmap = -1;
  for (let i = 0; i < tables; i += 1) {
    const record = 12 + i * 16;
    if (view.getUint32(record) === 0x636d6170) cmap = view.getUint32(record + 8);
  }
  if (cmap < 0) throw new FontFormatError('font has no cmap table');
  const subtables = new Map<string, number>();
  const count = view.getUint16(cmap + 2);
  for (let i = 0; i < count; i += 1) {
    const record = cmap + 4 + i * 8;
    const at = cmap + view.getUint32(record + 4);
    subtables.set(`${view.getUint16(record)},${view.getUint16(record + 2)},${view.getUint16(at)}`, at);
  }
  for (const [platform, encoding, format] of preferred) {
    const at = subtables.get(`${platform},${encoding},${format}`);
    if (at === undefined) continue;
    const points = new Set<number>();
    if (format === 12) readFormat12(view, at, points);
    else readFormat4(view, at, points);
    return new RangeMap(points);
  }
  throw new FontFormatError('font has no Unicode cmap subtable of format 4 or 12');
}
