// Reads udev rules into their key/operator/value parts, refusing what udev would reject: an unknown key, a match
// operator on an assignment-only key (or the reverse), an unquoted value, a missing comma between pairs.
export interface UdevPair {
  key: string;
  attribute: string | null;
  operator: string;
  value: string;
}

const matchOperators = new Set(['==', '!=']);
const assignOperators = new Set(['=', '+=', '-=', ':=']);
/** Keys that only match (udev(7) "match keys"). */
const matchKeys = new Set([
  'ACTION',
  'DEVPATH',
  'KERNEL',
  'KERNELS',
  'NAME',
  'SYMLINK',
  'SUBSYSTEM',
  'SUBSYSTEMS',
  'DRIVER',
  'DRIVERS',
  'ATTR',
  'ATTRS',
  'SYSCTL',
  'ENV',
  'CONST',
  'TAG',
  'TAGS',
  'TEST',
  'PROGRAM',
  'RESULT',
]);
/** Keys that are assigned (some, like NAME, SYMLINK, ENV, TAG and ATTR, can also match). */
const assignKeys = new Set([
  'NAME',
  'SYMLINK',
  'OWNER',
  'GROUP',
  'MODE',
  'SECLABEL',
  'ATTR',
  'SYSCTL',
  'ENV',
  'TAG',
  'RUN',
  'LABEL',
  'GOTO',
  'IMPORT',
  'OPTIONS',
]);
const pairPattern = /^([A-Z]+)(?:\{([^}]+)\})?(==|!=|\+=|-=|:=|=)"([^"]*)"$/;

function splitPairs(line: string): string[] {
  const pairs: string[] = [];
  let current = '';
  let quoted = false;
  for (const char of line) {
    if (char === '"') quoted = !quoted;
    if (char === ',' && !quoted) {
      pairs.push(current.trim());
      current = '';
    } else current += char;
  }
  if (quoted) throw new Error(`unclosed quote in: ${line}`);
  pairs.push(current.trim());
  return pairs;
}

export function parseUdevRules(source: string, name: string): UdevPair[][] {
  return source.split('\n').flatMap((raw, index) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return [];
    const where = `${name}:${index + 1}`;
    const rule = splitPairs(line).map((text) => {
      const match = pairPattern.exec(text);
      if (!match?.[1] || !match[3] || match[4] === undefined)
        throw new Error(`${where}: cannot read "${text}"`);
      const [, key, attribute, operator, value] = match;
      const allowed = matchOperators.has(operator)
        ? matchKeys
        : assignOperators.has(operator)
          ? assignKeys
          : null;
      if (!allowed?.has(key)) throw new Error(`${where}: ${key} cannot be used with ${operator}`);
      return { key, attribute: attribute ?? null, operator, value };
    });
    return [rule];
  });
}
