// Reads an xkb symbols file's "basic" layout into on-screen keyboard rows: the digit, Q, A and Z rows at one
// shift level, keeping only characters of the layout's own script (see xkbLayouts.ts for the source data).

const range = (prefix: string, from: number, to: number) =>
  Array.from({ length: to - from + 1 }, (_, i) => `${prefix}${String(from + i).padStart(2, '0')}`);
const rowKeys = [range('AE', 1, 12), range('AD', 1, 12), [...range('AC', 1, 11), 'BKSL'], range('AB', 1, 10)];

/** The `xkb_symbols "basic"` block of a symbols file: key name → its keysyms by level. */
export function basicKeys(text: string): Map<string, string[]> {
  const start = text.indexOf('xkb_symbols "basic"');
  if (start < 0) throw new Error('no "basic" layout in the symbols file');
  const block = text.slice(start, text.indexOf('\n};', start));
  const keys = new Map<string, string[]>();
  for (const match of block.matchAll(/key\s+<(\w+)>\s*\{\s*\[([^\]]*)\]/g)) {
    keys.set(
      match[1] ?? '',
      (match[2] ?? '').split(',').map((sym) => sym.trim()),
    );
  }
  return keys;
}

/** A Unicode keysym (0x100XXXX) of the layout's own script as its character; anything else: none. */
export function character(keysym: string | undefined): string | null {
  const unicode = /^0x100([0-9a-f]{4})$/i.exec(keysym ?? '');
  if (!unicode) return null;
  const char = String.fromCodePoint(Number.parseInt(unicode[1] ?? '', 16));
  return /^[\p{Cn}\p{Cf}\p{ASCII}]$/u.test(char) ? null : char;
}

/** The keyboard rows of one shift level (0: plain, 1: Shift), each character once. */
export function page(keys: Map<string, string[]>, level: number): string[][] {
  const seen = new Set<string>();
  return rowKeys
    .map((row) =>
      row.flatMap((name) => {
        const char = character(keys.get(name)?.[level]);
        if (char === null || seen.has(char)) return [];
        seen.add(char);
        return [char];
      }),
    )
    .filter((row) => row.length > 0);
}
