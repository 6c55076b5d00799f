// Word-wraps text to a column width, breaking words longer than a line.

/** Splits `text` into lines of at most `columns` characters (by code point), breaking at spaces where possible. */
export function wrapText(text: string, columns: number): string[] {
  const width = Math.max(1, columns);
  const lines: string[] = [];
  for (const paragraph of text.split(/\r?\n/)) {
    let line = '';
    for (const word of paragraph.split(/\s+/).filter((w) => w !== '')) {
      let rest = [...word];
      while (rest.length > 0) {
        const room = line === '' ? width : width - [...line].length - 1;
        if (rest.length <= room) {
          line = line === '' ? rest.join('') : `${line} ${rest.join('')}`;
          rest = [];
        } else if (line !== '') {
          lines.push(line);
          line = '';
        } else {
          lines.push(rest.slice(0, width).join(''));
          rest = rest.slice(width);
        }
      }
    }
    if (line !== '' || lines.length === 0) lines.push(line);
  }
  return lines;
}
