// Sorts characters by writing system: which lines the printer's code pages can print as text, and which
// bundled font a rastered character needs.
import { codePageTable } from '../preview/escposCodepages.js';

/** Writing systems with a bundled font; `latin` also covers Cyrillic, Greek, digits and punctuation. */
export type Script = 'latin' | 'arabic' | 'devanagari' | 'khmer' | 'lao' | 'han';

const ranges: readonly [number, number, Script][] = [
  [0x0600, 0x06ff, 'arabic'],
  [0x0750, 0x077f, 'arabic'],
  [0x08a0, 0x08ff, 'arabic'],
  [0xfb50, 0xfdff, 'arabic'],
  [0xfe70, 0xfeff, 'arabic'],
  [0x0900, 0x097f, 'devanagari'],
  [0xa8e0, 0xa8ff, 'devanagari'],
  [0x0e80, 0x0eff, 'lao'],
  [0x1780, 0x17ff, 'khmer'],
  [0x19e0, 0x19ff, 'khmer'],
  [0x1100, 0x11ff, 'han'],
  [0x2e80, 0x2fdf, 'han'],
  [0x3000, 0x318f, 'han'],
  [0x31f0, 0x31ff, 'han'],
  [0x3400, 0x4dbf, 'han'],
  [0x4e00, 0x9fff, 'han'],
  [0xac00, 0xd7af, 'han'],
  [0xf900, 0xfaff, 'han'],
  [0xff00, 0xffef, 'han'],
  [0x20000, 0x3134f, 'han'],
];

export function scriptOf(codePoint: number): Script {
  for (const [first, last, script] of ranges) if (codePoint >= first && codePoint <= last) return script;
  return 'latin';
}

/** Scripts of the line's characters, in order of first appearance (latin always last, if present). */
export function scriptsOf(text: string): Script[] {
  const seen = new Set<Script>();
  for (const char of text) seen.add(scriptOf(char.codePointAt(0) ?? 0));
  const list = [...seen].filter((s) => s !== 'latin');
  return seen.has('latin') ? [...list, 'latin'] : list;
}

/** Right-to-left when the line holds Arabic script (digits and Latin inside keep their order via bidi). */
export function isRightToLeft(text: string): boolean {
  return [...text].some((char) => scriptOf(char.codePointAt(0) ?? 0) === 'arabic');
}

/** Characters that take no glyph of their own: spaces, ZWNJ/ZWJ, direction marks, variation selectors. */
export function isInvisible(codePoint: number): boolean {
  return (
    codePoint === 0x20 ||
    codePoint === 0xa0 ||
    (codePoint >= 0x200b && codePoint <= 0x200f) ||
    (codePoint >= 0xfe00 && codePoint <= 0xfe0f) ||
    (codePoint >= 0xe0100 && codePoint <= 0xe01ef)
  );
}

/** The encoder's code page candidates (layoutLines.ts) in its order, with their Epson ESC t numbers. */
const candidatePages = [
  ['cp437', 0],
  ['cp858', 19],
  ['cp852', 18],
  ['windows1252', 16],
  ['cp866', 17],
  ['windows1250', 45],
  ['windows1251', 46],
  ['cp737', 14],
] as const;
export type CandidateCodePage = (typeof candidatePages)[number][0];

const pageChars = candidatePages.map(
  ([name, n]) => [name, new Set([...(codePageTable(n)?.high ?? '')].filter((c) => c !== '\ufffd'))] as const,
);

/**
 * The first candidate code page that prints every character of `text`, or null when the line needs more
 * than one (the encoder then switches per character).
 */
export function codePageFor(text: string): CandidateCodePage | null {
  const high = [...text].filter((char) => char < ' ' || char > '~');
  const page = pageChars.find(([, chars]) => high.every((char) => chars.has(char)));
  return page ? page[0] : null;
}

let encodable: Set<string> | null = null;

/** Whether every character of `text` is printable as text in one of the candidate code pages. */
export function fitsCodePages(text: string): boolean {
  if (encodable === null) {
    encodable = new Set<string>();
    for (const [, chars] of pageChars) for (const char of chars) encodable.add(char);
  }
  const table = encodable;
  return [...text].every((char) => (char >= ' ' && char <= '~') || table.has(char));
}
