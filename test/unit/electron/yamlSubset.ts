// Reads the small YAML subset electron-builder.yml uses (no YAML parser is installed): comments, nested
// mappings by indentation, block lists of scalars, and plain or quoted scalars (booleans and numbers typed).
export type YamlValue = string | number | boolean | YamlValue[] | { [key: string]: YamlValue };

interface Line {
  indent: number;
  text: string;
  number: number;
}

function scalar(raw: string): YamlValue {
  const text = raw.trim();
  if (/^'.*'$|^".*"$/.test(text)) return text.slice(1, -1);
  if (text === 'true' || text === 'false') return text === 'true';
  if (/^-?\d+(\.\d+)?$/.test(text)) return Number(text);
  return text;
}

function meaningfulLines(source: string): Line[] {
  return source.split('\n').flatMap((raw, index) => {
    const text = raw.replace(/\s+#.*$/, '').replace(/^\s*#.*$/, '');
    if (text.trim() === '') return [];
    if (/\t/.test(raw.slice(0, raw.length - raw.trimStart().length))) {
      throw new Error(`line ${index + 1}: tabs are not allowed for indentation`);
    }
    return [{ indent: text.length - text.trimStart().length, text: text.trim(), number: index + 1 }];
  });
}

function block(lines: Line[], start: number, indent: number): [YamlValue, number] {
  const first = lines[start];
  if (first?.text.startsWith('- ')) {
    const list: YamlValue[] = [];
    let i = start;
    while (lines[i]?.indent === indent && lines[i]?.text.startsWith('- ')) {
      list.push(scalar(lines[i]!.text.slice(2)));
      i += 1;
    }
    return [list, i];
  }
  const map: { [key: string]: YamlValue } = {};
  let i = start;
  while (i < lines.length && lines[i]!.indent === indent) {
    const line = lines[i]!;
    const match = /^([^:]+):(?:\s+(.*))?$/.exec(line.text);
    if (!match?.[1]) throw new Error(`line ${line.number}: expected "key: value"`);
    const key = match[1].trim();
    if (Object.hasOwn(map, key)) throw new Error(`line ${line.number}: duplicate key "${key}"`);
    if (match[2] !== undefined) {
      map[key] = scalar(match[2]);
      i += 1;
      continue;
    }
    const next = lines[i + 1];
    if (!next || next.indent <= indent) throw new Error(`line ${line.number}: "${key}" has no value`);
    const [value, after] = block(lines, i + 1, next.indent);
    map[key] = value;
    i = after;
  }
  return [map, i];
}

export function parseYamlSubset(source: string): YamlValue {
  const lines = meaningfulLines(source);
  const [value, end] = block(lines, 0, 0);
  if (end !== lines.length) throw new Error(`line ${lines[end]?.number}: unexpected indentation`);
  return value;
}
